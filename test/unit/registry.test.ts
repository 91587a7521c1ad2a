import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { allRules } from '../../server/src/service/rules/registry';

/** The registry is the one table: unique ids, one source file and one test file per rule. */
const RULES_DIR = join(__dirname, '../../../server/src/service/rules');
const TESTS_DIR = join(__dirname, '../../../test/unit/rules');

test('rule ids are unique kebab-case', () => {
  const ids = allRules.map((r) => r.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const id of ids) assert.match(id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
});

test('every rule has its own source file and test file named after its id', () => {
  for (const rule of allRules) {
    assert.ok(existsSync(join(RULES_DIR, `${rule.id}.ts`)), `server/src/service/rules/${rule.id}.ts`);
    assert.ok(existsSync(join(TESTS_DIR, `${rule.id}.test.ts`)), `test/unit/rules/${rule.id}.test.ts`);
  }
});

test('every rule test file belongs to a registered rule', () => {
  const ids = new Set(allRules.map((r) => r.id));
  for (const file of readdirSync(TESTS_DIR)) assert.ok(ids.has(file.replace(/\.test\.ts$/, '')), `${file} tests no registered rule`);
});

test('errors are what libvirt rejects; warnings what it never checks', () => {
  for (const rule of allRules) {
    if (['parse', 'validate', 'start', 'allocate'].includes(rule.layer)) assert.equal(rule.severity, 'error', rule.id);
    if (rule.layer === 'schema') assert.equal(rule.severity, 'warning', `${rule.id}: plain net-define does not validate against the schema`);
    assert.ok(rule.spec.length > 0 && rule.description.length > 0, rule.id);
  }
});
