import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forwardOpenDevNotAllowed } from '../../../server/src/service/rules/forward-open-dev-not-allowed';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('forward-open-dev-not-allowed fires on dev in open mode, at dev, and offers to remove it', () => {
  const p = assertFires(
    forwardOpenDevNotAllowed,
    net('<forward mode="open" dev="⟦eth0⟧"/>\n<ip address="192.168.10.1" prefix="24"/>', 'open'),
    "forward dev not allowed for network 'open' with forward mode='open'",
  );
  assert.equal(p.fixes?.[0].title, 'Remove dev');
});

test('forward-open-dev-not-allowed fires on an <interface> in open mode', () => {
  assertFires(forwardOpenDevNotAllowed, net('<forward mode="open"><⟦interface⟧ dev="eth0"/></forward>\n<ip address="192.168.10.1" prefix="24"/>'), 'forward dev not allowed');
});

test('forward-open-dev-not-allowed is quiet on open without devices, an empty dev, and nat with a dev', () => {
  assertQuiet(forwardOpenDevNotAllowed, net('<forward mode="open"/>\n<ip address="192.168.10.1" prefix="24"/>'));
  assertQuiet(forwardOpenDevNotAllowed, net('<forward mode="open" dev=""/>\n<ip address="192.168.10.1" prefix="24"/>'));
  assertQuiet(forwardOpenDevNotAllowed, net('<forward mode="nat" dev="eth0"/>\n<ip address="192.168.10.1" prefix="24"/>'));
});
