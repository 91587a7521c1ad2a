/**
 * The schema rules against libvirt's own RelaxNG validator. Every network document of the libvirt
 * corpus, and a table of single-issue documents, goes through `xmllint --relaxng network.rng`
 * (libvirt 9.0's schema, what `virsh net-define --validate` uses on this machine) and through our
 * schema rules, and the verdicts must agree:
 *   xmllint-valid   ⇒ no schema warning from us;
 *   xmllint-invalid ⇒ at least one, unless the document only uses additions newer than 9.0
 *                     (the model follows upstream 11.x: those are valid, and we stay quiet).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { validateText, type Problem } from '../../server/src/service/validate';
import { schemaRules } from '../../server/src/service/rules/sections/schema';
import { parseXml } from '../../server/src/service/parse';
import { matchElement } from '../../server/src/service/model-match';
import { attributeDef } from '../../server/src/service/model';
import type { XmlElement } from '../../server/src/service/xml';

const CORPUS = join(__dirname, '../../../../shared/corpus/libvirt');
const RNG = '/usr/share/libvirt/schemas/network.rng';

function xmllintValid(file: string): { valid: boolean; output: string } {
  try {
    execFileSync('xmllint', ['--noout', '--relaxng', RNG, file], { stdio: ['ignore', 'pipe', 'pipe'] });
    return { valid: true, output: '' };
  } catch (error) {
    const e = error as { status?: number; stderr?: Buffer };
    // 3 = validity error, 4 = RNG not loadable, 1 = XML not well formed: only 3 is a verdict
    // (a namespace error also gives 3, after its own message).
    assert.equal(e.status, 3, `xmllint could not judge ${file}: ${String(e.stderr)}`);
    return { valid: false, output: String(e.stderr) };
  }
}

function schemaProblems(text: string): Problem[] {
  const result = validateText(text, { rules: schemaRules });
  assert.deepEqual(result.ruleFailures, []);
  return result.problems;
}

const describe = (ps: Problem[]): string => ps.map((p) => `${p.code}: ${p.message}`).join('\n');

/** The corpus's own record of the upstream 11.3 schema's verdict (verdicts.tsv, column rng_11.3). */
function rng113Verdicts(): Map<string, string> {
  const [header, ...rows] = readFileSync(join(CORPUS, 'verdicts.tsv'), 'utf8').trimEnd().split('\n');
  const cols = header.split('\t');
  const file = cols.indexOf('file');
  const rng = cols.indexOf('rng_11.3');
  assert.ok(file >= 0 && rng >= 0, 'verdicts.tsv has file and rng_11.3 columns');
  return new Map(rows.map((r) => r.split('\t')).map((c) => [c[file], c[rng]]));
}

function networkFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) files.push(...networkFiles(path));
    else if (/\.xml(\.in)?$/.test(entry) && /^\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*)*<network[\s>]/.test(readFileSync(path, 'utf8'))) files.push(path);
  }
  return files;
}

const corpusFiles = networkFiles(CORPUS);
const newerSchemaVerdicts = rng113Verdicts();

test('the corpus has network documents to judge', () => {
  assert.ok(corpusFiles.length >= 100, `${corpusFiles.length} files in ${CORPUS}`);
});

for (const file of corpusFiles) {
  const name = relative(CORPUS, file);
  test(`corpus ${name}: schema warnings agree with xmllint`, () => {
    const { valid, output } = xmllintValid(file);
    const problems = schemaProblems(readFileSync(file, 'utf8'));
    if (valid) {
      assert.equal(describe(problems), '', 'xmllint validates it');
      return;
    }
    if (newerSchemaVerdicts.get(name) === 'PASS') {
      assert.equal(describe(problems), '', `only libvirt 9.0's schema rejects it (11.3's accepts it): ${output}`);
      return;
    }
    assert.ok(problems.length > 0, `xmllint rejects it:\n${output}`);
  });
}

/**
 * Single-issue documents: the examples of LIBVIRT-NETWORK-RULES.md §5.3 ("the parser accepts,
 * the schema rejects") and their valid neighbours. `rule` is the rule that must fire, or null when
 * xmllint accepts the document; `newer` marks documents only a newer schema accepts.
 */
interface Case {
  title: string;
  body: string;
  rule: string | null;
  newer?: true;
  root?: string;
}

