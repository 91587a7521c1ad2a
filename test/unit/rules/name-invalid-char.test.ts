import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nameInvalidChar } from '../../../server/src/service/rules/name-invalid-char';
import { assertFires, assertQuiet } from '../../support/rule-harness';

test("name-invalid-char fires on a '/' in the name, at the name's text", () => {
  const p = assertFires(nameInvalidChar, '<network>\n  <name>⟦lab/net⟧</name>\n</network>', 'invalid char in name: /');
  assert.equal(p.message, 'invalid char in name: /');
  assert.equal(p.fixes?.[0].edits[0].newText, 'lab-net');
});

test('name-invalid-char is quiet on names with dashes, dots, spaces or backslashes', () => {
  assertQuiet(nameInvalidChar, '<network><name>lab-net.1 x\\y</name></network>');
  assertQuiet(nameInvalidChar, '<network><bridge name="a/b"/></network>');
});
