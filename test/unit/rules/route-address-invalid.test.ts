import { test } from 'node:test';
import { routeAddressInvalid } from '../../../server/src/service/rules/route-address-invalid';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

const IP = '<ip address="192.168.122.1" prefix="24"/>\n<ip family="ipv6" address="fd00:1::1" prefix="64"/>';

test('route-address-invalid fires on a CIDR written into address, at the value', () => {
  assertFires(routeAddressInvalid, net(`${IP}\n<route address="⟦192.168.222.0/24⟧" gateway="192.168.122.10"/>`), "test: Bad network address '192.168.222.0/24' in route definition");
});

test('route-address-invalid is quiet on IPv4 and IPv6 addresses', () => {
  assertQuiet(routeAddressInvalid, net(`${IP}\n<route address="192.168.222.0" prefix="24" gateway="192.168.122.10"/>\n<route family="ipv6" address="fd00:2::" prefix="64" gateway="fd00:1::2"/>`));
});
