import { test } from 'node:test';
import { dhcpHostIpOutsideSubnet } from '../../../server/src/service/rules/dhcp-host-ip-outside-subnet';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('dhcp-host-ip-outside-subnet: outside the subnet', () => {
  assertFires(
    dhcpHostIpOutsideSubnet,
    net("<ip address='192.168.122.1' prefix='24'><dhcp><host mac='52:54:00:00:00:01' ip='⟦192.168.123.5⟧'/></dhcp></ip>"),
    "DHCP host ip 192.168.123.5 in network 'test' is outside the subnet 192.168.122.0/24",
  );
});

test('dhcp-host-ip-outside-subnet: the other family', () => {
  assertFires(dhcpHostIpOutsideSubnet, net("<ip address='192.168.122.1' prefix='24'><dhcp><host name='a' ip='⟦fd00::5⟧'/></dhcp></ip>"), "the address family of a host entry IP must match the address family of the dhcp element's parent");
});

test('dhcp-host-ip-outside-subnet is quiet inside the subnet, also inside a dynamic range', () => {
  assertQuiet(dhcpHostIpOutsideSubnet, net("<ip address='192.168.122.1' prefix='24'><dhcp><range start='192.168.122.2' end='192.168.122.254'/><host mac='52:54:00:00:00:01' ip='192.168.122.5'/></dhcp></ip>"));
});
