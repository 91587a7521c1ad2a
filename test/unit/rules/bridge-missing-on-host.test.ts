import { test } from 'node:test';
import { bridgeMissingOnHost as rule } from '../../../server/src/service/rules/bridge-missing-on-host';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('bridge-missing-on-host warns when the host bridge does not exist, at the name', () => {
  assertFires(rule, net('<forward mode="bridge"/><bridge name="⟦br0⟧"/>'), "Cannot get interface MTU on 'br0': No such device", { interfaces: ['lo', 'eth0'] });
});

test('bridge-missing-on-host is quiet when it exists, for libvirt-created bridges, and without host facts', () => {
  assertQuiet(rule, net('<forward mode="bridge"/><bridge name="br0"/>'), { interfaces: ['lo', 'br0'] });
  assertQuiet(rule, net('<bridge name="virbr7"/>'), { interfaces: ['lo'] });
  assertQuiet(rule, net('<forward mode="bridge"/><bridge name="br0"/>'));
});
