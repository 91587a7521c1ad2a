import { test } from 'node:test';
import assert from 'node:assert/strict';
import { schemaMissingAttribute } from '../../../server/src/service/rules/schema-missing-attribute';
import { assertFires, assertQuiet, net, runRule } from '../../support/rule-harness';

test('schema-missing-attribute fires on the element and offers to add the attribute', () => {
  const p = assertFires(schemaMissingAttribute, net('<⟦mtu⟧/>'), "XML document failed to validate against schema: Element mtu: missing required attribute 'size'");
  assert.equal(p.severity, 'warning');
  assert.deepEqual(p.fixes?.[0].edits, [{ range: { start: p.range.end, end: p.range.end }, newText: ' size=""' }]);
});

test('schema-missing-attribute: one problem per missing attribute', () => {
  const { problems } = runRule(schemaMissingAttribute, net('<dns><srv/></dns>'));
  assert.deepEqual(problems.map((p) => p.message.replace(/.*attribute /, '')), ["'service'", "'protocol'"]);
});

test('schema-missing-attribute covers the dnsmasq namespace and nested elements', () => {
  assertFires(schemaMissingAttribute, "<network xmlns:dnsmasq='http://libvirt.org/schemas/network/dnsmasq/1.0'><name>a</name><dnsmasq:options><⟦dnsmasq:option⟧/></dnsmasq:options></network>", "missing required attribute 'value'");
  assertFires(schemaMissingAttribute, net("<forward mode='nat'><nat><address start='1.2.3.4'/><port start='1' end='2'/></nat></forward>").replace('<address', '<⟦address⟧'), "Element address: missing required attribute 'end'");
});

test('schema-missing-attribute is quiet on optional attributes and while a start tag is being typed', () => {
  assertQuiet(schemaMissingAttribute, net("<bridge/><ip address='10.0.0.1'/><forward/>"));
  assertQuiet(schemaMissingAttribute, '<network><name>a</name><mtu ');
});
