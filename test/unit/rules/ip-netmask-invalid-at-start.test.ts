import { test } from 'node:test';
import { ipNetmaskInvalidAtStart as rule } from '../../../server/src/service/rules/ip-netmask-invalid-at-start';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('ip-netmask-invalid-at-start fires on a non-contiguous netmask, at the netmask, naming the bridge', () => {
  assertFires(rule, net('<bridge name="vb5"/><ip address="10.9.2.1" netmask="⟦255.0.255.0⟧"/>'), "internal error: bridge 'vb5' has an invalid netmask or IP address");
});

test('ip-netmask-invalid-at-start fires on a class D address without prefix; the bridge is the one libvirt generates', () => {
  assertFires(rule, net('<ip address="⟦224.1.1.1⟧"/>'), "internal error: bridge 'virbrN' has an invalid netmask or IP address");
  assertFires(rule, net('<ip address="⟦224.1.1.1⟧"/>'), "bridge 'virbr1' has", { networks: [{ name: 'default', active: true, bridge: 'virbr0', subnets: [] }], interfaces: ['lo', 'virbr0'] });
});

test('ip-netmask-invalid-at-start is quiet with a DHCP range (the parser refuses it: DR-3), a prefix, or in device modes', () => {
  assertQuiet(rule, net('<ip address="10.9.2.1" netmask="255.0.255.0"><dhcp><range start="10.9.2.2" end="10.9.2.9"/></dhcp></ip>'));
  assertQuiet(rule, net('<ip address="224.1.1.1" prefix="24"/><ip address="10.0.0.1" netmask="255.255.255.0"/>'));
  assertQuiet(rule, net('<forward mode="bridge"/><bridge name="br0"/><ip address="10.9.2.1" netmask="255.0.255.0"/>'));
});
