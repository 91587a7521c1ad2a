// Network XML summaries on XML captured from the real virsh.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseNetworkXml, splitNetworkXmlDocuments } from '../../server/src/host/network-xml';
import { decodeXmlEntities } from '../../server/src/host/xml-read';

const HOST = join(__dirname, '../../../test/fixtures/host');
const VIRSH = join(__dirname, '../../../test/fixtures/virsh');
const host = (name: string): string => readFileSync(join(HOST, name), 'utf8');

test('NAT network with netmask and two DHCP ranges; hostile name decoded exactly', () => {
  assert.deepEqual(parseNetworkXml(host('test-net-dumpxml-quotes.xml')), {
    name: `x'; net-destroy default; echo '$(touch pwned) "q" \\ back\ttab & <> é`,
    uuid: '22222222-2222-4222-8222-222222222222',
    bridge: 'virbr12',
    forwardMode: 'nat',
    ips: [{ family: 'ipv4', address: '10.12.0.1', prefix: 16, dhcpRanges: [{ start: '10.12.0.10', end: '10.12.0.99' }, { start: '10.12.1.10', end: '10.12.1.99' }] }],
  });
});

test('a name with a newline and no addresses', () => {
  const s = parseNetworkXml(host('test-net-dumpxml-newline.xml'));
  assert.equal(s.name, 'a\nnet-destroy default');
  assert.equal(s.forwardMode, 'isolated');
  assert.deepEqual(s.ips, []);
});

test('dual stack isolated network, IPv6 DHCP range', () => {
  const s = parseNetworkXml(host('test-net-dumpxml-dual.xml'));
  assert.equal(s.name, 'dual stack');
  assert.equal(s.forwardMode, 'isolated');
  assert.deepEqual(s.ips, [
    { family: 'ipv4', address: '10.13.0.1', prefix: 24, dhcpRanges: [] },
    { family: 'ipv6', address: 'fd00:13::1', prefix: 64, dhcpRanges: [{ start: 'fd00:13::100', end: 'fd00:13::1ff' }] },
  ]);
});

test('route with dev; numeric and dash-dash names stay strings', () => {
  const route = parseNetworkXml(host('test-net-dumpxml-route.xml'));
  assert.equal(route.name, '--all');
  assert.equal(route.forwardMode, 'route');
  assert.equal(route.forwardDev, 'eth0');
  assert.equal(route.ips[0].prefix, 25);
  const passthrough = parseNetworkXml(host('test-net-dumpxml-macvtap.xml'));
  assert.equal(passthrough.name, '123');
  assert.equal(typeof passthrough.name, 'string');
  assert.equal(passthrough.forwardMode, 'passthrough');
  assert.equal(passthrough.forwardDev, 'eth1');
  assert.equal(passthrough.bridge, undefined);
});

test('live XML of the real daemon (expanded <nat>, generated MAC)', () => {
  const s = parseNetworkXml(host('system-net-dumpxml-dual.xml'));
  assert.equal(s.forwardMode, 'nat');
  assert.equal(s.bridge, 'virbr5');
  assert.deepEqual(s.ips.map((ip) => `${ip.family} ${ip.address}/${ip.prefix} ${ip.dhcpRanges.length}`), ['ipv4 10.205.0.1/24 1', 'ipv6 fd00:205::1/64 0']);
  const def = parseNetworkXml(readFileSync(join(VIRSH, 'system-net-dumpxml-default.xml'), 'utf8'));
  assert.equal(def.name, 'default');
  assert.equal(def.ips[0].prefix, 24);
});

test('batched dumpxml output splits into its documents', () => {
  const docs = splitNetworkXmlDocuments(host('system-net-dumpxml-batch.xml'));
  assert.deepEqual(docs.map((d) => parseNetworkXml(d).name), ['default', 'quiet']);
  assert.deepEqual(splitNetworkXmlDocuments(''), []);
  assert.throws(() => splitNetworkXmlDocuments('<network><name>cut'), /ends inside a document/);
});

test('prefix from prefix, netmask, or libvirt defaults (as libvirt reads the <ip>)', () => {
  const prefix = (ip: string) => parseNetworkXml(`<network><name>n</name>${ip}</network>`).ips.map((i) => i.prefix);
  assert.deepEqual(prefix("<ip address='10.0.0.1' prefix='12'/>"), [12]);
  assert.deepEqual(prefix("<ip address='10.0.0.1' netmask='255.255.255.240'/>"), [28]);
  assert.deepEqual(prefix("<ip address='10.0.0.1'/>"), [8]);
  assert.deepEqual(prefix("<ip address='172.16.0.1'/>"), [16]);
  assert.deepEqual(prefix("<ip address='192.168.1.1'/>"), [24]);
  assert.deepEqual(prefix("<ip family='ipv6' address='fd00::1'/>"), [64]);
  assert.deepEqual(prefix("<ip address='10.0.0.1' prefix='0' netmask='255.255.0.0'/>"), [16]); // prefix 0 means unset
  assert.deepEqual(prefix("<ip address='224.0.0.1'/>"), []); // class D: libvirt has no prefix for it
});

test('entities decode, numeric ones included', () => {
  assert.equal(decodeXmlEntities('a&#10;b&#x9;c &amp;lt; &quot;&apos;'), 'a\nb\tc &lt; "\'');
});

test('not a network document', () => {
  assert.throws(() => parseNetworkXml('<domain/>'), /<network>/);
});
