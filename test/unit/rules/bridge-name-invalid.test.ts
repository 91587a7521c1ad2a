import { test } from 'node:test';
import { bridgeNameInvalid as rule } from '../../../server/src/service/rules/bridge-name-invalid';
import { runRule } from '../../support/rule-harness';
import assert from 'node:assert/strict';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('bridge-name-invalid fires on a colon, at the name, with a rename fix', () => {
  const problem = assertFires(rule, net('<bridge name="⟦vb:1⟧"/>'), 'error creating bridge interface vb:1: Invalid argument');
  assert.equal(problem.fixes?.[0]?.edits[0]?.newText, 'vb-1');
});

test("bridge-name-invalid fires on whitespace, '/', '..', and '%' that is not one %d", () => {
  assertFires(rule, net('<bridge name="⟦vb 1⟧"/>'), 'error creating bridge interface vb 1: Invalid argument');
  assertFires(rule, net('<bridge name="⟦a/b⟧"/>'), 'error creating bridge interface a/b: Invalid argument');
  assertFires(rule, net('<bridge name="⟦..⟧"/>'), 'error creating bridge interface ..: Invalid argument');
  assertFires(rule, net('<bridge name="⟦vb%x⟧"/>'), 'error creating bridge interface vb%x: Invalid argument');
});

test('bridge-name-invalid is quiet for valid names, templates, the virbr%d fallback, long names and host bridges', () => {
  assertQuiet(rule, net('<bridge name="virbr-1.a_b"/>'));
  assertQuiet(rule, net('<bridge name="br%d"/>'));
  assertQuiet(rule, net('<bridge name="br%d%d"/>'));
  assertQuiet(rule, net('<bridge name="vb:0123456789abcdef"/>'));
  assertQuiet(rule, net('<forward mode="bridge"/><bridge name="br:0"/>'));
  assert.equal(runRule(rule, net('<bridge name=""/>')).problems.length, 0);
});

test('bridge-name-invalid fires on a character whose UTF-8 encoding holds byte 0xA0 (kernel isspace), not on other non-ASCII', () => {
  assertFires(rule, net('<bridge name="⟦brà⟧"/>'), 'error creating bridge interface brà: Invalid argument');
  assertQuiet(rule, net('<bridge name="é"/>'));
});

test("bridge-name-invalid fires on 'lo', which exists in every network namespace (EEXIST), with a rename fix", () => {
  const problem = assertFires(rule, net('<bridge name="⟦lo⟧"/><ip address="10.0.0.1" prefix="24"/>'), 'error creating bridge interface lo: File exists');
  assert.equal(problem.fixes?.[0]?.edits[0]?.newText, 'virbr1');
  assertQuiet(rule, net('<bridge name="lo%d"/>'));
  assertQuiet(rule, net('<bridge name="lo0"/>'));
  assertQuiet(rule, net('<forward mode="bridge"/><bridge name="lo"/>'));
});
