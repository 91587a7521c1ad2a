import { test } from 'node:test';
import assert from 'node:assert/strict';
import { schemaUnknownAttribute } from '../../../server/src/service/rules/schema-unknown-attribute';
import { assertFires, assertQuiet, net, runRule } from '../../support/rule-harness';

test('schema-unknown-attribute fires on the attribute name and lists the allowed ones', () => {
  const p = assertFires(schemaUnknownAttribute, net("<bridge name='virbr9' ⟦colour⟧='red'/>"), "XML document failed to validate against schema: Element bridge has no attribute 'colour'; allowed: name, zone, stp, delay, macTableManager");
  assert.equal(p.severity, 'warning');
  assert.deepEqual(p.fixes?.map((f) => f.title), ["Remove attribute 'colour'"]);
});

test('schema-unknown-attribute suggests the near miss', () => {
  const p = assertFires(schemaUnknownAttribute, net("<bridge ⟦dealy⟧='5'/>"), "has no attribute 'dealy'");
  assert.match(p.hint ?? '', /did you mean 'delay'/);
  assert.equal(p.fixes?.[0].title, "Rename attribute 'dealy' to 'delay'");
});

test('schema-unknown-attribute: elements without attributes say so', () => {
  assertFires(schemaUnknownAttribute, net("<ip address='10.0.0.1' prefix='24'><dhcp ⟦enabled⟧='yes'/></ip>"), "Element dhcp takes no attributes, found 'enabled'");
});

test('schema-unknown-attribute: namespace declarations are not attributes; xml:lang is', () => {
  assertQuiet(schemaUnknownAttribute, "<network xmlns:dnsmasq='http://libvirt.org/schemas/network/dnsmasq/1.0' xmlns='' ><name>a</name></network>");
  assertFires(schemaUnknownAttribute, net("<bridge ⟦xml:lang⟧='en'/>"), "no attribute 'xml:lang'");
});

test('schema-unknown-attribute ignores attributes of unknown elements and of metadata content', () => {
  assertQuiet(schemaUnknownAttribute, net("<colour shade='red'/><metadata><a:x xmlns:a='urn:a' any='1'/></metadata>"));
});

test('schema-unknown-attribute accepts 11.x attributes (domain register, driver model, forwarder port)', () => {
  const { problems } = runRule(schemaUnknownAttribute, net("<domain name='a' localOnly='yes' register='yes'/><forward mode='hostdev'><driver name='vfio' model='virtio'/></forward><dns><forwarder addr='1.1.1.1' port='53'/></dns>"));
  assert.deepEqual(problems, []);
});
