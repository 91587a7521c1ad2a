import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forwardNatModeMismatch } from '../../../server/src/service/rules/forward-nat-mode-mismatch';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test("forward-nat-mode-mismatch fires on <nat> in mode='route', at the <nat>", () => {
  const p = assertFires(
    forwardNatModeMismatch,
    net('<forward mode="route">\n  <⟦nat⟧/>\n</forward>\n<ip address="192.168.10.1" prefix="24"/>', 'lab'),
    "The <nat> element can only be used when <forward> 'mode' is 'nat' in network lab",
  );
  assert.equal(p.fixes?.[0].title, 'Remove <nat>');
});

test("forward-nat-mode-mismatch fires in mode='none' too", () => {
  assertFires(forwardNatModeMismatch, net('<forward mode="none"><⟦nat⟧/></forward>'), "can only be used when <forward> 'mode' is 'nat'");
});

test('forward-nat-mode-mismatch is quiet in nat mode, written, absent or empty, and on unknown modes', () => {
  assertQuiet(forwardNatModeMismatch, net('<forward mode="nat"><nat/></forward>\n<ip address="192.168.10.1" prefix="24"/>'));
  assertQuiet(forwardNatModeMismatch, net('<forward><nat/></forward>\n<ip address="192.168.10.1" prefix="24"/>'));
  assertQuiet(forwardNatModeMismatch, net('<forward mode=""><nat/></forward>\n<ip address="192.168.10.1" prefix="24"/>'));
  assertQuiet(forwardNatModeMismatch, net('<forward mode="NAT"><nat/></forward>\n<ip address="192.168.10.1" prefix="24"/>'));
});
