import { test } from 'node:test';
import { routeAddressNotNetwork } from '../../../server/src/service/rules/route-address-not-network';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

const IP = '<ip address="192.168.122.1" prefix="24"/>\n<ip family="ipv6" address="fd00:1::1" prefix="64"/>';

test('route-address-not-network fires on host bits set, at the address, with a fix to the network address', () => {
  const p = assertFires(routeAddressNotNetwork, net(`${IP}\n<route address="⟦192.168.222.1⟧" prefix="24" gateway="192.168.122.10"/>`), "test: Address '192.168.222.1' in route definition is not a network address");
  if (p.fixes?.[0]?.edits[0]?.newText !== '192.168.222.0') throw new Error('expected a fix to 192.168.222.0');
});

test('route-address-not-network fires without prefix or netmask (the prefix is then 0)', () => {
  assertFires(routeAddressNotNetwork, net(`${IP}\n<route address="⟦192.168.222.0⟧" gateway="192.168.122.10"/>`), 'is not a network address');
});

test('route-address-not-network applies a non-contiguous netmask bitwise, and checks IPv6', () => {
  assertFires(routeAddressNotNetwork, net(`${IP}\n<route address="⟦192.168.222.0⟧" netmask="255.0.255.0" gateway="192.168.122.10"/>`), 'is not a network address');
  assertFires(routeAddressNotNetwork, net(`${IP}\n<route family="ipv6" address="⟦fd00:2::1⟧" prefix="64" gateway="fd00:1::2"/>`), "Address 'fd00:2::1'");
});

test('route-address-not-network is quiet on network addresses and the 0.0.0.0 default route', () => {
  assertQuiet(routeAddressNotNetwork, net(`${IP}\n<route address="192.168.222.0" prefix="24" gateway="192.168.122.10"/>\n<route address="0.0.0.0" gateway="192.168.122.10"/>\n<route address="192.168.223.0" netmask="255.255.255.0" gateway="192.168.122.10"/>\n<route family="ipv6" address="fd00:2::" prefix="64" gateway="fd00:1::2"/>`));
});
