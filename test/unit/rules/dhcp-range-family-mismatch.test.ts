import { test } from 'node:test';
import { dhcpRangeFamilyMismatch } from '../../../server/src/service/rules/dhcp-range-family-mismatch';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('dhcp-range-family-mismatch: start and end of different families, at the odd one', () => {
  assertFires(dhcpRangeFamilyMismatch, net("<ip address='10.0.0.1' prefix='24'><dhcp><range start='10.0.0.2' end='⟦fd00::1⟧'/></dhcp></ip>"), 'internal error: mismatch of address family in range 10.0.0.2 - fd00::1');
  assertFires(dhcpRangeFamilyMismatch, net("<ip address='10.0.0.1' prefix='24'><dhcp><range start='⟦fd00::1⟧' end='10.0.0.9'/></dhcp></ip>"), 'mismatch of address family in range fd00::1 - 10.0.0.9');
});

test('dhcp-range-family-mismatch: an IPv6 range in an IPv4 <ip>, at the range', () => {
  assertFires(dhcpRangeFamilyMismatch, net("<ip address='10.0.0.1' prefix='24'><dhcp><⟦range⟧ start='fd00::2' end='fd00::9'/></dhcp></ip>"), 'internal error: mismatch of address family in range fd00::2 - fd00::9 for network 10.0.0.1');
});

test('dhcp-range-family-mismatch is quiet on matching families', () => {
  assertQuiet(dhcpRangeFamilyMismatch, net("<ip family='ipv6' address='fd00::1' prefix='64'><dhcp><range start='fd00::2' end='fd00::9'/></dhcp></ip>"));
});
