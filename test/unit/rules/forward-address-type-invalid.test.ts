import { test } from 'node:test';
import { forwardAddressTypeInvalid } from '../../../server/src/service/rules/forward-address-type-invalid';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('forward-address-type-invalid fires on an unknown type, at the value', () => {
  assertFires(
    forwardAddressTypeInvalid,
    net('<forward mode="hostdev"><address type="⟦usb⟧"/></forward>', 'lab'),
    "unsupported configuration: unknown address type 'usb' in network lab",
  );
});

test("forward-address-type-invalid: known but unsupported types ('netdev', 'none') and case matter", () => {
  assertFires(forwardAddressTypeInvalid, net('<forward mode="hostdev"><address type="⟦netdev⟧"/></forward>', 'lab'), "unsupported address type 'netdev' in network lab");
  assertFires(forwardAddressTypeInvalid, net('<forward mode="hostdev"><address type="⟦PCI⟧"/></forward>'), "unknown address type 'PCI'");
});

test("forward-address-type-invalid is quiet on type='pci' and on dropped addresses", () => {
  assertQuiet(forwardAddressTypeInvalid, net('<forward mode="hostdev"><address type="pci" bus="1"/></forward>'));
  assertQuiet(forwardAddressTypeInvalid, net('<forward mode="bridge"><interface dev="eth0"/><address type="usb"/></forward>'));
});