const CASES: Case[] = [
  { title: 'stp maybe', body: "<bridge name='virbr9' stp='maybe'/>", rule: 'schema-invalid-value' },
  { title: 'stp with spaces (RNG values are tokens)', body: "<bridge name='virbr9' stp=' on '/>", rule: null },
  { title: 'delay +5', body: "<bridge delay='+5'/>", rule: 'schema-invalid-value' },
  { title: 'delay with spaces', body: "<bridge delay=' 5 '/>", rule: null },
  { title: 'mtu +1500 (XSD unsignedShort takes a sign)', body: "<mtu size='+1500'/>", rule: null },
  { title: 'mtu 70000', body: "<mtu size='70000'/>", rule: 'schema-invalid-value' },
  { title: 'mtu -1', body: "<mtu size='-1'/>", rule: 'schema-invalid-value' },
  { title: 'bridge name template', body: "<bridge name='virbr%d'/>", rule: 'schema-invalid-value' },
  { title: 'bridge name with a space', body: "<bridge name='my br'/>", rule: 'schema-invalid-value' },
  { title: 'bridge name with colon and slash', body: "<bridge name='a:b/c'/>", rule: null },
  { title: 'zone with a space', body: "<bridge zone='my zone'/>", rule: 'schema-invalid-value' },
  { title: 'ip 10.1', body: "<ip address='10.1' prefix='8'/>", rule: 'schema-invalid-value' },
  { title: 'ip hex', body: "<ip address='0xC0A80101' prefix='24'/>", rule: 'schema-invalid-value' },
  { title: 'ip with zone id', body: "<ip family='ipv6' address='fe80::1%eth0' prefix='64'/>", rule: 'schema-invalid-value' },
  { title: 'ip with leading space', body: "<ip address=' 10.0.0.1' prefix='24'/>", rule: 'schema-invalid-value' },
  { title: 'ipv6 ok', body: "<ip family='ipv6' address='2001:db8::1' prefix='64'/>", rule: null },
  { title: 'prefix 33 (schema: a choice of v4 and v6 prefixes)', body: "<ip address='10.0.0.1' prefix='33'/>", rule: null },
  { title: 'mac single-digit octets', body: "<mac address='2:54:0:0:0:1'/>", rule: 'schema-invalid-value' },
  { title: 'mac multicast', body: "<mac address='01:54:00:00:00:01'/>", rule: 'schema-invalid-value' },
  { title: 'managed maybe', body: "<forward mode='hostdev' managed='maybe'><pf dev='eth0'/></forward>", rule: 'schema-invalid-value' },
  { title: 'portgroup default YES', body: "<portgroup name='a' default='YES'/>", rule: 'schema-invalid-value' },
  { title: 'domain with underscore', body: "<domain name='my_domain'/>", rule: 'schema-invalid-value' },
  { title: 'srv sctp', body: "<dns><srv service='name' protocol='sctp'/></dns>", rule: 'schema-invalid-value' },
  { title: 'nat port 0', body: "<forward mode='nat'><nat><port start='0' end='1023'/></nat></forward>", rule: 'schema-invalid-value' },
  { title: 'bandwidth average 0', body: "<bandwidth><inbound average='0'/></bandwidth>", rule: 'schema-invalid-value' },
  { title: 'bandwidth over 2^32 (11.x allows 2^54)', body: "<bandwidth><inbound average='5000000000'/></bandwidth>", rule: null, newer: true },
  { title: 'vlan trunk no', body: "<vlan trunk='no'><tag id='5'/></vlan>", rule: 'schema-invalid-value' },
  { title: 'vlan tag 4096', body: "<vlan><tag id='4096'/></vlan>", rule: 'schema-invalid-value' },
  { title: 'pci slot 0x20', body: "<forward mode='hostdev'><address type='pci' domain='0' bus='0' slot='0x20' function='0'/></forward>", rule: 'schema-invalid-value' },
  { title: 'pci hex ok', body: "<forward mode='hostdev'><address type='pci' domain='0x0000' bus='0x03' slot='0x1f' function='0x7'/></forward>", rule: null },
  { title: 'family IPV4', body: "<ip address='10.0.0.1' prefix='24' family='IPV4'/>", rule: 'schema-invalid-value' },
  { title: 'forward mode NAT', body: "<forward mode='NAT'/>", rule: 'schema-invalid-value' },
  { title: 'lease unit days', body: "<ip address='10.0.0.1' prefix='24'><dhcp><range start='10.0.0.2' end='10.0.0.9'><lease expiry='1' unit='days'/></range></dhcp></ip>", rule: 'schema-invalid-value' },
  { title: 'uuid malformed', body: '<uuid>1234</uuid>', rule: 'schema-invalid-text' },
  { title: 'uuid with spaces', body: '<uuid> 12345678-1234-1234-1234-123456789012 </uuid>', rule: 'schema-invalid-text' },
  { title: 'uuid 32 hex', body: '<uuid>12345678123412341234123456789012</uuid>', rule: null },
  { title: 'hostname with underscore', body: "<dns><host ip='10.0.0.5'><hostname>my_host</hostname></host></dns>", rule: 'schema-invalid-text' },
  { title: 'text inside bridge', body: "<bridge name='virbr9'>hello</bridge>", rule: 'schema-invalid-text' },
  { title: 'whitespace and comments inside bridge', body: "<bridge name='virbr9'> <!-- c --> </bridge>", rule: null },
  { title: 'text in metadata', body: '<metadata>hello</metadata>', rule: 'schema-invalid-text' },
  { title: 'anything inside metadata', body: "<metadata><app:x xmlns:app='urn:app' a='1'>t<y/></app:x><plain/></metadata>", rule: null },
  { title: 'unknown element', body: "<colour name='red'/>", rule: 'schema-unknown-element' },
  { title: 'dhcp in the wrong place', body: '<dhcp/>', rule: 'schema-unknown-element' },
  { title: 'element inside bridge', body: '<bridge><b/></bridge>', rule: 'schema-unknown-element' },
  { title: 'foreign namespace element outside metadata', body: "<app:x xmlns:app='urn:app'/>", rule: 'schema-unknown-element' },
  { title: 'unknown attribute', body: "<bridge name='virbr9' colour='red'/>", rule: 'schema-unknown-attribute' },
  { title: 'xml:lang attribute', body: "<bridge xml:lang='en'/>", rule: 'schema-unknown-attribute' },
  { title: 'namespace declarations are not attributes', body: "<bridge xmlns:app='urn:app' name='virbr9'/>", rule: null },
  { title: 'duplicate bridge', body: "<bridge name='virbr9'/><bridge name='virbr8'/>", rule: 'schema-duplicate-element' },
  { title: 'duplicate dhcp', body: "<ip address='10.0.0.1' prefix='24'><dhcp/><dhcp/></ip>", rule: 'schema-duplicate-element' },
  { title: 'two ips are fine', body: "<ip address='10.0.0.1' prefix='24'/><ip family='ipv6' address='2001:db8::1' prefix='64'/>", rule: null },
  { title: 'mtu without size', body: '<mtu/>', rule: 'schema-missing-attribute' },
  { title: 'interface without dev', body: "<forward mode='bridge'><interface/></forward>", rule: 'schema-missing-attribute' },
  { title: 'dnsmasq option without value', body: '<dnsmasq:options><dnsmasq:option/></dnsmasq:options>', rule: 'schema-missing-attribute' },
  { title: 'dnsmasq options', body: "<dnsmasq:options><dnsmasq:option value='foo=bar'/></dnsmasq:options>", rule: null },
  { title: 'dnsmasq namespace under another prefix', body: "<dm:options xmlns:dm='http://libvirt.org/schemas/network/dnsmasq/1.0'><dm:option value='x'/></dm:options>", rule: null },
  {
    title: 'dnsmasq prefix not declared',
    body: "<dnsmasq:options><dnsmasq:option value='x'/></dnsmasq:options>",
    rule: 'schema-unknown-element',
    root: '<network>',
  },
  { title: 'vlan without tag', body: '<vlan/>', rule: 'schema-missing-element' },
  { title: 'dns host without hostname', body: "<dns><host ip='10.0.0.5'/></dns>", rule: 'schema-missing-element' },
  { title: 'netmask and prefix', body: "<ip address='10.0.0.1' netmask='255.255.255.0' prefix='24'/>", rule: 'schema-alternatives' },
  { title: 'route netmask and prefix', body: "<route address='10.1.0.0' netmask='255.255.0.0' prefix='16' gateway='10.0.0.2'/>", rule: 'schema-alternatives' },
  { title: 'interface and address in forward', body: "<forward mode='hostdev'><interface dev='eth0'/><address type='pci' domain='0' bus='1' slot='0' function='0'/></forward>", rule: 'schema-alternatives' },
  { title: 'dhcp host with mac and id', body: "<ip address='10.0.0.1' prefix='24'><dhcp><host mac='52:54:00:00:00:01' id='0:4:12:34:56:78:12:34:12:34:12:34:12:34:56:78:9a:bc' ip='10.0.0.2'/></dhcp></ip>", rule: 'schema-alternatives' },
  { title: 'dhcp host with only ip', body: "<ip address='10.0.0.1' prefix='24'><dhcp><host ip='10.0.0.2'/></dhcp></ip>", rule: 'schema-alternatives' },
  { title: 'dhcp host with only name', body: "<ip address='10.0.0.1' prefix='24'><dhcp><host name='a' ip='10.0.0.2'/></dhcp></ip>", rule: null },
  { title: 'Qbh with a Qbg parameter', body: "<virtualport type='802.1Qbh'><parameters managerid='5'/></virtualport>", rule: 'schema-alternatives' },
  { title: 'typeless virtualport takes any parameter', body: "<virtualport><parameters managerid='5' profileid='x'/></virtualport>", rule: null },
  { title: 'midonet without parameters', body: "<virtualport type='midonet'/>", rule: 'schema-alternatives' },
  { title: 'midonet with interfaceid', body: "<virtualport type='midonet'><parameters interfaceid='12345678-1234-1234-1234-123456789012'/></virtualport>", rule: null },
  { title: 'title (9.7)', body: '<title>Lab network</title>', rule: null, newer: true },
  { title: 'description (9.7)', body: '<description>For the lab</description>', rule: null, newer: true },
  { title: 'domain register (10.1)', body: "<domain name='lab' localOnly='yes' register='yes'/>", rule: null, newer: true },
  { title: 'driver model (10.0)', body: "<forward mode='hostdev'><driver model='virtio'/><pf dev='eth0'/></forward>", rule: null, newer: true },
  { title: 'forwarder port (12.0)', body: "<dns><forwarder addr='10.0.0.53' port='5353'/></dns>", rule: null, newer: true },
  { title: 'default namespace on the root', body: '', rule: 'schema-unknown-element', root: "<network xmlns='urn:other'>" },
];

