import { test } from 'node:test';
import { nameTooLongForDnsmasqFiles as rule } from '../../../server/src/service/rules/name-too-long-for-dnsmasq-files';
import { assertFires, assertQuiet } from '../../support/rule-harness';

const dhcp = '<ip address="10.9.9.1" prefix="24"><dhcp><range start="10.9.9.2" end="10.9.9.9"/></dhcp></ip>';
const ipOnly = '<ip address="10.9.9.1" prefix="24"/>';

test('name-too-long-for-dnsmasq-files fires at 246 and 247 bytes when dnsmasq runs (DHCP or just DNS)', () => {
  const n247 = 'a'.repeat(247);
  assertFires(rule, `<network><name>⟦${n247}⟧</name>${dhcp}</network>`, `cannot write config file '/var/lib/libvirt/dnsmasq/${n247}.hostsfile': File name too long`);
  assertFires(rule, `<network><name>⟦${'a'.repeat(246)}⟧</name>${dhcp}</network>`, 'File name too long');
  assertFires(rule, `<network><name>⟦${'a'.repeat(246)}⟧</name>${ipOnly}</network>`, 'File name too long');
});

test('name-too-long-for-dnsmasq-files is quiet at 245 bytes, and without dnsmasq (no <ip>, DNS off without DHCP, bridge mode)', () => {
  assertQuiet(rule, `<network><name>${'a'.repeat(245)}</name>${dhcp}</network>`);
  assertQuiet(rule, `<network><name>${'a'.repeat(247)}</name></network>`);
  assertQuiet(rule, `<network><name>${'a'.repeat(247)}</name><dns enable="no"/>${ipOnly}</network>`);
  assertQuiet(rule, `<network><name>${'a'.repeat(247)}</name><forward mode="bridge"/><bridge name="br0"/></network>`);
});
