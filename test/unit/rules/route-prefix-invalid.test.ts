import { test } from 'node:test';
import { routePrefixInvalid } from '../../../server/src/service/rules/route-prefix-invalid';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

const IP = '<ip address="192.168.122.1" prefix="24"/>\n<ip family="ipv6" address="fd00:1::1" prefix="64"/>';

test('route-prefix-invalid fires on a non-number, at the value', () => {
  assertFires(routePrefixInvalid, net(`${IP}\n<route address="192.168.222.0" prefix="⟦/24⟧" gateway="192.168.122.10"/>`), "Invalid value for attribute 'prefix' in element 'route': '/24'. Expected non-negative integer value");
});

test('route-prefix-invalid fires on an IPv4 prefix of 33', () => {
  assertFires(routePrefixInvalid, net(`${IP}\n<route address="0.0.0.0" prefix="⟦33⟧" gateway="192.168.122.10"/>`), 'test: Invalid prefix 33 specified in route definition, must be 0 - 32');
});

test('route-prefix-invalid fires on an IPv6 prefix of 129', () => {
  assertFires(routePrefixInvalid, net(`${IP}\n<route family="ipv6" address="::" prefix="⟦129⟧" gateway="fd00:1::2"/>`), 'must be 0 - 128');
});

test('route-prefix-invalid is quiet on 0..32, 64 for IPv6, and leading whitespace', () => {
  assertQuiet(routePrefixInvalid, net(`${IP}\n<route address="192.168.222.0" prefix=" 24" gateway="192.168.122.10"/>\n<route family="ipv6" address="fd00:2::" prefix="64" gateway="fd00:1::2"/>`));
});
