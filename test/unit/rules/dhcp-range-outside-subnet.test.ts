import { test } from 'node:test';
import { dhcpRangeOutsideSubnet } from '../../../server/src/service/rules/dhcp-range-outside-subnet';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('dhcp-range-outside-subnet: whole range outside, at the range (message from the upstream update test)', () => {
  assertFires(
    dhcpRangeOutsideSubnet,
    net("<ip address='192.168.122.1' netmask='255.255.255.0'><dhcp><⟦range⟧ start='10.0.0.10' end='10.0.0.100'/></dhcp></ip>"),
    'internal error: range 10.0.0.10 - 10.0.0.100 is not entirely within network 192.168.122.1/24',
  );
});

test('dhcp-range-outside-subnet: only the end outside, at the end', () => {
  assertFires(dhcpRangeOutsideSubnet, net("<ip address='192.168.122.1' prefix='25'><dhcp><range start='192.168.122.2' end='⟦192.168.122.200⟧'/></dhcp></ip>"), 'within network 192.168.122.1/25');
});

test('dhcp-range-outside-subnet is quiet inside the subnet, with the classful /8 and with 0.0.0.0/0', () => {
  assertQuiet(dhcpRangeOutsideSubnet, net("<ip address='192.168.122.1' prefix='24'><dhcp><range start='192.168.122.2' end='192.168.122.254'/></dhcp></ip>"));
  assertQuiet(dhcpRangeOutsideSubnet, net("<ip address='10.24.10.1'><dhcp><range start='10.200.0.2' end='10.200.0.9'/></dhcp></ip>"));
  assertQuiet(dhcpRangeOutsideSubnet, net("<ip address='0.0.0.0'><dhcp><range start='10.200.0.2' end='10.200.0.9'/></dhcp></ip>"));
});
