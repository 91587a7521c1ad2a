import { test } from 'node:test';
import { multipleDhcpIps as rule } from '../../../server/src/service/rules/multiple-dhcp-ips';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('multiple-dhcp-ips fires on the second IPv4 <ip> with DHCP, at that <ip>', () => {
  assertFires(
    rule,
    net('<ip address="10.1.0.1" prefix="24"><dhcp><host mac="52:54:00:00:00:01" ip="10.1.0.5"/></dhcp></ip>\n<⟦ip⟧ address="10.2.0.1" prefix="24"><dhcp><range start="10.2.0.2" end="10.2.0.5"/></dhcp></ip>'),
    'unsupported configuration: Multiple IPv4 dhcp sections found -- dhcp is supported only for a single IPv4 address on each network',
  );
});

test('multiple-dhcp-ips fires for IPv6 too', () => {
  assertFires(
    rule,
    net('<ip family="ipv6" address="fd00:1::1" prefix="64"><dhcp><range start="fd00:1::10" end="fd00:1::20"/></dhcp></ip><⟦ip⟧ family="ipv6" address="fd00:2::1" prefix="64"><dhcp><range start="fd00:2::10" end="fd00:2::20"/></dhcp></ip>'),
    'Multiple IPv6 dhcp sections found',
  );
});

test('multiple-dhcp-ips is quiet with one DHCP <ip> per family', () => {
  assertQuiet(
    rule,
    net('<ip address="10.1.0.1" prefix="24"><dhcp><range start="10.1.0.2" end="10.1.0.9"/></dhcp></ip><ip address="10.2.0.1" prefix="24"/><ip family="ipv6" address="fd00:1::1" prefix="64"><dhcp><range start="fd00:1::10" end="fd00:1::20"/></dhcp></ip>'),
  );
});
