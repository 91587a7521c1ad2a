import { test } from 'node:test';
import { directModeWithoutDevices as rule } from '../../../server/src/service/rules/direct-mode-without-devices';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('direct-mode-without-devices fires on forward mode bridge with neither bridge name nor devices, at <forward>', () => {
  assertFires(rule, net('<⟦forward⟧ mode="bridge"/>', 'nete'), "internal error: network 'nete' uses a direct mode, but has no forward dev and no interface pool");
});

test('direct-mode-without-devices fires on vepa without devices', () => {
  assertFires(rule, net('<⟦forward⟧ mode="vepa"></forward>'), 'uses a direct mode');
});

test('direct-mode-without-devices is quiet with a bridge name, a dev, interfaces, a pf, and for other virtualport types (VP-10 comes first)', () => {
  assertQuiet(rule, net('<forward mode="bridge"/><bridge name="br0"/>'));
  assertQuiet(rule, net('<forward mode="bridge" dev="eth0"/>'));
  assertQuiet(rule, net('<forward mode="private"><interface dev="eth0"/></forward>'));
  assertQuiet(rule, net('<forward mode="passthrough"><pf dev="eth0"/></forward>'));
  assertQuiet(rule, net('<forward mode="bridge"/><virtualport type="openvswitch"/>'));
});
