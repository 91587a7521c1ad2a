import { test } from 'node:test';
import assert from 'node:assert/strict';
import { macAddressMulticast } from '../../../server/src/service/rules/mac-address-multicast';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('mac-address-multicast fires on an odd first octet, at the value, and offers to clear the bit', () => {
  const p = assertFires(
    macAddressMulticast,
    net('<mac address="⟦53:54:00:00:00:01⟧"/>', 'lab'),
    "Invalid multicast bridge mac address '53:54:00:00:00:01' in network 'lab'",
  );
  assert.equal(p.fixes?.[0].edits[0].newText, '52:54:00:00:00:01');
});

test('mac-address-multicast fires on the broadcast address', () => {
  assertFires(macAddressMulticast, net('<mac address="⟦ff:ff:ff:ff:ff:ff⟧"/>'), 'Invalid multicast bridge mac address');
});

test('mac-address-multicast is quiet on unicast and on unparseable addresses', () => {
  assertQuiet(macAddressMulticast, net('<mac address="52:54:00:00:00:01"/>'));
  assertQuiet(macAddressMulticast, net('<mac address="53-54-00-00-00-01"/>'));
});
