import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bridgeMacZero as rule } from '../../../server/src/service/rules/bridge-mac-zero';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('bridge-mac-zero fires on an all-zero bridge MAC, at the address, with a fix', () => {
  const problem = assertFires(rule, net('<bridge name="virbr7"/><mac address="⟦00:00:00:00:00:00⟧"/>'), 'error creating bridge interface virbr7: Cannot assign requested address');
  assert.equal(problem.fixes?.[0]?.edits[0]?.newText, '52:54:00:00:00:01');
  assertFires(rule, net('<bridge name="virbr7"/><mac address="⟦0:0:0:0:0:0⟧"/>'), 'Cannot assign requested address');
});

test('bridge-mac-zero is quiet on other MACs and where libvirt creates no bridge', () => {
  assertQuiet(rule, net('<bridge name="virbr7"/><mac address="00:00:00:00:00:01"/>'));
  assertQuiet(rule, net('<bridge name="virbr7"/><mac address="zz"/>'));
  assertQuiet(rule, net('<forward mode="bridge"/><bridge name="br0"/><mac address="00:00:00:00:00:00"/>'));
});
