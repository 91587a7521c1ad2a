import { test } from 'node:test';
import { pciAddressOutsideHostdev as rule } from '../../../server/src/service/rules/pci-address-outside-hostdev';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('pci-address-outside-hostdev fires on a PCI address in passthrough mode, at the <address>', () => {
  assertFires(
    rule,
    net("<forward mode='passthrough'>\n<⟦address⟧ type='pci' domain='0x0000' bus='0x11' slot='0x10' function='0x1'/>\n</forward>", 'passthrough_001'),
    "unsupported configuration: network 'passthrough_001' has forward mode 'passthrough' but lists a device by PCI address in the device pool. This is only supported for networks with forward mode 'hostdev'",
  );
});

test('pci-address-outside-hostdev is quiet in hostdev mode, and when <interface> makes the parser drop the addresses', () => {
  assertQuiet(rule, net("<forward mode='hostdev'><address type='pci' domain='0' bus='0x11' slot='0x10' function='1'/></forward>"));
  assertQuiet(rule, net("<forward mode='passthrough'><interface dev='eth0'/><address type='pci' domain='0' bus='0x11' slot='0x10' function='1'/></forward>"));
});
