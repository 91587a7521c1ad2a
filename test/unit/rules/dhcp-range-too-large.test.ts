import { test } from 'node:test';
import { dhcpRangeTooLarge } from '../../../server/src/service/rules/dhcp-range-too-large';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('dhcp-range-too-large: IPv4 range crossing the second byte (virsh 9.0 says too large even for 67 addresses)', () => {
  assertFires(dhcpRangeTooLarge, net("<ip address='10.0.0.1' prefix='8'><dhcp><⟦range⟧ start='10.0.255.200' end='10.1.0.10'/></dhcp></ip>"), 'internal error: range 10.0.255.200 - 10.1.0.10 is too large (> 65535)');
});

test('dhcp-range-too-large: IPv6 range differing before the last group', () => {
  assertFires(dhcpRangeTooLarge, net("<ip family='ipv6' address='fd00::1' prefix='64'><dhcp><⟦range⟧ start='fd00::1:2' end='fd00::9'/></dhcp></ip>"), 'internal error: range fd00::1:2 - fd00::9 is too large (> 65535)');
});

test('dhcp-range-too-large is quiet on a full /16-sized range', () => {
  assertQuiet(dhcpRangeTooLarge, net("<ip address='10.0.0.1' prefix='8'><dhcp><range start='10.0.0.2' end='10.0.255.254'/></dhcp></ip>"));
  assertQuiet(dhcpRangeTooLarge, net("<ip family='ipv6' address='fd00::1' prefix='64'><dhcp><range start='fd00::2' end='fd00::ffff'/></dhcp></ip>"));
});
