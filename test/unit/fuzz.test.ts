import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { validateText } from '../../server/src/service/validate';
import { parseXml } from '../../server/src/service/parse';
import { corpusFiles, readCorpusFile } from '../support/corpus';
import { mutate, prng } from '../support/mutate';

/**
 * Deterministic mutations and truncations of libvirt's corpus: the service must never throw,
 * no rule may fail, and every range must lie inside the document. A hang fails through the
 * test's timeout (a watchdog, not a performance assertion).
 */
const seeds = corpusFiles('networkxml2xmlin', 'networkxml2xmlout', 'networkxml2confdata').map(readCorpusFile);

const ROUNDS = 4000;

test(`fuzz: ${ROUNDS} mutated corpus documents never crash the service`, { timeout: 600_000 }, () => {
  const rnd = prng(20261127);
  for (let i = 0; i < ROUNDS; i++) {
    let text = seeds[i % seeds.length];
    const steps = 1 + Math.floor(rnd() * 4);
    for (let s = 0; s < steps; s++) text = mutate(text, rnd);
    let result;
    try {
      result = validateText(text);
    } catch (error) {
      assert.fail(`round ${i} threw ${String(error)} on:\n${text}`);
    }
    assert.deepEqual(result.ruleFailures.map((f) => `${f.rule}: ${String(f.error)}`), [], `round ${i}:\n${text}`);
    for (const p of result.problems) {
      assert.ok(p.range.start >= 0 && p.range.end <= text.length && p.range.start <= p.range.end, `round ${i}: ${p.code} range ${JSON.stringify(p.range)} outside 0..${text.length}`);
      assert.ok(p.message.length > 0, `round ${i}: ${p.code} without a message`);
    }
  }
});

test('fuzz: pathological inputs (deep nesting, huge attributes, many roots) stay bounded', { timeout: 120_000 }, () => {
  const cases = [
    '<network>' + '<a>'.repeat(50_000),
    '<network><name>' + 'x'.repeat(2_000_000) + '</name></network>',
    `<network><bridge name='${'v'.repeat(500_000)}'/></network>`,
    '<network/>'.repeat(10_000),
    '<network><ip address="1.1.1.1" ' + 'a="b" '.repeat(20_000) + '/></network>',
    '<'.repeat(100_000),
    '<!DOCTYPE network [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><network><name>&c;</name></network>',
  ];
  for (const text of cases) {
    const result = validateText(text);
    assert.deepEqual(result.ruleFailures, []);
    for (const p of result.problems) assert.ok(p.range.end <= text.length);
  }
});

const XMLLINT = ['/usr/bin/xmllint', '/bin/xmllint', '/usr/local/bin/xmllint'].find((p) => existsSync(p));

test('fuzz: malformed XML is reported exactly when libxml2 (xmllint) reports it, in its words', { timeout: 600_000 }, () => {
  assert.ok(XMLLINT, 'xmllint (libxml2-utils) is required: bash scripts/install-test-deps.sh installs it');
  // libvirt parses with libxml2: our first well-formedness error must be libxml2's first error.
  const rnd = prng(42429);
  const dir = mkdtempSync(join(tmpdir(), 'fuzz-xml-'));
  try {
    const docs: { file: string; text: string }[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      let text = seeds[i % seeds.length];
      const steps = 1 + Math.floor(rnd() * 3);
      for (let s = 0; s < steps; s++) text = mutate(text, rnd);
      // A NUL ends the document for libvirt (a C string) but not for xmllint; lone surrogates
      // (a cut emoji) cannot be written as UTF-8; a DOCTYPE is judged by the generic validator.
      if (text.includes('\u0000') || /[\ud800-\udfff]/u.test(text.replace(/[\ud800-\udbff][\udc00-\udfff]/g, '')) || text.includes('<!DOCTYPE') || text.trim() === '') continue;
      const file = join(dir, `d${i}.xml`);
      writeFileSync(file, text);
      docs.push({ file, text });
    }
    const stderr = spawnSync(XMLLINT as string, ['--noout', ...docs.map((d) => d.file)], { encoding: 'utf8', maxBuffer: 1 << 28 }).stderr;
    const libxml = new Map<string, string>();
    for (const line of stderr.split('\n')) {
      const m = /^(.*?):\d+: parser error : (.*)$/.exec(line);
      if (m && !libxml.has(m[1])) libxml.set(m[1], m[2].trim());
    }
    let malformed = 0;
    for (const { file, text } of docs) {
      const theirs = libxml.get(file);
      const ours = parseXml(text).errors[0]?.message.trim();
      if (theirs) malformed++;
      assert.equal(ours, theirs, `libxml2 says ${theirs ?? 'well-formed'}, we say ${ours ?? 'well-formed'} on:\n${text}`);
    }
    assert.ok(malformed > docs.length / 4, `only ${malformed} malformed documents: the mutations are too gentle to prove anything`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
