import { test } from 'node:test';
import { forwardPciAddressDuplicate } from '../../../server/src/service/rules/forward-pci-address-duplicate';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('forward-pci-address-duplicate fires on the same address written differently, at the second <address>', () => {
  assertFires(
    forwardPciAddressDuplicate,
    net('<forward mode="hostdev">\n  <address type="pci" domain="0" bus="3" slot="0" function="3"/>\n  <⟦address⟧ type="pci" domain="0x0000" bus="0x03" slot="0x00" function="0x3"/>\n</forward>', 'hostdev'),
    "PCI device '0000:03:00.3' can only be listed once in network hostdev",
  );
});

test('forward-pci-address-duplicate compares "empty" addresses too', () => {
  assertFires(forwardPciAddressDuplicate, net('<forward mode="hostdev"><address type="pci" function="1"/><⟦address⟧ type="pci" function="1"/></forward>'), "PCI device '0000:00:00.1'");
});

test('forward-pci-address-duplicate is quiet on distinct functions', () => {
  assertQuiet(forwardPciAddressDuplicate, net('<forward mode="hostdev"><address type="pci" bus="3" function="1"/><address type="pci" bus="3" function="2"/></forward>'));
});
