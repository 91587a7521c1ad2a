import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type MarkupContent, type TextEdit } from 'vscode-languageserver-types';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { doComplete } from '../../server/src/service/complete';
import { doHover } from '../../server/src/service/hover';
import { getLanguageService } from '../../server/src/service/languageService';
import type { HostFacts } from '../../server/src/service/host-facts';

const CURSOR = '‸';
const DNSMASQ_NS = 'http://libvirt.org/schemas/network/dnsmasq/1.0';

/** Completes at the ‸ marker. */
function complete(marked: string, triggerCharacter?: string, host?: HostFacts): { items: CompletionItem[]; document: TextDocument } {
  const offset = marked.indexOf(CURSOR);
  assert.ok(offset >= 0, 'the text needs a ‸ cursor');
  const document = TextDocument.create('file:///t.xml', 'xml', 1, marked.replace(CURSOR, ''));
  const items = doComplete(document, document.positionAt(offset), { triggerCharacter, host }).items;
  return { items, document };
}

const labels = (items: CompletionItem[]): string[] => items.map((i) => i.label);

function item(items: CompletionItem[], label: string): CompletionItem {
  const found = items.find((i) => i.label === label);
  assert.ok(found, `no item ${label} in ${JSON.stringify(labels(items))}`);
  return found;
}

function edit(i: CompletionItem): TextEdit {
  assert.ok(i.textEdit && 'range' in i.textEdit, 'items carry a TextEdit');
  return i.textEdit;
}

/** The document after accepting the item, with snippet syntax reduced to its default text. */
function accept(document: TextDocument, i: CompletionItem): string {
  const edits = [edit(i), ...(i.additionalTextEdits ?? [])];
  let text = TextDocument.applyEdits(document, edits);
  if (i.insertTextFormat === InsertTextFormat.Snippet) {
    text = text.replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1').replace(/\$\{\d+(?::([^}]*))?\}/g, '$1').replace(/\$\d+/g, '');
  }
  return text;
}

const NET = (body: string): string => `<network>\n  <name>t</name>\n  ${body}\n</network>\n`;

test('half-typed attribute name: <forward mo‸ offers mode with a choice of the forward modes', () => {
  const { items, document } = complete(NET(`<forward mo${CURSOR}`));
  const mode = item(items, 'mode');
  assert.equal(mode.insertTextFormat, InsertTextFormat.Snippet);
  assert.match(edit(mode).newText, /^mode="\$\{1\|nat,route,open,bridge,private,vepa,passthrough,hostdev\|\}"/);
  assert.match(accept(document, mode), /<forward mode="nat"\n/);
  assert.equal(mode.kind, CompletionItemKind.Property);
  assert.match((mode.documentation as MarkupContent).value, /Forwarding method/);
});

test('attribute names after a complete attribute and a space: present ones and alternatives left out, required first', () => {
  const { items } = complete(NET(`<ip address="1.2.3.4" ${CURSOR}`), ' ');
  assert.deepEqual(labels(items).sort(), ['family', 'localPtr', 'netmask', 'prefix']);
  const { items: withPrefix } = complete(NET(`<ip address="1.2.3.4" prefix="24" ${CURSOR}/>`), ' ');
  assert.ok(!labels(withPrefix).includes('netmask'), 'netmask and prefix exclude each other');
  const { items: route } = complete(NET(`<route ${CURSOR}/>`));
  const sorted = [...route].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
  assert.deepEqual(labels(sorted).slice(0, 2), ['address', 'gateway'], 'required attributes first');
});

test('attribute names: an attribute that already has a value is renamed without a second value', () => {
  const { items, document } = complete(NET(`<bridge st${CURSOR}="on"/>`));
  const stp = item(items, 'stp');
  assert.equal(edit(stp).newText, 'stp');
  assert.match(accept(document, stp), /<bridge stp="on"\/>/);
});

test('attribute values inside empty quotes: <bridge stp="‸"', () => {
  const { items, document } = complete(NET(`<bridge stp="${CURSOR}"`), '"');
  assert.deepEqual(labels(items), ['on', 'off']);
  assert.match(accept(document, item(items, 'off')), /<bridge stp="off"/);
  assert.equal(item(items, 'on').kind, CompletionItemKind.EnumMember);
});

test('attribute values: an unterminated quote at the end of the text', () => {
  const { items } = complete(`<network><name>t</name><bridge stp="${CURSOR}`);
  assert.deepEqual(labels(items), ['on', 'off']);
});

test('attribute values replace the whole value and carry the value docs', () => {
  const { items, document } = complete(NET(`<forward mode='ro${CURSOR}ute'/>`), undefined);
  const nat = item(items, 'nat');
  assert.match(accept(document, nat), /<forward mode='nat'\/>/);
  assert.match((nat.documentation as MarkupContent).value, /masqueraded/);
});

test('attribute values right after = bring their quotes', () => {
  const { items, document } = complete(NET(`<forward mode=${CURSOR}/>`), '=');
  assert.match(accept(document, item(items, 'hostdev')), /<forward mode="hostdev"\/>/);
});

