import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseXml } from '../../server/src/service/parse';

/** Qualified names in their odd corners (duplicates, namespaces, libxml2's recovery), judged against xmllint. */
const CASES = [
  '<n a="1" a="2"/>',
  '<n x:a="1" x:a="2"/>',
  '<n x:a="1" y:a="2"/>',
  '<n a:b:c="1" a:b:c="2"/>',
  '<n :a="1" :a="2"/>',
  '<n a:="1" a:="2"/>',
  '<n a:1="1" a:1="2"/>',
  '<n xmlns="a" xmlns="b"/>',
  '<n xmlns:d="a" xmlns:d="b"/>',
  '<n xmlns:d="a" d:x="1" d:x="2"/>',
  '<n xmlnsx="1" xmlnsx="2"/>',
  '<n a b="1"/>',
  '<n x:a b="1"/>',
  '<n x:a:b c/>',
  '<a:b></a:c>',
  '<a:b></a:b>',
  '<a></b>',
  '<a:b:c></a:b:c>',
  '<n é="1" é="2"/>',
];

test('qualified names: the same first error as libxml2 (xmllint), in its words', () => {
  const dir = mkdtempSync(join(tmpdir(), 'qnames-'));
  try {
    CASES.forEach((text, i) => writeFileSync(join(dir, `${i}.xml`), text));
    let malformed = 0;
    CASES.forEach((text, i) => {
      const r = spawnSync('xmllint', ['--noout', join(dir, `${i}.xml`)], { encoding: 'utf8' });
      assert.ok(!r.error, 'xmllint (libxml2-utils) is required');
      const theirs = /parser error : (.*)/.exec(r.stderr)?.[1].trim();
      if (theirs) malformed++;
      assert.equal(parseXml(text).errors[0]?.message.trim(), theirs, text);
    });
    assert.ok(malformed >= 14);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
