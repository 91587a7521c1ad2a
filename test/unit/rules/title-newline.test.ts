import { test } from 'node:test';
import assert from 'node:assert/strict';
import { titleNewline } from '../../../server/src/service/rules/title-newline';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('title-newline fires on a two-line title and offers to join it', () => {
  const p = assertFires(titleNewline, net('<title>⟦Lab network\n  for CI⟧</title>'), "Network title can't contain newlines");
  assert.equal(p.fixes?.[0].edits[0].newText, 'Lab network for CI');
});

test('title-newline is quiet on a one-line title and on a multi-line description', () => {
  assertQuiet(titleNewline, net('<title>Lab network for CI</title>\n<description>line 1\nline 2</description>'));
});
