import { test } from 'node:test';
import { ipAddressUnassignable as rule } from '../../../server/src/service/rules/ip-address-unassignable';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('ip-address-unassignable fires on IPv6 loopback, unspecified and multicast addresses, at the address', () => {
  assertFires(rule, net('<bridge name="virbr7"/><ip family="ipv6" address="⟦::1⟧" prefix="64"/>'), 'Failed to add IP address ::1/64 to virbr7');
  assertFires(rule, net('<bridge name="virbr7"/><ip family="ipv6" address="⟦::⟧" prefix="0"/>'), 'Failed to add IP address ::/0 to virbr7');
  assertFires(rule, net('<bridge name="virbr7"/><ip family="ipv6" address="⟦FF02::D4⟧" prefix="64"/>'), 'Failed to add IP address ff02::d4/64 to virbr7');
});

test('ip-address-unassignable is quiet on unicast IPv6, on IPv4 oddities the kernel accepts, and without a libvirt bridge', () => {
  assertQuiet(rule, net('<bridge name="virbr7"/><ip family="ipv6" address="fe80::1" prefix="10"/><ip family="ipv6" address="::ffff:0:0" prefix="96"/>'));
  assertQuiet(rule, net('<bridge name="virbr7"/><ip address="127.0.0.1" prefix="8"/><ip address="0.0.0.0" prefix="0"/>'));
  assertQuiet(rule, net('<bridge name="virbr7"/><ip address="239.1.0.1" prefix="24"/>'));
  assertQuiet(rule, net('<forward mode="bridge"/><bridge name="br0"/><ip family="ipv6" address="::1" prefix="64"/>'));
});

test('ip-address-unassignable fires on an address given twice (IPv4: same prefix; IPv6: any prefix), at the second', () => {
  assertFires(rule, net('<bridge name="virbr7"/><ip address="10.0.0.1" prefix="24"/><ip address="⟦10.0.0.1⟧" netmask="255.255.255.0"/>'), 'Failed to add IP address 10.0.0.1/24 bcast 10.0.0.255 to virbr7');
  assertFires(rule, net('<bridge name="virbr7"/><ip family="ipv6" address="fd00::1" prefix="64"/><ip family="ipv6" address="⟦fd00:0::1⟧" prefix="56"/>'), 'Failed to add IP address fd00::1/56 to virbr7');
  assertQuiet(rule, net('<bridge name="virbr7"/><ip address="10.0.0.1" prefix="24"/><ip address="10.0.0.1" prefix="16"/><ip address="10.0.0.2" prefix="24"/>'));
});
