import { test } from 'node:test';
import { routeAddressMissing } from '../../../server/src/service/rules/route-address-missing';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

const IP = '<ip address="192.168.122.1" prefix="24"/>\n<ip family="ipv6" address="fd00:1::1" prefix="64"/>';

test('route-address-missing fires on a route without address, at the route', () => {
  assertFires(routeAddressMissing, net(`${IP}\n<⟦route⟧ prefix="24" gateway="192.168.122.10"/>`), 'test: Missing required address attribute in route definition');
});

test('route-address-missing is quiet with an address (an empty one is route-address-invalid)', () => {
  assertQuiet(routeAddressMissing, net(`${IP}\n<route address="192.168.222.0" prefix="24" gateway="192.168.122.10"/>\n<route address="" gateway="192.168.122.10"/>`));
});
