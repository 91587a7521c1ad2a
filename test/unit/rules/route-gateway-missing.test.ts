import { test } from 'node:test';
import { routeGatewayMissing } from '../../../server/src/service/rules/route-gateway-missing';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

const IP = '<ip address="192.168.122.1" prefix="24"/>\n<ip family="ipv6" address="fd00:1::1" prefix="64"/>';

test('route-gateway-missing fires on a route without gateway, at the route', () => {
  assertFires(routeGatewayMissing, net(`${IP}\n<⟦route⟧ address="192.168.222.0" prefix="24"/>`), 'test: Missing required gateway attribute in route definition');
});

test('route-gateway-missing is quiet with a gateway, and without an address (reported first)', () => {
  assertQuiet(routeGatewayMissing, net(`${IP}\n<route address="192.168.222.0" prefix="24" gateway="192.168.122.10"/>\n<route prefix="24"/>`));
});
