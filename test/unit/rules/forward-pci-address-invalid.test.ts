import { test } from 'node:test';
import { forwardPciAddressInvalid } from '../../../server/src/service/rules/forward-pci-address-invalid';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

const pool = (attrs: string): string => net(`<forward mode="hostdev">\n  <address type="pci" ${attrs}/>\n</forward>`);

test('forward-pci-address-invalid fires on function 9 of a non-empty address, at the value', () => {
  assertFires(forwardPciAddressInvalid, pool('domain="0" bus="1" slot="0" function="⟦9⟧"'), 'Invalid PCI address function=0x9, must be <= 7');
});

test('forward-pci-address-invalid prints bus and slot in hex', () => {
  assertFires(forwardPciAddressInvalid, pool('bus="⟦0x100⟧"'), "Invalid PCI address bus='0x100', must be <= 0xFF");
  assertFires(forwardPciAddressInvalid, pool('bus="1" slot="⟦32⟧"'), "Invalid PCI address slot='0x20', must be <= 0x1F");
});

test('forward-pci-address-invalid fires on fields that are not unsigned numbers, and on a bad multifunction', () => {
  for (const v of ['x', '08', '1 ', '-0', '', '0x100000000']) {
    assertFires(forwardPciAddressInvalid, pool(`bus="⟦${v}⟧"`.replace('bus="⟦⟧"', '⟦bus=""⟧')), `Invalid value for attribute 'bus' in element 'address': '${v}'. Expected non-negative integer value`);
  }
  assertFires(forwardPciAddressInvalid, pool('bus="1" multifunction="⟦ON⟧"'), "Invalid value for attribute 'multifunction' in element 'address': 'ON'.");
});

test('forward-pci-address-invalid is quiet on hex/octal/blank-led numbers and on an "empty" address (domain, bus, slot all 0)', () => {
  assertQuiet(forwardPciAddressInvalid, pool('domain="0x0000" bus="0x03" slot="0x1f" function="07" multifunction="on"'));
  assertQuiet(forwardPciAddressInvalid, pool('domain="0xffffffff" bus=" 1" slot="+2"'));
  assertQuiet(forwardPciAddressInvalid, pool('domain="0" bus="0" slot="0" function="9"'));
});
