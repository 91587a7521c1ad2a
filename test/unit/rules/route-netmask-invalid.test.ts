import { test } from 'node:test';
import { routeNetmaskInvalid } from '../../../server/src/service/rules/route-netmask-invalid';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

const IP = '<ip address="192.168.122.1" prefix="24"/>\n<ip family="ipv6" address="fd00:1::1" prefix="64"/>';

test('route-netmask-invalid fires on an unparsable netmask, at the value', () => {
  assertFires(routeNetmaskInvalid, net(`${IP}\n<route address="192.168.222.0" netmask="⟦/24⟧" gateway="192.168.122.10"/>`), "test: Bad netmask address '/24' in route definition");
});

test('route-netmask-invalid fires on a netmask in an IPv6 route', () => {
  assertFires(routeNetmaskInvalid, net(`${IP}\n<route family="ipv6" address="fd00:2::" netmask="⟦ffff:ffff::⟧" gateway="fd00:1::2"/>`), "test: Specifying netmask invalid for IPv6 address 'fd00:2::' in route definition");
});

test('route-netmask-invalid fires on an IPv6 netmask in an IPv4 route', () => {
  assertFires(routeNetmaskInvalid, net(`${IP}\n<route address="192.168.222.0" netmask="⟦ffff::⟧" gateway="192.168.122.10"/>`), "test: Invalid netmask 'ffff::' for address '192.168.222.0' (both must be IPv4)");
});

test('route-netmask-invalid is quiet on an IPv4 netmask', () => {
  assertQuiet(routeNetmaskInvalid, net(`${IP}\n<route address="192.168.222.0" netmask="255.255.255.0" gateway="192.168.122.10"/>`));
});
