import { test } from 'node:test';
import { dhcpHostDuplicate } from '../../../server/src/service/rules/dhcp-host-duplicate';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

const hosts = (body: string) => net(`<ip address='10.0.0.1' prefix='24'><dhcp>${body}</dhcp></ip>`);

test('dhcp-host-duplicate: same MAC written differently, at the second', () => {
  assertFires(
    dhcpHostDuplicate,
    hosts("<host mac='52:54:00:00:00:01' ip='10.0.0.5'/><host mac='⟦52:54:0:0:0:1⟧' name='b' ip='10.0.0.6'/>"),
    `there is an existing dhcp host entry in network 'test' that matches "<host mac='52:54:0:0:0:1' name='b' ip='10.0.0.6'/>"`,
  );
});

test('dhcp-host-duplicate: same ip, and same name', () => {
  assertFires(dhcpHostDuplicate, hosts("<host mac='52:54:00:00:00:01' ip='10.0.0.5'/><host mac='52:54:00:00:00:02' ip='⟦10.0.0.5⟧'/>"), "ip='10.0.0.5'");
  assertFires(dhcpHostDuplicate, hosts("<host name='web' ip='10.0.0.5'/><host name='⟦web⟧' ip='10.0.0.6'/>"), "name='web'");
});

test('dhcp-host-duplicate is quiet on distinct hosts and on one name in the IPv4 and the IPv6 <dhcp>', () => {
  assertQuiet(dhcpHostDuplicate, hosts("<host mac='52:54:00:00:00:01' name='a' ip='10.0.0.5'/><host mac='52:54:00:00:00:02' name='b' ip='10.0.0.6'/>"));
  assertQuiet(
    dhcpHostDuplicate,
    net("<ip address='10.0.0.1' prefix='24'><dhcp><host name='web' ip='10.0.0.5'/></dhcp></ip><ip family='ipv6' address='fd00::1' prefix='64'><dhcp><host name='web' ip='fd00::5'/></dhcp></ip>"),
  );
});

test('dhcp-host-duplicate: an address is compared by value, for IPv4 (high first octets too) and IPv6', () => {
  const high = (body: string) => net(`<ip address='200.0.0.1' prefix='24'><dhcp>${body}</dhcp></ip>`);
  assertFires(dhcpHostDuplicate, high("<host mac='52:54:00:00:00:01' ip='200.0.0.5'/><host mac='52:54:00:00:00:02' ip='⟦200.0.0.5⟧'/>"), "ip='200.0.0.5'");
  assertQuiet(dhcpHostDuplicate, high("<host mac='52:54:00:00:00:01' ip='200.0.0.5'/><host mac='52:54:00:00:00:02' ip='72.0.0.5'/>"));
  const v6 = (body: string) => net(`<ip family='ipv6' address='fd00::1' prefix='64'><dhcp>${body}</dhcp></ip>`);
  assertFires(dhcpHostDuplicate, v6("<host name='a' ip='fd00::5'/><host name='b' ip='⟦fd00:0:0::5⟧'/>"), "ip='fd00::5'");
  assertQuiet(dhcpHostDuplicate, v6("<host name='a' ip='fd00::5'/><host name='b' ip='fd00::6'/>"));
});
