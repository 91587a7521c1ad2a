import { test } from 'node:test';
import { dhcpBootpIpv6 } from '../../../server/src/service/rules/dhcp-bootp-ipv6';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('dhcp-bootp-ipv6 warns that <bootp> in IPv6 is dropped', () => {
  assertFires(dhcpBootpIpv6, net("<ip family='ipv6' address='fd00::1' prefix='64'><dhcp><⟦bootp⟧ file='pxe'/></dhcp></ip>"), "<bootp> in the IPv6 <ip> of network 'test' is silently ignored");
});

test('dhcp-bootp-ipv6 is quiet in IPv4', () => {
  assertQuiet(dhcpBootpIpv6, net("<ip address='10.0.0.1' prefix='24'><dhcp><bootp file='pxe'/></dhcp></ip>"));
});
