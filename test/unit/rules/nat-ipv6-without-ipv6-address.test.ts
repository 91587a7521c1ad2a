import { test } from 'node:test';
import { natIpv6WithoutIpv6Address as rule } from '../../../server/src/service/rules/nat-ipv6-without-ipv6-address';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test("nat-ipv6-without-ipv6-address warns on ipv6='yes' with only IPv4, at the attribute", () => {
  assertFires(rule, net('<forward mode="nat"><nat ipv6="⟦yes⟧"/></forward><ip address="10.0.0.1" prefix="24"/>'), "<nat ipv6='yes'> has no effect: network test has no IPv6 <ip>");
});

test('nat-ipv6-without-ipv6-address is quiet with an IPv6 <ip>, or without ipv6=yes', () => {
  assertQuiet(rule, net('<forward mode="nat"><nat ipv6="yes"/></forward><ip family="ipv6" address="2001:db8:ac10:fe01::1" prefix="64"/>'));
  assertQuiet(rule, net('<forward mode="nat"><nat/></forward><ip address="10.0.0.1" prefix="24"/>'));
});
