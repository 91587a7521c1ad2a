import { test } from 'node:test';
import { routeGatewayUnreachable } from '../../../server/src/service/rules/route-gateway-unreachable';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

const IP = '<ip address="192.168.122.1" prefix="24"/>\n<ip family="ipv6" address="fd00:1::1" prefix="64"/>';

test('route-gateway-unreachable fires on a gateway outside every <ip> subnet, at the gateway', () => {
  assertFires(routeGatewayUnreachable, net(`${IP}\n<route address="192.168.222.0" prefix="24" gateway="⟦192.168.123.10⟧"/>`), "unsupported configuration: unreachable static route gateway '192.168.123.10' specified for network 'test'");
});

test('route-gateway-unreachable prints the gateway in libvirt form, and needs an <ip> of the same family', () => {
  assertFires(routeGatewayUnreachable, net(`<ip address="192.168.122.1" prefix="24"/>\n<route family="ipv6" address="fd00:2::" prefix="64" gateway="⟦FD00:1:0::2⟧"/>`), "gateway 'fd00:1::2'");
});

test('route-gateway-unreachable uses the classful prefix when <ip> has none', () => {
  assertQuiet(routeGatewayUnreachable, net(`<ip address="10.0.0.1"/>\n<route address="192.168.222.0" prefix="24" gateway="10.20.30.40"/>`));
});

test('route-gateway-unreachable is quiet on a reachable gateway', () => {
  assertQuiet(routeGatewayUnreachable, net(`${IP}\n<route address="192.168.222.0" prefix="24" gateway="192.168.122.10"/>\n<route family="ipv6" address="fd00:2::" prefix="64" gateway="fd00:1::2"/>`));
});
