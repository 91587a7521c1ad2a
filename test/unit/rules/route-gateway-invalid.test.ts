import { test } from 'node:test';
import { routeGatewayInvalid } from '../../../server/src/service/rules/route-gateway-invalid';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

const IP = '<ip address="192.168.122.1" prefix="24"/>\n<ip family="ipv6" address="fd00:1::1" prefix="64"/>';

test('route-gateway-invalid fires on a host name, at the value', () => {
  assertFires(routeGatewayInvalid, net(`${IP}\n<route address="192.168.222.0" prefix="24" gateway="⟦router⟧"/>`), "test: Bad gateway address 'router' in route definition");
});

test('route-gateway-invalid is quiet on a numeric gateway', () => {
  assertQuiet(routeGatewayInvalid, net(`${IP}\n<route address="192.168.222.0" prefix="24" gateway="192.168.122.10"/>`));
});
