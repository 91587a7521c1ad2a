import { test } from 'node:test';
import assert from 'node:assert/strict';
import { schemaUnknownElement } from '../../../server/src/service/rules/schema-unknown-element';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

const DNSMASQ = "xmlns:dnsmasq='http://libvirt.org/schemas/network/dnsmasq/1.0'";

test('schema-unknown-element names the allowed children and suggests the near miss', () => {
  const p = assertFires(schemaUnknownElement, net("<⟦brige⟧ name='virbr9'/>"), 'XML document failed to validate against schema: Element <brige> is not allowed in <network>; expected one of: name,');
  assert.match(p.message, /bridge, mtu, mac, forward/);
  assert.match(p.hint ?? '', /parser ignores it/);
  assert.match(p.hint ?? '', /net-define --validate/);
  assert.equal(p.severity, 'warning');
  assert.deepEqual(p.fixes?.[0].title, 'Rename <brige> to <bridge>');
  assert.equal(p.fixes?.[0].edits.length, 1, 'self-closing: only the start tag');
});

test('schema-unknown-element renames both tags of a misspelt element with content', () => {
  const text = net("<⟦forwrd⟧ mode='nat'></forwrd>");
  const p = assertFires(schemaUnknownElement, text, 'Element <forwrd> is not allowed in <network>');
  const clean = text.replace('⟦', '').replace('⟧', '');
  const edited = [...(p.fixes?.[0].edits ?? [])].sort((a, b) => b.range.start - a.range.start).reduce((t, e) => t.slice(0, e.range.start) + e.newText + t.slice(e.range.end), clean);
  assert.match(edited, /<forward mode='nat'><\/forward>/);
});

test('schema-unknown-element says where a misplaced element belongs', () => {
  const p = assertFires(schemaUnknownElement, net('<⟦dhcp⟧/>'), 'Element <dhcp> is not allowed in <network>');
  assert.match(p.hint ?? '', /<dhcp> belongs in <ip>/);
});

test('schema-unknown-element fires on children of text-only and empty elements', () => {
  assertFires(schemaUnknownElement, net("<bridge name='virbr9'><⟦x⟧/></bridge>"), '<bridge> has no child elements');
  assertFires(schemaUnknownElement, '<network><name>a<⟦b⟧/></name></network>', '<name> takes text only');
});

test('schema-unknown-element: foreign elements are fine inside <metadata> only', () => {
  assertQuiet(schemaUnknownElement, net("<metadata><app:x xmlns:app='urn:app'><app:deep/></app:x><plain/></metadata>"));
  assertFires(schemaUnknownElement, net("<⟦app:x⟧ xmlns:app='urn:app'/>"), "Element <app:x> (namespace 'urn:app') is not allowed in <network>");
});

test('schema-unknown-element reports only the outermost unknown element', () => {
  assertFires(schemaUnknownElement, net('<⟦extra⟧><inner/><more/></extra>'), 'Element <extra>');
});

test('schema-unknown-element knows the dnsmasq namespace, under any prefix', () => {
  assertQuiet(schemaUnknownElement, `<network ${DNSMASQ}><name>a</name><dnsmasq:options><dnsmasq:option value='x'/></dnsmasq:options></network>`);
  assertQuiet(schemaUnknownElement, "<network xmlns:d='http://libvirt.org/schemas/network/dnsmasq/1.0'><name>a</name><d:options><d:option value='x'/></d:options></network>");
  assertFires(schemaUnknownElement, `<network ${DNSMASQ}><name>a</name><dnsmasq:options><⟦dnsmasq:opton⟧ value='x'/></dnsmasq:options></network>`, 'is not allowed in <dnsmasq:options>');
});

test('schema-unknown-element: an undeclared dnsmasq prefix gets a fix that declares it', () => {
  const p = assertFires(schemaUnknownElement, '<network><name>a</name><⟦dnsmasq:options⟧/></network>', "namespace prefix 'dnsmasq' is not declared");
  assert.equal(p.fixes?.[0].edits[0].newText, " xmlns:dnsmasq='http://libvirt.org/schemas/network/dnsmasq/1.0'");
  assert.equal(p.fixes?.[0].edits[0].range.start, '<network'.length);
});

test('schema-unknown-element: a default namespace on the root', () => {
  assertFires(schemaUnknownElement, "<⟦network⟧ xmlns='urn:x'><name>a</name></network>", "expecting no namespace, found 'urn:x'");
});

test('schema-unknown-element accepts every element of a full network, including 11.x additions', () => {
  assertQuiet(
    schemaUnknownElement,
    net(`<title>t</title><description>d</description><uuid>12345678-1234-1234-1234-123456789012</uuid>
  <bridge name='virbr9'/><mtu size='1500'/><mac address='52:54:00:00:00:01'/>
  <forward mode='nat'><nat><address start='1.2.3.4' end='1.2.3.5'/><port start='1024' end='2048'/></nat></forward>
  <domain name='lab'/><dns><forwarder addr='8.8.8.8'/><txt name='a' value='b'/><srv service='s' protocol='tcp'/><host ip='10.0.0.2'><hostname>h</hostname></host></dns>
  <ip address='10.0.0.1' prefix='24'><tftp root='/srv'/><dhcp><range start='10.0.0.2' end='10.0.0.9'><lease expiry='1'/></range><host mac='52:54:00:00:00:02' ip='10.0.0.3'/><bootp file='pxe'/></dhcp></ip>
  <route address='10.1.0.0' prefix='16' gateway='10.0.0.2'/><port isolated='yes'/>
  <portgroup name='p'><virtualport type='openvswitch'><parameters profileid='x'/></virtualport><bandwidth><inbound average='1'/><outbound average='1'/></bandwidth><vlan><tag id='5'/></vlan></portgroup>`),
  );
});
