import { test } from 'node:test';
import { routeFamilyMismatch } from '../../../server/src/service/rules/route-family-mismatch';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

const IP = '<ip address="192.168.122.1" prefix="24"/>\n<ip family="ipv6" address="fd00:1::1" prefix="64"/>';

test('route-family-mismatch fires on an IPv6 route without family, at the address, with a fix', () => {
  const p = assertFires(routeFamilyMismatch, net(`${IP}\n<route address="⟦fd00:2::⟧" prefix="64" gateway="fd00:1::2"/>`), "test: No family specified for non-IPv4 address 'fd00:2::' in route definition");
  if (p.fixes?.[0]?.edits[0]?.newText !== ' family="ipv6"') throw new Error('expected the family fix');
});

test("route-family-mismatch fires on an IPv6 gateway of an IPv4 route, printing the address like libvirt", () => {
  assertFires(routeFamilyMismatch, net(`${IP}\n<route family="ipv4" address="192.168.222.0" prefix="24" gateway="⟦fd00:1::2⟧"/>`), "test: IPv4 family specified for non-IPv4 gateway '192.168.222.0' in route definition");
});

test("route-family-mismatch fires on an IPv4 gateway of an IPv6 route", () => {
  assertFires(routeFamilyMismatch, net(`${IP}\n<route family="ipv6" address="fd00:2::" prefix="64" gateway="⟦192.168.122.10⟧"/>`), "test: ipv6 specified for non-IPv6 gateway address '192.168.122.10' in route definition");
});

test('route-family-mismatch is quiet on consistent routes', () => {
  assertQuiet(routeFamilyMismatch, net(`${IP}\n<route address="192.168.222.0" prefix="24" gateway="192.168.122.10"/>\n<route family="ipv6" address="fd00:2::" prefix="64" gateway="fd00:1::2"/>`));
});
