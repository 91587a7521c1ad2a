import { test } from 'node:test';
import assert from 'node:assert/strict';
import { schemaAlternatives } from '../../../server/src/service/rules/schema-alternatives';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('schema-alternatives: netmask and prefix on <ip> and <route>', () => {
  const p = assertFires(schemaAlternatives, net("<ip address='10.0.0.1' netmask='255.255.255.0' prefix='⟦24⟧'/>"), 'XML document failed to validate against schema: Element ip: attributes netmask and prefix exclude each other');
  assert.equal(p.fixes?.length, 2);
  const zero = assertFires(schemaAlternatives, net("<ip address='10.0.0.1' netmask='255.255.255.0' prefix='⟦0⟧'/>"), 'exclude each other');
  assert.match(zero.hint ?? '', /parser accepts prefix='0'/);
  assertFires(schemaAlternatives, net("<route address='10.1.0.0' netmask='255.255.0.0' prefix='⟦16⟧' gateway='10.0.0.2'/>"), 'Element route: attributes netmask and prefix');
});

test('schema-alternatives: <interface> and <address> in one <forward>', () => {
  const p = assertFires(schemaAlternatives, net("<forward mode='hostdev'><interface dev='eth0'/><⟦address⟧ type='pci' bus='1'/></forward>"), '<interface> and <address> children exclude each other');
  assert.match(p.hint ?? '', /silently drops the <address> elements/);
});

test('schema-alternatives: DHCP host identity', () => {
  assertFires(schemaAlternatives, net("<ip address='10.0.0.1' prefix='24'><dhcp><host mac='52:54:00:00:00:01' id='⟦0:4:12⟧' ip='10.0.0.2'/></dhcp></ip>"), 'attributes mac and id exclude each other');
  assertFires(schemaAlternatives, net("<ip address='10.0.0.1' prefix='24'><dhcp><⟦host⟧ ip='10.0.0.2'/></dhcp></ip>"), 'one of the attributes mac, id or name is required');
  assertQuiet(schemaAlternatives, net("<ip address='10.0.0.1' prefix='24'><dhcp><host name='a' ip='10.0.0.2'/><host mac='52:54:00:00:00:01' name='b' ip='10.0.0.3'/></dhcp></ip>"));
});

test('schema-alternatives: virtualport parameters depend on the type', () => {
  assertFires(schemaAlternatives, net("<virtualport type='802.1Qbh'><parameters ⟦managerid⟧='5'/></virtualport>"), "attribute managerid is not allowed with virtualport type '802.1Qbh'; allowed: profileid");
  assertFires(schemaAlternatives, net("<portgroup name='p'><virtualport type='openvswitch'><parameters ⟦typeid⟧='5'/></virtualport></portgroup>"), "type 'openvswitch'");
  assertQuiet(schemaAlternatives, net("<virtualport><parameters managerid='5' profileid='x'/></virtualport>"));
});

test('schema-alternatives: midonet requires parameters with interfaceid', () => {
  assertFires(schemaAlternatives, net("<⟦virtualport⟧ type='midonet'/>"), "type 'midonet' requires <parameters interfaceid='…'/>");
  assertFires(schemaAlternatives, net("<virtualport type='midonet'><⟦parameters⟧/></virtualport>"), "requires attribute 'interfaceid'");
  assertQuiet(schemaAlternatives, net("<virtualport type='midonet'><parameters interfaceid='12345678-1234-1234-1234-123456789012'/></virtualport>"));
});
