import { test } from 'node:test';
import assert from 'node:assert/strict';
import { schemaDuplicateElement } from '../../../server/src/service/rules/schema-duplicate-element';
import { assertFires, assertQuiet, net, runRule } from '../../support/rule-harness';

test('schema-duplicate-element fires on the second copy and says the parser uses the first', () => {
  const p = assertFires(schemaDuplicateElement, net("<bridge name='virbr1'/>\n<⟦bridge⟧ name='virbr2'/>"), 'XML document failed to validate against schema: Element network allows only one <bridge>');
  assert.match(p.hint ?? '', /the parser silently uses the first <bridge>/);
  assert.equal(p.severity, 'warning');
});

test('schema-duplicate-element fires once per extra copy', () => {
  const { problems } = runRule(schemaDuplicateElement, net("<mtu size='1'/><mtu size='2'/><mtu size='3'/>"));
  assert.deepEqual(problems.map((p) => p.message.replace(/.*, /, '')), ['this is copy 2 of 3', 'this is copy 3 of 3']);
});

test('schema-duplicate-element: nested singletons, with what libvirt really does', () => {
  const lease = assertFires(schemaDuplicateElement, net("<ip address='10.0.0.1' prefix='24'><dhcp><range start='10.0.0.2' end='10.0.0.3'><lease expiry='1'/><⟦lease⟧ expiry='2'/></range></dhcp></ip>"), 'Element range allows only one <lease>');
  assert.match(lease.hint ?? '', /uses the last <lease>/);
  const nat = assertFires(schemaDuplicateElement, net("<forward mode='nat'><nat/><⟦nat⟧/></forward>"), 'Element forward allows only one <nat>');
  assert.match(nat.hint ?? '', /parser rejects it too/);
  assertFires(schemaDuplicateElement, net("<ip address='10.0.0.1' prefix='24'><tftp root='/a'/><⟦tftp⟧ root='/b'/></ip>"), 'Element ip allows only one <tftp>');
});

test('schema-duplicate-element is quiet on repeatable elements', () => {
  assertQuiet(schemaDuplicateElement, net("<ip address='10.0.0.1' prefix='24'/><ip family='ipv6' address='2001:db8::1' prefix='64'/><portgroup name='a'/><portgroup name='b'/><route address='10.1.0.0' prefix='16' gateway='10.0.0.2'/><route address='10.2.0.0' prefix='16' gateway='10.0.0.2'/>"));
  assertQuiet(schemaDuplicateElement, net("<dns><host ip='10.0.0.2'><hostname>a</hostname><hostname>b</hostname></host></dns>"));
});

test('schema-duplicate-element: same name in different parents is no duplicate', () => {
  assertQuiet(schemaDuplicateElement, net("<vlan><tag id='1'/></vlan><portgroup name='p'><vlan><tag id='2'/></vlan></portgroup>"));
});

test('schema-duplicate-element: copies under two prefixes bound to one namespace are still copies', () => {
  const ns = 'http://libvirt.org/schemas/network/dnsmasq/1.0';
  assertFires(
    schemaDuplicateElement,
    `<network xmlns:a="${ns}" xmlns:b="${ns}"><name>n</name><a:options><a:option value="x"/></a:options><⟦b:options⟧><b:option value="y"/></b:options></network>`,
    'allows only one <dnsmasq:options>',
  );
  // Many children with different names: nothing to compare, nothing reported.
  assertQuiet(schemaDuplicateElement, net("<bridge name='virbr1'/><mac address='52:54:00:00:00:01'/><domain name='lab'/><mtu size='9000'/>"));
});
