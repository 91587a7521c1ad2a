import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Hover, MarkupContent } from 'vscode-languageserver-types';
import { doHover } from '../../server/src/service/hover';
import { valueDocEntries } from '../../server/src/service/model-docs';
import { attributeDef, elementDef, typeDef } from '../../server/src/service/model';

const CURSOR = '‸';

/** Hovers at ‸; returns the hover and the text its range covers. */
function hoverAt(marked: string): { hover: Hover | null; covered: string; markdown: string } {
  const offset = marked.indexOf(CURSOR);
  const text = marked.replace(CURSOR, '');
  const document = TextDocument.create('file:///h.xml', 'xml', 1, text);
  const hover = doHover(document, document.positionAt(offset));
  if (!hover) return { hover, covered: '', markdown: '' };
  assert.ok(hover.range, 'hovers carry a range');
  const covered = text.slice(document.offsetAt(hover.range.start), document.offsetAt(hover.range.end));
  return { hover, covered, markdown: (hover.contents as MarkupContent).value };
}

const NET = (body: string): string => `<network>\n  <name>t</name>\n  ${body}\n</network>\n`;

test('hover on an element name: the model doc, its attributes and where it may appear', () => {
  const { covered, markdown } = hoverAt(NET(`<bri${CURSOR}dge name="virbr9" stp="on"/>`));
  assert.equal(covered, 'bridge');
  assert.match(markdown, /\*\*`<bridge>`\*\* · optional, at most once in `<network>`/);
  assert.match(markdown, /\*\*Attributes:\*\* `name`, `zone`, `stp`, `delay`, `macTableManager`/);
  assert.ok(!/Since libvirt/.test(markdown));
});

test('hover on an end tag name', () => {
  const { covered, markdown } = hoverAt(NET(`<forward mode="nat"></forw${CURSOR}ard>`));
  assert.equal(covered, 'forward');
  assert.match(markdown, /Connects the network to the outside world/);
});

test('hover shows since for additions newer than 9.0', () => {
  assert.match(hoverAt(NET(`<ti${CURSOR}tle>x</title>`)).markdown, /Since libvirt 9\.7\.0\* \(newer than the installed 9\.0\.0/);
  const register = hoverAt(NET(`<domain name="lab" localOnly="yes" regi${CURSOR}ster="yes"/>`));
  assert.equal(register.covered, 'register');
  assert.match(register.markdown, /Since libvirt 10\.1\.0/);
});

test('hover on an attribute name: doc, required-ness and type', () => {
  const stp = hoverAt(NET(`<bridge s${CURSOR}tp="on"/>`));
  assert.equal(stp.covered, 'stp');
  assert.match(stp.markdown, /\*\*`stp`\*\* attribute of `<bridge>` · optional/);
  assert.match(stp.markdown, /\*\*Value:\*\* one of `on`, `off`/);
  const size = hoverAt(NET(`<mtu si${CURSOR}ze="1500"/>`));
  assert.match(size.markdown, /· required/);
  assert.match(size.markdown, /`unsignedShort` — Decimal integer 0…65535/);
});

test('hover on an enum value: a line for the value first, then the attribute', () => {
  const nat = hoverAt(NET(`<forward mode="n${CURSOR}at"/>`));
  assert.equal(nat.covered, 'nat');
  assert.match(nat.markdown, /^\*\*`nat`\*\*: NAT: guests reach the outside world/);
  assert.match(nat.markdown, /\*\*`mode`\*\* attribute of `<forward>`/);
  assert.ok(!nat.markdown.includes('- `route`'), 'no list of every value when hovering one');
  assert.match(hoverAt(NET(`<forward mo${CURSOR}de="nat"/>`)).markdown, /- `route`: Routed/);
  const bad = hoverAt(NET(`<bridge stp="ma${CURSOR}ybe"/>`));
  assert.match(bad.markdown, /^\*\*`maybe`\*\* is not an allowed value: use one of `on`, `off`/);
});

test('hover on unknown elements and attributes says libvirt ignores them', () => {
  assert.match(hoverAt(NET(`<col${CURSOR}our/>`)).markdown, /`<colour>` is not part of the libvirt network schema here.*Allowed in `<network>`: `<name>`/s);
  assert.match(hoverAt(NET(`<bridge dea${CURSOR}ly="1"/>`)).markdown, /`dealy` is not an attribute of `<bridge>`.*`delay`/);
});

test('hover on the dnsmasq namespace elements', () => {
  const { covered, markdown } = hoverAt(`<network xmlns:dnsmasq='http://libvirt.org/schemas/network/dnsmasq/1.0'><name>t</name><dnsmasq:opt${CURSOR}ions/></network>`);
  assert.equal(covered, 'dnsmasq:options');
  assert.match(markdown, /`<dnsmasq:options>`/);
});

test('no hover on text, whitespace or documents that are not networks', () => {
  assert.equal(hoverAt(NET(`<uuid>1234${CURSOR}</uuid>`)).hover, null);
  assert.equal(hoverAt(`<network>\n ${CURSOR}\n</network>`).hover, null);
  assert.equal(hoverAt(`<domain type='kvm'><na${CURSOR}me>x</name></domain>`).hover, null);
});

test('every value doc names a real attribute or type and its real values', () => {
  const entries = valueDocEntries();
  assert.ok(entries.length > 5);
  for (const { key, values } of entries) {
    let allowed: string[] | undefined;
    if (key.includes('@')) {
      const [elementId, attribute] = key.split('@');
      assert.ok(elementDef(elementId), `${key}: no element ${elementId}`);
      const def = attributeDef(elementId, attribute);
      assert.ok(def, `${key}: no attribute`);
      allowed = typeDef(def.type)?.enum;
    } else {
      allowed = typeDef(key)?.enum;
    }
    assert.ok(allowed, `${key} is not an enumerated type`);
    for (const v of values) assert.ok(allowed.includes(v), `${key}: '${v}' is not one of ${allowed.join(', ')}`);
  }
  const forwardModes = entries.find((e) => e.key === 'forward@mode');
  assert.deepEqual(forwardModes?.values.sort(), [...(typeDef('forwardMode')?.enum ?? [])].sort(), 'every forward mode is documented');
});
