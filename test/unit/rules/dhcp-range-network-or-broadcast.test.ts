import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dhcpRangeNetworkOrBroadcast } from '../../../server/src/service/rules/dhcp-range-network-or-broadcast';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('dhcp-range-network-or-broadcast: start at the network address, fix skips the gateway', () => {
  const p = assertFires(
    dhcpRangeNetworkOrBroadcast,
    net("<ip address='10.0.0.1' prefix='24'><dhcp><range start='⟦10.0.0.0⟧' end='10.0.0.9'/></dhcp></ip>"),
    'internal error: start of range 10.0.0.0 - 10.0.0.9 in network 10.0.0.1/24 is the network address',
  );
  assert.equal(p.fixes?.[0].edits[0].newText, '10.0.0.2');
});

test('dhcp-range-network-or-broadcast: end at the broadcast address', () => {
  const p = assertFires(
    dhcpRangeNetworkOrBroadcast,
    net("<ip address='10.0.0.1' prefix='24'><dhcp><range start='10.0.0.2' end='⟦10.0.0.255⟧'/></dhcp></ip>"),
    'internal error: end of range 10.0.0.2 - 10.0.0.255 in network 10.0.0.1/24 is the broadcast address',
  );
  assert.equal(p.fixes?.[0].edits[0].newText, '10.0.0.254');
});

test('dhcp-range-network-or-broadcast is quiet on host addresses and in IPv6', () => {
  assertQuiet(dhcpRangeNetworkOrBroadcast, net("<ip address='10.0.0.1' prefix='24'><dhcp><range start='10.0.0.2' end='10.0.0.254'/></dhcp></ip>"));
  assertQuiet(dhcpRangeNetworkOrBroadcast, net("<ip family='ipv6' address='fd00::1' prefix='64'><dhcp><range start='fd00::' end='fd00::ffff'/></dhcp></ip>"));
});

test('dhcp-range-network-or-broadcast offers no fix in a /31 (no room for one)', () => {
  const p = assertFires(dhcpRangeNetworkOrBroadcast, net("<ip address='10.0.0.1' prefix='31'><dhcp><range start='⟦10.0.0.0⟧' end='10.0.0.0'/></dhcp></ip>"), 'is the network address');
  assert.equal(p.fixes, undefined);
});
