import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forwardDevWithAddressOrPf } from '../../../server/src/service/rules/forward-dev-with-address-or-pf';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('forward-dev-with-address-or-pf fires on dev next to <pf>, at dev, and offers to remove it', () => {
  const p = assertFires(
    forwardDevWithAddressOrPf,
    net('<forward mode="bridge" dev="⟦eth0⟧"><pf dev="eth1"/></forward>', 'lab'),
    "the <forward> 'dev' attribute cannot be used when <address> or <pf> sub-elements are present in network lab",
  );
  assert.equal(p.fixes?.[0].edits[0].newText, '');
});

test('forward-dev-with-address-or-pf fires on dev next to <address>', () => {
  assertFires(forwardDevWithAddressOrPf, net('<forward mode="hostdev" dev="⟦eth0⟧"><address type="pci" bus="1"/></forward>'), "the <forward> 'dev' attribute cannot be used");
});

test('forward-dev-with-address-or-pf is quiet with an empty dev (read as absent) or dev with <interface>', () => {
  assertQuiet(forwardDevWithAddressOrPf, net('<forward mode="bridge" dev=""><pf dev="eth1"/></forward>'));
  assertQuiet(forwardDevWithAddressOrPf, net('<forward mode="bridge" dev="eth0"><interface dev="eth0"/></forward>'));
});
