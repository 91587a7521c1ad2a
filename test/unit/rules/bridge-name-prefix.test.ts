import { test } from 'node:test';
import { bridgeNamePrefix as rule } from '../../../server/src/service/rules/bridge-name-prefix';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('bridge-name-prefix informs about a non-virbr name, at the name', () => {
  assertFires(rule, net('<bridge name="⟦brdefault⟧"/>'), "bridge name 'brdefault' does not start with 'virbr'");
});

test('bridge-name-prefix is quiet for virbr names and templates, host bridges, and reserved prefixes (warned elsewhere)', () => {
  assertQuiet(rule, net('<bridge name="virbr10"/>'));
  assertQuiet(rule, net('<bridge name="virbr%d"/>'));
  assertQuiet(rule, net('<forward mode="bridge"/><bridge name="br0"/>'));
  assertQuiet(rule, net('<bridge name="vnet5"/>'));
});
