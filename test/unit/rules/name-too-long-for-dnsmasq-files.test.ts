import { test } from 'node:test';
import { nameTooLongForDnsmasqFiles as rule } from '../../../server/src/service/rules/name-too-long-for-dnsmasq-files';
import { assertFires, assertQuiet } from '../../support/rule-harness';

const dhcp = '<ip address="10.9.9.1" prefix="24"><dhcp><range start="10.9.9.2" end="10.9.9.9"/></dhcp></ip>';

test('name-too-long-for-dnsmasq-files fires at 247 bytes, and at 246 with DHCP', () => {
  const n247 = 'a'.repeat(247);
  assertFires(rule, `<network><name>⟦${n247}⟧</name></network>`, `cannot write config file '/var/lib/libvirt/dnsmasq/${n247}.hostsfile': File name too long`);
  assertFires(rule, `<network><name>⟦${'a'.repeat(246)}⟧</name>${dhcp}</network>`, 'File name too long');
});

test('name-too-long-for-dnsmasq-files is quiet at 245 bytes, at 246 without DHCP, and in bridge mode', () => {
  assertQuiet(rule, `<network><name>${'a'.repeat(245)}</name>${dhcp}</network>`);
  assertQuiet(rule, `<network><name>${'a'.repeat(246)}</name><ip address="10.9.9.1" prefix="24"/></network>`);
  assertQuiet(rule, `<network><name>${'a'.repeat(247)}</name><forward mode="bridge"/><bridge name="br0"/></network>`);
});
