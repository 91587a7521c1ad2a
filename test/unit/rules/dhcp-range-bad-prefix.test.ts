import { test } from 'node:test';
import { dhcpRangeBadPrefix } from '../../../server/src/service/rules/dhcp-range-bad-prefix';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('dhcp-range-bad-prefix: non-contiguous netmask with a range, at the netmask', () => {
  assertFires(
    dhcpRangeBadPrefix,
    net("<ip address='10.0.0.1' netmask='⟦255.0.255.0⟧'><dhcp><range start='10.0.0.2' end='10.0.0.9'/></dhcp></ip>"),
    'internal error: bad prefix -1 for network 10.0.0.1 when checking range 10.0.0.2 - 10.0.0.9',
  );
});

test('dhcp-range-bad-prefix: class D address without prefix, at the <ip>', () => {
  assertFires(dhcpRangeBadPrefix, net("<⟦ip⟧ address='224.0.0.1'><dhcp><range start='224.0.0.2' end='224.0.0.9'/><range start='224.0.0.12' end='224.0.0.19'/></dhcp></ip>"), 'bad prefix -1 for network 224.0.0.1');
});

test('dhcp-range-bad-prefix is quiet without a range (start-time S-5) and with a contiguous netmask', () => {
  assertQuiet(dhcpRangeBadPrefix, net("<ip address='10.0.0.1' netmask='255.0.255.0'/>"));
  assertQuiet(dhcpRangeBadPrefix, net("<ip address='10.0.0.1' netmask='255.255.255.0'><dhcp><range start='10.0.0.2' end='10.0.0.9'/></dhcp></ip>"));
  assertQuiet(dhcpRangeBadPrefix, net("<ip address='224.0.0.1' prefix='24'><dhcp><range start='224.0.0.2' end='224.0.0.9'/></dhcp></ip>"));
});