test('device names come from the host when the server knows its interfaces', () => {
  const host: HostFacts = { interfaces: ['eth0', 'enp3s0'] };
  assert.deepEqual(labels(complete(NET(`<forward mode='bridge'><interface dev="${CURSOR}"/></forward>`), '"', host).items), ['eth0', 'enp3s0']);
  assert.deepEqual(labels(complete(NET(`<forward mode='bridge'><interface dev="${CURSOR}"/></forward>`), '"').items), []);
  const service = getLanguageService({ getHostFacts: () => host });
  const marked = NET(`<forward dev="${CURSOR}"/>`);
  const document = TextDocument.create('file:///s.xml', 'xml', 1, marked.replace(CURSOR, ''));
  assert.deepEqual(labels(service.doComplete(document, document.positionAt(marked.indexOf(CURSOR)), '"').items), ['eth0', 'enp3s0']);
});

test('element names after <: singletons already present are not offered, repeatable ones are', () => {
  const { items } = complete(`<network>\n  <name>t</name>\n  <bridge name="virbr9"/>\n  <ip address="10.0.0.1" prefix="24"/>\n  <${CURSOR}\n</network>\n`, '<');
  const names = labels(items);
  assert.ok(!names.includes('bridge') && !names.includes('name'), JSON.stringify(names));
  for (const n of ['forward', 'ip', 'route', 'portgroup', 'dns', 'mtu', 'dnsmasq:options']) assert.ok(names.includes(n), n);
});

test('element names: singletons after the cursor count too', () => {
  const { items } = complete(`<network>\n  <${CURSOR}\n  <name>t</name>\n  <forward mode="nat"/>\n</network>\n`, '<');
  assert.ok(!labels(items).includes('forward'));
  assert.ok(!labels(items).includes('name'));
});

test('element snippets fill in required attributes and children', () => {
  const marked = NET(`<${CURSOR}`);
  const { items, document } = complete(marked, '<');
  assert.match(accept(document, item(items, 'mtu')), /<mtu size=""\/>/);
  assert.match(accept(document, item(items, 'vlan')), /<vlan>\n\t<tag id=""\/>\n<\/vlan>/);
  assert.match(accept(document, item(items, 'uuid')), /<uuid><\/uuid>/);
  assert.match(accept(document, item(items, 'forward')), /<forward>\n\t\n<\/forward>/);
  assert.equal(edit(item(items, 'route')).newText, 'route address="${1}" gateway="${2}"${3}/>$0', 'a stop for optional attributes after the required ones');
  assert.equal(edit(item(items, 'forward')).newText, 'forward${1}>\n\t$0\n</forward>');
  assert.equal(edit(item(items, 'mac')).newText, 'mac address="${1}"/>$0', 'no stop when there is nothing optional');
});

test('element names inside nested elements', () => {
  assert.deepEqual(labels(complete(NET(`<ip address="10.0.0.1" prefix="24">\n    <${CURSOR}\n  </ip>`), '<').items).sort(), ['dhcp', 'tftp']);
  assert.deepEqual(labels(complete(NET(`<ip address="10.0.0.1" prefix="24"><dhcp><range start="10.0.0.2" end="10.0.0.9"/><${CURSOR}</dhcp></ip>`), '<').items).sort(), ['bootp', 'host', 'range']);
  assert.deepEqual(labels(complete(NET(`<forward><nat><${CURSOR}</nat></forward>`), '<').items).sort(), ['address', 'port']);
  assert.deepEqual(labels(complete(NET(`<forward mode="hostdev"><${CURSOR}</forward>`), '<').items).sort(), ['address', 'driver', 'interface', 'nat', 'pf']);
  assert.ok(!labels(complete(NET(`<forward mode="bridge"><interface dev="eth0"/><${CURSOR}</forward>`), '<').items).includes('address'), '<interface> and <address> exclude each other');
  assert.ok(!labels(complete(NET(`<forward mode="hostdev"><${CURSOR}<address type="pci"/></forward>`), '<').items).includes('interface'));
});

