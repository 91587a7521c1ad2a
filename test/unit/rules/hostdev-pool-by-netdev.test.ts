import { test } from 'node:test';
import { hostdevPoolByNetdev as rule } from '../../../server/src/service/rules/hostdev-pool-by-netdev';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('hostdev-pool-by-netdev fires on an <interface dev> in a hostdev pool, at the dev', () => {
  assertFires(rule, net('<forward mode="hostdev"><interface dev="⟦eth0⟧"/></forward>', 'hd'), "unsupported configuration: hostdev network 'hd' lists 'eth0' in the device pool, but hostdev networks require all devices to be listed by PCI address, not network device name");
});

test('hostdev-pool-by-netdev fires on forward/@dev', () => {
  assertFires(rule, net('<forward mode="hostdev" dev="⟦eth1⟧"/>'), "lists 'eth1' in the device pool");
});

test('hostdev-pool-by-netdev is quiet for PCI addresses, a pf, and interfaces in passthrough mode', () => {
  assertQuiet(rule, net('<forward mode="hostdev"><address type="pci" domain="0" bus="3" slot="0" function="1"/></forward>'));
  assertQuiet(rule, net('<forward mode="hostdev"><pf dev="eth0"/></forward>'));
  assertQuiet(rule, net('<forward mode="passthrough"><interface dev="eth0"/></forward>'));
});
