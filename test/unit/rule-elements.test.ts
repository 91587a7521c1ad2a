import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateText } from '../../server/src/service/validate';
import { allRules } from '../../server/src/service/rules/registry';
import type { Rule } from '../../server/src/service/rule';
import { parseXml } from '../../server/src/service/parse';
import { corpusFiles, readCorpusFile } from '../support/corpus';
import { mutate, prng } from '../support/mutate';

const ROOT = join(__dirname, '../../..');
const gatedRules = allRules.filter((r) => r.elements !== undefined);

function documents(): string[] {
  const corpus = corpusFiles('networkxml2xmlin', 'networkxml2xmlout', 'networkxml2confdata', 'networkxml2xmlupdateout', 'libvirt-9.0.0-only', 'examples').map(readCorpusFile);
  const samples = ['samples', 'samples/broken'].flatMap((d) => readdirSync(join(ROOT, d)).filter((f) => f.endsWith('.xml')).map((f) => readFileSync(join(ROOT, d, f), 'utf8')));
  const docs = [...corpus, ...samples];
  // Mutations drop, duplicate and break elements: documents that lack what a rule looks for.
  const rnd = prng(20261128);
  for (let i = 0; i < 4000; i++) docs.push(mutate(docs[i % (corpus.length + samples.length)], rnd));
  return docs;
}

test('a rule skipped for lacking its elements would have reported nothing there', () => {
  assert.ok(gatedRules.length > 0);
  let skipped = 0;
  for (const text of documents()) {
    const names = parseXml(text).elementNames;
    const absent = gatedRules.filter((r) => !(r.elements as readonly string[]).some((n) => names.has(n)));
    if (absent.length === 0) continue;
    skipped += absent.length;
    const ids = new Set(absent.map((r) => r.id));
    const { problems, ruleFailures } = validateText(text, { rules: absent, ignoreElementLists: true });
    const wrong = problems.filter((p) => ids.has(p.code));
    assert.deepEqual(wrong.map((p) => `${p.code}: ${p.message}`), [], `in:\n${text.slice(0, 400)}`);
    assert.deepEqual(ruleFailures, []);
  }
  assert.ok(skipped > 10_000, `only ${skipped} skipped rule runs checked`);
});

test('validation skips a rule in documents without its elements, and runs it in those with one', () => {
  const ran: string[] = [];
  const probe: Rule = { id: 'probe', severity: 'error', layer: 'lint', spec: [], description: 'test', elements: ['bandwidth', 'vlan'], check: ({ xml }) => void ran.push(xml.text) };
  const without = "<network><name>n</name><bridge name='br0'/></network>";
  const withVlan = "<network><name>n</name><vlan><tag id='1'/></vlan></network>";
  validateText(without, { rules: [probe] });
  validateText(withVlan, { rules: [probe] });
  validateText(without, { rules: [probe], ignoreElementLists: true });
  assert.deepEqual(ran, [withVlan, without]);
});

test('element names: the scanned, careful and lenient trees all list every element', () => {
  const plain = "<network><name>n</name><dns><host ip='1.2.3.4'><hostname>a</hostname></host></dns><ip address='10.0.0.1'/></network>";
  const careful = plain.replace('<name>n</name>', '<name>&#110;</name>');
  const malformed = plain.replace('</dns>', '</dsn>');
  const expected = ['dns', 'host', 'hostname', 'ip', 'name', 'network'];
  for (const text of [plain, careful]) assert.deepEqual([...parseXml(text).elementNames].sort(), expected);
  const lenient = parseXml(malformed);
  assert.ok(lenient.errors.length > 0);
  assert.deepEqual([...lenient.elementNames].sort(), expected);
});
