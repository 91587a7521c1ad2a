import { test } from 'node:test';
import { dhcpHostMacIpv6 } from '../../../server/src/service/rules/dhcp-host-mac-ipv6';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('dhcp-host-mac-ipv6 fires on a mac in an IPv6 host', () => {
  assertFires(
    dhcpHostMacIpv6,
    net("<ip family='ipv6' address='fd00::1' prefix='64'><dhcp><host mac='⟦52:54:00:00:00:01⟧' name='a' ip='fd00::5'/></dhcp></ip>"),
    "Invalid to specify MAC address '52:54:00:00:00:01' in network 'test' IPv6 static host definition",
  );
});

test('dhcp-host-mac-ipv6 is quiet on IPv6 hosts with id/name and IPv4 hosts with mac', () => {
  assertQuiet(dhcpHostMacIpv6, net("<ip family='ipv6' address='fd00::1' prefix='64'><dhcp><host id='0:3:0:1:52:54:0:0:0:1' ip='fd00::5'/></dhcp></ip>"));
  assertQuiet(dhcpHostMacIpv6, net("<ip address='10.0.0.1' prefix='24'><dhcp><host mac='52:54:00:00:00:01' ip='10.0.0.5'/></dhcp></ip>"));
});
