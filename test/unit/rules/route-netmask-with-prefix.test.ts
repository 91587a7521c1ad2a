import { test } from 'node:test';
import { routeNetmaskWithPrefix } from '../../../server/src/service/rules/route-netmask-with-prefix';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

const IP = '<ip address="192.168.122.1" prefix="24"/>\n<ip family="ipv6" address="fd00:1::1" prefix="64"/>';

test('route-netmask-with-prefix fires on prefix + netmask, even prefix 0, at the prefix', () => {
  assertFires(routeNetmaskWithPrefix, net(`${IP}\n<route address="192.168.222.0" prefix="⟦0⟧" netmask="255.255.255.0" gateway="192.168.122.10"/>`), 'test: Route definition cannot have both a prefix and a netmask');
});

test('route-netmask-with-prefix is quiet with only one of them', () => {
  assertQuiet(routeNetmaskWithPrefix, net(`${IP}\n<route address="192.168.222.0" prefix="24" gateway="192.168.122.10"/>\n<route address="192.168.223.0" netmask="255.255.255.0" gateway="192.168.122.10"/>`));
});
