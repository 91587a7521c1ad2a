import { test } from 'node:test';
import { bridgeNameReservedPrefix as rule } from '../../../server/src/service/rules/bridge-name-reserved-prefix';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('bridge-name-reserved-prefix warns on vnet*, at the name', () => {
  assertFires(rule, net('<bridge name="⟦vnet0⟧"/>'), "bridge name 'vnet0' uses the prefix 'vnet' libvirt gives guest devices (vnetN)");
});

test('bridge-name-reserved-prefix warns on macvtap* host bridges too', () => {
  assertFires(rule, net('<forward mode="bridge"/><bridge name="⟦macvtap1⟧"/>'), "prefix 'macvtap'");
});

test('bridge-name-reserved-prefix is quiet for other names', () => {
  assertQuiet(rule, net('<bridge name="virbr0"/>'));
  assertQuiet(rule, net('<bridge name="br-vnet"/>'));
});