const DNSMASQ_ROOT = "<network xmlns:dnsmasq='http://libvirt.org/schemas/network/dnsmasq/1.0'>";

const dir = mkdtempSync(join(tmpdir(), 'schema-cases-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

CASES.forEach((c, index) => {
  test(`case ${c.title}: ${c.rule ?? 'valid'}${c.newer ? ' (newer than 9.0)' : ''}, like xmllint`, () => {
    const text = `${c.root ?? DNSMASQ_ROOT}\n  <name>t</name>\n  ${c.body}\n</network>\n`;
    const file = join(dir, `case-${index}.xml`);
    writeFileSync(file, text);
    const { valid, output } = xmllintValid(file);
    const problems = schemaProblems(text);
    if (c.rule === null) {
      assert.equal(valid, !c.newer, `xmllint (libvirt 9.0 schema) ${valid ? 'accepts' : 'rejects'} it: ${output}`);
      assert.equal(describe(problems), '', 'valid for the schema we follow');
    } else {
      assert.equal(valid, false, 'xmllint rejects it');
      assert.ok(problems.length > 0, `xmllint says:\n${output}`);
      assert.ok(problems.some((p) => p.code === c.rule), `expected ${c.rule}; we said:\n${describe(problems)}`);
      for (const p of problems) {
        assert.equal(p.severity, 'warning');
        assert.ok(p.message.startsWith('XML document failed to validate against schema: '), p.message);
      }
    }
  });
});

/**
 * Whether a document relies on something only libvirt newer than 9.0 accepts: a model element or
 * attribute with `since`, or the model's relaxations of the 9.0 schema (forward <driver> without
 * name or with name='xen', bandwidth rates above 2^32-1).
 */
function usesNewerThan90(text: string): boolean {
  const { root } = parseXml(text);
  if (!root) return false;
  const visit = (e: XmlElement): boolean => {
    const match = matchElement(e);
    if (match.kind !== 'known') return false;
    if (match.def.since !== undefined) return true;
    for (const a of e.attributes) {
      const def = attributeDef(match.id, a.name);
      if (def?.since !== undefined) return true;
      if (def?.type === 'speed' && /^[0-9]+$/.test(a.value) && BigInt(a.value) > 4294967295n) return true;
    }
    if (match.id === 'forward.driver' && !e.attributes.some((a) => a.name === 'name' && a.value.trim() !== 'xen')) return true;
    return e.children.some(visit);
  };
  return visit(root);
}

/**
 * Differential test: seeded mutations of corpus documents (a value replaced, an attribute added
 * or dropped, an element duplicated, moved or dropped), each judged by xmllint and by our rules.
 */
const VALUES = ['', ' ', 'yes', 'no', 'on', 'off', 'Yes', ' on', '0', '1', '+1', '-1', '65535', '65536', '4294967295', '4294967296', '0x10', '0xff', '0x1f', '0x20', '7', '8',
  '10.0.0.1', '10.1', '010.0.0.1', '::1', 'fe80::1%eth0', '2001:db8::', '52:54:00:00:00:01', '53:54:00:00:00:01', 'virbr0', 'vir br', 'a_b', 'a.b', 'x'.repeat(40),
  'tcp', 'udp', 'nat', 'hostdev', 'ipv4', 'ipv6', 'hours', 'days', 'pci', 'kernel', 'tagged', '802.1Qbg', 'midonet', '12345678-1234-1234-1234-123456789012',
  '00:04:12:34:56:78:12:34:12:34:12:34:12:34:56:78:9a:bc', '/srv', 'abc'];
const ATTRIBUTE_NAMES = ['name', 'dev', 'mode', 'type', 'address', 'prefix', 'netmask', 'id', 'mac', 'ip', 'start', 'end', 'value', 'colour', 'family', 'xmlns:foo', 'xml:lang',
  'profileid', 'managerid', 'interfaceid', 'trunk', 'stp'];
const MUTATIONS = 250;

test(`${MUTATIONS} mutated corpus documents: schema warnings agree with xmllint`, () => {
  const sources = corpusFiles.map((f) => readFileSync(f, 'utf8'));
  let seed = 20240611;
  const pick = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const disagreements: string[] = [];
  let judged = 0;
  let rejected = 0;
  for (let k = 0; k < MUTATIONS; k++) {
    let text = sources[pick(sources.length)];
    const { root } = parseXml(text);
    assert.ok(root);
    const elements: XmlElement[] = [];
    const collect = (e: XmlElement): void => {
      elements.push(e);
      e.children.forEach(collect);
    };
    collect(root);
    const e = elements[pick(elements.length)];
    const a = e.attributes.length > 0 ? e.attributes[pick(e.attributes.length)] : undefined;
    const other = elements[pick(elements.length)];
    const value = VALUES[pick(VALUES.length)];
    const kind = pick(6);
    let what: string;
    if (kind === 0 && a) {
      text = text.slice(0, a.valueRange.start) + value + text.slice(a.valueRange.end);
      what = `${e.name}@${a.name}='${value}'`;
    } else if (kind === 1) {
      const name = ATTRIBUTE_NAMES[pick(ATTRIBUTE_NAMES.length)];
      if (e.attributes.some((x) => x.name === name)) continue;
      text = `${text.slice(0, e.nameRange.end)} ${name}="${value}"${text.slice(e.nameRange.end)}`;
      what = `add ${e.name}@${name}='${value}'`;
    } else if (kind === 2 && e.parent) {
      text = text.slice(0, e.range.end) + text.slice(e.range.start, e.range.end) + text.slice(e.range.end);
      what = `duplicate ${e.name}`;
    } else if (kind === 3 && a) {
      text = text.slice(0, a.range.start) + text.slice(a.range.end);
      what = `drop ${e.name}@${a.name}`;
    } else if (kind === 4 && !e.selfClosing && other.parent) {
      text = text.slice(0, e.startTagEnd) + text.slice(other.range.start, other.range.end) + text.slice(e.startTagEnd);
      what = `copy ${other.name} into ${e.name}`;
    } else if (kind === 5 && e.parent) {
      text = text.slice(0, e.range.start) + text.slice(e.range.end);
      what = `drop ${e.name}`;
    } else continue;
    const file = join(dir, `mutation-${k}.xml`);
    writeFileSync(file, text);
    const { valid, output } = xmllintValid(file);
    const problems = schemaProblems(text);
    judged++;
    if (!valid) rejected++;
    if (!valid && usesNewerThan90(text)) continue;
    if (valid !== (problems.length === 0)) disagreements.push(`${what}: xmllint ${valid ? 'accepts' : `rejects (${output.split('\n')[0]})`}; we said:\n${describe(problems) || '(nothing)'}`);
  }
  assert.ok(judged > MUTATIONS / 3 && rejected > judged / 4, `${judged} judged, ${rejected} rejected: the mutations must exercise both verdicts`);
  assert.deepEqual(disagreements, []);
});
