import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nameNewline } from '../../../server/src/service/rules/name-newline';
import { assertFires, assertQuiet } from '../../support/rule-harness';

test('name-newline fires on a name written over several lines, and offers to trim it', () => {
  const p = assertFires(nameNewline, '<network>\n  <name>⟦\n    lab\n  ⟧</name>\n</network>', 'invalid char in name: \\n');
  assert.equal(p.layer, 'validate');
  assert.equal(p.fixes?.[0].edits[0].newText, 'lab');
});

test('name-newline offers no trim when the newline is inside the name', () => {
  const p = assertFires(nameNewline, '<network><name>⟦a\nb⟧</name></network>', 'invalid char in name');
  assert.deepEqual(p.fixes, []);
});

test('name-newline is quiet on a one-line name, even with spaces or tabs', () => {
  assertQuiet(nameNewline, '<network>\n  <name> lab\tnet </name>\n</network>');
});
