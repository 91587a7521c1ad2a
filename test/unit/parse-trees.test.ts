import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { lenientTree, parseXml } from '../../server/src/service/parse';
import { scanPlainDocument } from '../../server/src/service/xml-plain-scan';
import { libxmlFirstError } from '../../server/src/service/xml-wellformed';
import { TreeBuilder } from '../../server/src/service/xml-tree';
import type { XmlElement } from '../../server/src/service/xml';
import { corpusFiles, readCorpusFile } from '../support/corpus';
import { mutate, prng } from '../support/mutate';

/**
 * A well-formed document's tree comes from the well-formedness scan (xml-tree.ts); any other
 * document's from fast-xml-parser. Both must read a well-formed document the same way, or rules
 * would judge a document differently once a typo elsewhere sends it down the other path.
 */

function shape(element: XmlElement): unknown {
  return {
    name: element.name,
    range: element.range,
    nameRange: element.nameRange,
    startTagEnd: element.startTagEnd,
    selfClosing: element.selfClosing,
    text: element.text,
    textRange: element.textRange,
    attributes: element.attributes.map((a) => ({ name: a.name, value: a.value, nameRange: a.nameRange, valueRange: a.valueRange, range: a.range })),
    children: element.children.map(shape),
  };
}

const FIXTURES = join(__dirname, '../../../test/fixtures/networks');
const documents = [
  ...corpusFiles('networkxml2xmlin', 'networkxml2xmlout', 'networkxml2confdata').map(readCorpusFile),
  ...readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.xml'))
    .map((f) => readFileSync(join(FIXTURES, f), 'utf8')),
];

/**
 * Where fast-xml-parser reads differently, libxml2 (and the scan) being right: it leaves character
 * references in text undecoded, keeps CRs, and drops U+FEFF (shifting every offset after it).
 */
const comparable = (text: string) => !text.includes('&#') && !text.includes('\r') && !text.includes('\ufeff');

test('the scan and fast-xml-parser build the same tree for every well-formed corpus and fixture document', () => {
  let compared = 0;
  for (const text of documents.filter(comparable)) {
    const parsed = parseXml(text);
    if (parsed.errors.length > 0) continue;
    assert.ok(parsed.root);
    assert.deepEqual(shape(parsed.root), shape(lenientTree(text, []) as XmlElement), text);
    compared++;
  }
  assert.ok(compared > 600, `only ${compared} documents compared`);
});

test('the two trees agree on mutated documents that stay well-formed', () => {
  const rnd = prng(7177);
  let compared = 0;
  for (let i = 0; i < 3000; i++) {
    let text = documents[i % documents.length];
    for (let s = 0; s < 2; s++) text = mutate(text, rnd);
    if (!comparable(text)) continue;
    const parsed = parseXml(text);
    if (parsed.errors.length > 0 || !parsed.root) continue;
    assert.deepEqual(shape(parsed.root), shape(lenientTree(text, []) as XmlElement), text);
    compared++;
  }
  assert.ok(compared > 300, `only ${compared} mutated documents stayed well-formed`);
});

/** What the plain scan makes of `text`, and what the careful scan makes of it. */
function bothScans(text: string): { plain: XmlElement | undefined; careful: XmlElement | undefined; carefulError: unknown } {
  const plain = new TreeBuilder(text);
  const careful = new TreeBuilder(text);
  const carefulError = libxmlFirstError(text, careful);
  return { plain: scanPlainDocument(text, plain) ? plain.root : undefined, careful: careful.root, carefulError };
}

test('whatever the plain scan accepts, the careful scan (libxml2) accepts and reads the same way', () => {
  const rnd = prng(90210);
  let wellFormed = 0;
  let plainOnes = 0;
  for (let i = 0; i < 6000; i++) {
    const mutated = i >= documents.length;
    let text = documents[i % documents.length];
    if (mutated) for (let s = 0; s < 1 + (i % 3); s++) text = mutate(text, rnd);
    const { plain, careful, carefulError } = bothScans(text);
    if (!mutated && carefulError === undefined) wellFormed++;
    if (!plain) continue;
    if (!mutated) plainOnes++;
    assert.equal(carefulError, undefined, `the plain scan accepted what libxml2 refuses:\n${text}`);
    assert.deepEqual(shape(plain), shape(careful as XmlElement), text);
  }
  // The plain scan must carry the common case, or it saves nothing.
  assert.ok(plainOnes > wellFormed * 0.9, `the plain scan took only ${plainOnes} of ${wellFormed} well-formed documents`);
});

test('text is read as libxml2 reads it: character references decoded, line ends normalised, comments and PIs skipped, CDATA kept', () => {
  const root = parseXml('<network><name>a&#65;&#x42;&lt;<!-- c --><?pi x?><![CDATA[<y>]]>\r\nb\rc</name></network>').root as XmlElement;
  assert.equal(root.children[0].text, 'aAB<<y>\nb\nc');
});

test('attribute values are read as libvirt reads them: a tab or a line end (CR LF too) is one space, references are decoded', () => {
  // Such values are left to the careful scan: the plain one reads values as written.
  const text = "<network><name>n</name><bridge name='a\tb\r\nc' zone='x&amp;y&#33;'/><mtu size='9000'/></network>";
  assert.equal(scanPlainDocument(text, new TreeBuilder(text)), false);
  const bridge = parseXml(text).root?.children[1];
  assert.deepEqual(bridge?.attributes.map((a) => a.value), ['a b c', 'x&y!']);
  const plain = "<network><bridge name='a b'/></network>";
  const tree = new TreeBuilder(plain);
  assert.equal(scanPlainDocument(plain, tree), true);
  assert.equal(tree.root?.children[0].attributes[0].value, 'a b');
});

test('a malformed document still gets the tree of what fast-xml-parser can read', () => {
  const parsed = parseXml('<network>\n  <name>x</name>\n  <bridge name="virbr0"/>\n  <ip address=');
  assert.equal(parsed.errors.length, 1);
  assert.deepEqual(parsed.root?.children.map((c) => c.name), ['name', 'bridge']);
});
