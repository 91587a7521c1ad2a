import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forwardAddressTypeMissing } from '../../../server/src/service/rules/forward-address-type-missing';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('forward-address-type-missing fires on <address> without type, at the element', () => {
  const p = assertFires(
    forwardAddressTypeMissing,
    net('<forward mode="hostdev">\n  <⟦address⟧ domain="0" bus="3" slot="0" function="1"/>\n</forward>', 'lab'),
    'missing address type in network lab',
  );
  assert.equal(p.fixes?.[0].edits[0].newText, ' type="pci"');
});

test('forward-address-type-missing is quiet with a type, and when <interface>s make libvirt drop the addresses', () => {
  assertQuiet(forwardAddressTypeMissing, net('<forward mode="hostdev"><address type="pci" bus="3"/></forward>'));
  assertQuiet(forwardAddressTypeMissing, net('<forward mode="bridge"><interface dev="eth0"/><address/></forward>'));
});
