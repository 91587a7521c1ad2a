import { test } from 'node:test';
import { forwardNatAddressNotIpv4 } from '../../../server/src/service/rules/forward-nat-address-not-ipv4';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('forward-nat-address-not-ipv4 fires on an IPv6 start, at the value', () => {
  assertFires(
    forwardNatAddressNotIpv4,
    net('<forward><nat><address start="⟦2001:db8::1⟧" end="203.0.113.1"/></nat></forward>\n<ip address="192.168.10.1" prefix="24"/>', 'lab'),
    "Bad ipv4 start address '2001:db8::1' in <nat> in <forward> in network 'lab'",
  );
});

test('forward-nat-address-not-ipv4 fires on an unparseable or empty end', () => {
  assertFires(forwardNatAddressNotIpv4, net('<forward><nat><address start="203.0.113.1" end="⟦gateway⟧"/></nat></forward>\n<ip address="192.168.10.1" prefix="24"/>'), "Bad ipv4 end address 'gateway'");
  assertFires(forwardNatAddressNotIpv4, net('<forward><nat><address start="203.0.113.1" ⟦end=""⟧/></nat></forward>\n<ip address="192.168.10.1" prefix="24"/>'), "Bad ipv4 end address ''");
});

test('forward-nat-address-not-ipv4 is quiet on IPv4, including the forms getaddrinfo accepts', () => {
  assertQuiet(forwardNatAddressNotIpv4, net('<forward><nat><address start="203.0.113.1" end="203.0.113.9"/></nat></forward>\n<ip address="192.168.10.1" prefix="24"/>'));
  assertQuiet(forwardNatAddressNotIpv4, net('<forward><nat><address start="10.1" end="3232273921"/></nat></forward>\n<ip address="192.168.10.1" prefix="24"/>'));
});
