import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ipAddressNoncanonical } from '../../../server/src/service/rules/ip-address-noncanonical';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('ip-address-noncanonical: short form on the <ip> address, with a fix', () => {
  const p = assertFires(ipAddressNoncanonical, net("<ip address='⟦10.1⟧' prefix='8'/>"), "'10.1' is read by libvirt as 10.0.0.1");
  assert.equal(p.fixes?.[0].edits[0].newText, '10.0.0.1');
});

test('ip-address-noncanonical: hex in a DHCP range, octal in a host ip', () => {
  assertFires(ipAddressNoncanonical, net("<ip address='192.168.1.1' prefix='24'><dhcp><range start='⟦0xC0A80102⟧' end='192.168.1.9'/></dhcp></ip>"), "'0xC0A80102' is read by libvirt as 192.168.1.2");
  assertFires(ipAddressNoncanonical, net("<ip address='192.168.1.1' prefix='24'><dhcp><host mac='52:54:00:00:00:01' ip='⟦192.168.1.010⟧'/></dhcp></ip>"), "'192.168.1.010' is read by libvirt as 192.168.1.8");
});

test('ip-address-noncanonical is quiet on canonical and invalid addresses', () => {
  assertQuiet(ipAddressNoncanonical, net("<ip address='192.168.1.1' netmask='255.255.255.0'><dhcp><range start='192.168.1.2' end='192.168.1.9'/><host mac='52:54:00:00:00:01' ip='192.168.1.10'/><bootp file='pxe' server='192.168.1.1'/></dhcp></ip>"));
  assertQuiet(ipAddressNoncanonical, net("<ip family='ipv6' address='FD00::1' prefix='64'/>"));
  assertQuiet(ipAddressNoncanonical, net("<ip address='nope' prefix='24'/>"));
});
