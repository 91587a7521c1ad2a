import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ipAddressNetworkOrBroadcast } from '../../../server/src/service/rules/ip-address-network-or-broadcast';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('ip-address-network-or-broadcast: the network address', () => {
  const p = assertFires(ipAddressNetworkOrBroadcast, net("<ip address='⟦192.168.100.0⟧' prefix='24'/>"), "<ip address='192.168.100.0'> in network 'test' is the network address of 192.168.100.0/24");
  assert.equal(p.fixes?.[0].edits[0].newText, '192.168.100.1');
});

test('ip-address-network-or-broadcast: the broadcast address', () => {
  assertFires(ipAddressNetworkOrBroadcast, net("<ip address='⟦192.168.100.255⟧' netmask='255.255.255.0'/>"), 'is the broadcast address of 192.168.100.0/24');
});

test('ip-address-network-or-broadcast is quiet on host addresses, /31, /32 and IPv6', () => {
  assertQuiet(ipAddressNetworkOrBroadcast, net("<ip address='192.168.100.1' prefix='24'/>"));
  assertQuiet(ipAddressNetworkOrBroadcast, net("<ip address='192.168.100.0' prefix='31'/>"));
  assertQuiet(ipAddressNetworkOrBroadcast, net("<ip address='192.168.100.7' prefix='32'/>"));
  assertQuiet(ipAddressNetworkOrBroadcast, net("<ip family='ipv6' address='fd00::' prefix='64'/>"));
});
