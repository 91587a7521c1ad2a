import { test } from 'node:test';
import { ipv6DhcpPrefixTooShort as rule } from '../../../server/src/service/rules/ipv6-dhcp-prefix-too-short';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('ipv6-dhcp-prefix-too-short fires on a /48 with a DHCP range, at the prefix', () => {
  assertFires(rule, net('<ip family="ipv6" address="fd00:2::1" prefix="⟦48⟧"><dhcp><range start="fd00:2::10" end="fd00:2::20"/></dhcp></ip>'), 'dnsmasq: prefix length must be at least 64');
});

test('ipv6-dhcp-prefix-too-short fires with static hosts only', () => {
  assertFires(rule, net('<ip family="ipv6" address="fd00:3::1" prefix="⟦48⟧"><dhcp><host name="a" ip="fd00:3::10"/></dhcp></ip>'), 'prefix length must be at least 64');
});

test('ipv6-dhcp-prefix-too-short is quiet without DHCP, at /64 and /120', () => {
  assertQuiet(rule, net('<ip family="ipv6" address="fd00:4::1" prefix="48"/>'));
  assertQuiet(rule, net('<ip family="ipv6" address="fd00:6::1" prefix="64"><dhcp><range start="fd00:6::10" end="fd00:6::20"/></dhcp></ip>'));
  assertQuiet(rule, net('<ip family="ipv6" address="fd00:7::1" prefix="120"><dhcp><range start="fd00:7::10" end="fd00:7::20"/></dhcp></ip>'));
});
