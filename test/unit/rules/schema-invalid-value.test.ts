import { test } from 'node:test';
import assert from 'node:assert/strict';
import { schemaInvalidValue } from '../../../server/src/service/rules/schema-invalid-value';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test("schema-invalid-value: stp='maybe', in libvirt's wording, with what the parser does", () => {
  const p = assertFires(schemaInvalidValue, net("<bridge stp='⟦maybe⟧'/>"), "XML document failed to validate against schema: Element bridge, attribute stp: value 'maybe' is not one of on, off");
  assert.equal(p.hint, "libvirt's parser accepts it (treated as on: anything but 'off' means on) but `virsh net-define --validate` rejects it");
  assert.equal(p.severity, 'warning');
  assert.deepEqual(p.fixes?.map((f) => f.title), ["Change 'maybe' to 'on'", "Change 'maybe' to 'off'"]);
});

test('schema-invalid-value: enum values are case-sensitive, the fix offers the right case', () => {
  const p = assertFires(schemaInvalidValue, net("<forward mode='⟦NAT⟧'/>"), "value 'NAT' is not one of nat, route, open, bridge, private, vepa, passthrough, hostdev (values are case-sensitive: 'nat')");
  assert.deepEqual(p.fixes?.map((f) => f.title), ["Change 'NAT' to 'nat'"]);
});

test('schema-invalid-value: non-canonical addresses', () => {
  assertFires(schemaInvalidValue, net("<ip address='⟦10.1⟧' prefix='8'/>"), "Element ip, attribute address: value '10.1' is not a valid ipAddr");
  assertFires(schemaInvalidValue, net("<forward><nat><address start='⟦010.0.0.1⟧' end='10.0.0.9'/></nat></forward>"), "value '010.0.0.1' is not a valid ipv4Addr");
});

test('schema-invalid-value: MAC with single-digit octets', () => {
  assertFires(schemaInvalidValue, net("<mac address='⟦2:54:0:0:0:1⟧'/>"), "Element mac, attribute address: value '2:54:0:0:0:1' is not a valid uniMacAddr");
});

test("schema-invalid-value: a bridge name with '%' names the character", () => {
  const p = assertFires(schemaInvalidValue, net("<bridge name='⟦virbr%d⟧'/>"), "value 'virbr%d' contains '%', which is not allowed in a deviceName");
  assert.match(p.hint ?? '', /expands the %d template/);
});

test("schema-invalid-value: delay '+5' (XSD unsignedLong with a pattern)", () => {
  const p = assertFires(schemaInvalidValue, net("<bridge delay='⟦+5⟧'/>"), "Element bridge, attribute delay: value '+5' is not a valid unsignedLong");
  assert.match(p.hint ?? '', /read as 5/);
});

test('schema-invalid-value: numbers out of range say so', () => {
  assertFires(schemaInvalidValue, net("<mtu size='⟦70000⟧'/>"), "value '70000' is out of range 0…65535");
  assertFires(schemaInvalidValue, net("<forward><nat><port start='⟦0⟧' end='10'/></nat></forward>"), "value '0' is out of range 1…65535");
  assertFires(schemaInvalidValue, net("<vlan><tag id='⟦4096⟧'/></vlan>"), 'out of range 0…4095');
});

test('schema-invalid-value: an empty value is reported on the whole attribute', () => {
  assertFires(schemaInvalidValue, net('<bridge ⟦stp=""⟧/>'), "value '' is not one of on, off");
});

test('schema-invalid-value follows libxml2 on whitespace and signs', () => {
  assertQuiet(schemaInvalidValue, net("<bridge stp=' on ' delay=' 5'/><mtu size='+1500'/><forward mode=' nat '/>"));
  assertFires(schemaInvalidValue, net("<ip address='⟦ 10.0.0.1⟧' prefix='24'/>"), 'no surrounding whitespace allowed here');
  assertFires(schemaInvalidValue, net("<ip address='10.0.0.1' prefix='24' family='⟦ ipv4⟧'/>"), 'is not one of ipv4, ipv6');
});

test('schema-invalid-value accepts valid values of every kind, and 11.x values', () => {
  assertQuiet(
    schemaInvalidValue,
    net(`<bridge name='a:b/c.d-e_f' zone='trusted' stp='off' delay='0' macTableManager='libvirt'/>
  <forward mode='hostdev' managed='yes'><driver name='xen' model='virtio'/><address type='pci' domain='0x0000' bus='0x3' slot='0x1f' function='7'/></forward>
  <ip family='ipv6' address='2001:db8::1' prefix='64'/><ip address='10.0.0.1' netmask='255.255.255.0' localPtr='yes'/>
  <bandwidth classID='3'><inbound average='18014398509481984' burst='1'/></bandwidth>
  <virtualport type='802.1Qbg'><parameters managerid='0xff' typeid='0x123456' typeidversion='1' instanceid='12345678123412341234123456789012'/></virtualport>`),
  );
});