test('a required child that is missing comes first and preselected', () => {
  const { items } = complete(`<network>\n  <${CURSOR}\n</network>`, '<');
  const sorted = [...items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
  assert.equal(sorted[0].label, 'name');
  assert.equal(sorted[0].preselect, true);
  assert.equal(item(items, 'title').detail, 'optional · libvirt ≥ 9.7.0');
});

test('renaming the name of a complete tag inserts only the name', () => {
  const { items, document } = complete(NET(`<brid${CURSOR} name="virbr9"/>`), undefined);
  const bridge = item(items, 'bridge');
  assert.equal(bridge.insertTextFormat, InsertTextFormat.PlainText);
  assert.match(accept(document, bridge), /<bridge name="virbr9"\/>/);
});

test('a half-typed tag in the middle of a document: what follows is still seen', () => {
  const marked = `<network>\n  <name>t</name>\n  <forward mo${CURSOR}\n  <ip address="10.0.0.1" prefix="24"/>\n</network>\n`;
  assert.ok(labels(complete(marked).items).includes('mode'));
  const elements = complete(`<network>\n  <name>t</name>\n  <${CURSOR}\n  <ip address="10.0.0.1" prefix="24"><dhcp/></ip>\n  <dns/>\n</network>\n`, '<');
  assert.ok(!labels(elements.items).includes('dns'));
  assert.ok(!labels(elements.items).includes('dhcp'), 'dhcp belongs in ip, not here');
});

test('the dnsmasq namespace: declared on the root when missing, its prefix reused when present', () => {
  const { items, document } = complete(NET(`<${CURSOR}`), '<');
  const options = item(items, 'dnsmasq:options');
  assert.match(accept(document, options), new RegExp(`^<network xmlns:dnsmasq="${DNSMASQ_NS}">`));
  const declared = complete(`<network xmlns:dm='${DNSMASQ_NS}'>\n  <name>t</name>\n  <${CURSOR}\n</network>`, '<');
  assert.ok(labels(declared.items).includes('dm:options'));
  assert.equal(item(declared.items, 'dm:options').additionalTextEdits, undefined);
  const inside = complete(`<network xmlns:dm='${DNSMASQ_NS}'><name>t</name><dm:options><${CURSOR}</dm:options></network>`, '<');
  assert.deepEqual(labels(inside.items), ['dm:option']);
});

test('the root start tag offers the namespace declaration', () => {
  const { items, document } = complete(`<network ${CURSOR}>\n  <name>t</name>\n</network>`, ' ');
  assert.match(accept(document, item(items, 'xmlns:dnsmasq')), new RegExp(`<network xmlns:dnsmasq="${DNSMASQ_NS}">`));
  assert.ok(labels(items).includes('ipv6'));
});

test('virtualport parameters follow the virtualport type', () => {
  assert.deepEqual(labels(complete(NET(`<virtualport type='802.1Qbh'><parameters ${CURSOR}/></virtualport>`), ' ').items), ['profileid']);
  assert.equal(labels(complete(NET(`<virtualport><parameters ${CURSOR}/></virtualport>`), ' ').items).length, 6);
});

test('closing tags: after </ and in text', () => {
  const { items, document } = complete(`<network>\n  <name>t</name>\n</${CURSOR}`, '/');
  assert.deepEqual(labels(items), ['</network>']);
  assert.match(accept(document, items[0]), /<\/network>$/);
  const inText = complete(`<network>\n  <name>t</name>\n  ${CURSOR}`);
  const closing = item(inText.items, '</network>');
  assert.match(accept(inText.document, closing), /\n  <\/network>$/);
  assert.ok(labels(inText.items).includes('forward'), 'element names too, with their <');
  assert.match(accept(inText.document, item(inText.items, 'mtu')), /\n  <mtu size=""\/>$/);
});

test('an empty document offers the <network> root with its required <name>', () => {
  const { items, document } = complete(`<${CURSOR}`, '<');
  assert.deepEqual(labels(items), ['network']);
  assert.equal(accept(document, items[0]), '<network>\n\t<name></name>\n\t\n</network>');
});

test('each trigger character completes only what it starts', () => {
  assert.deepEqual(complete(NET(`<bridge name="virbr0"/> ${CURSOR}`), ' ').items, []);
  assert.deepEqual(complete(NET(`<bridge name="virbr0"/>"${CURSOR}`), '"').items, []);
  assert.deepEqual(complete(NET(`<bridge ${CURSOR}`), '<').items, []);
});

test('nothing inside comments, for unknown elements, or in documents that are not networks', () => {
  assert.deepEqual(complete(NET(`<!-- <${CURSOR} -->`)).items, []);
  assert.deepEqual(complete(NET(`<colour ${CURSOR}/>`)).items, []);
  assert.deepEqual(complete(`<domain type='kvm'>\n  <${CURSOR}\n</domain>`, '<').items, []);
});

test('typing a libvirt NAT network (corpus nat-network.xml) character by character: completion and hover never fail', () => {
  const stock = readFileSync(join(__dirname, '../../../../shared/corpus/libvirt/networkxml2xmlin/nat-network.xml'), 'utf8');
  let sawMode = false;
  for (let end = 0; end <= stock.length; end++) {
    const document = TextDocument.create('file:///typing.xml', 'xml', 1, stock.slice(0, end));
    const position = document.positionAt(end);
    const list = doComplete(document, position);
    assert.ok(Array.isArray(list.items));
    for (const i of list.items) assert.ok(i.textEdit && 'range' in i.textEdit && document.offsetAt(i.textEdit.range.end) <= end + 1, `edit beyond the text at ${end}`);
    if (stock.slice(0, end).endsWith('<forward mo')) sawMode = list.items.some((i) => i.label === 'mode');
    doHover(document, position);
  }
  assert.ok(sawMode, 'the stock file has <forward mode=…> and completion offered mode while it was typed');
});
