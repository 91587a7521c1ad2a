import { test } from 'node:test';
import { routeFamilyUnknown } from '../../../server/src/service/rules/route-family-unknown';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

const IP = '<ip address="192.168.122.1" prefix="24"/>\n<ip family="ipv6" address="fd00:1::1" prefix="64"/>';

test("route-family-unknown fires on family='IPv6' (case-sensitive), at the value", () => {
  assertFires(routeFamilyUnknown, net(`${IP}\n<route family="⟦IPv6⟧" address="fd00:2::" prefix="64" gateway="fd00:1::2"/>`), "test: Unrecognized family 'IPv6' in route definition");
});

test('route-family-unknown is quiet on ipv4/ipv6/absent', () => {
  assertQuiet(routeFamilyUnknown, net(`${IP}\n<route family="ipv4" address="192.168.222.0" prefix="24" gateway="192.168.122.10"/>\n<route family="ipv6" address="fd00:2::" prefix="64" gateway="fd00:1::2"/>`));
});
