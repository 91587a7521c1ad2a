import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ipFamilyMismatch } from '../../../server/src/service/rules/ip-family-mismatch';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('ip-family-mismatch: IPv6 address without family, at the element, fix adds family', () => {
  const p = assertFires(ipFamilyMismatch, net("<⟦ip⟧ address='fd00::1' prefix='64'/>"), "no family specified for non-IPv4 address 'fd00::1' in network 'test'");
  assert.equal(p.fixes?.[0].edits[0].newText, " family='ipv6'");
});

test("ip-family-mismatch: IPv6 address with family='ipv4', at the family", () => {
  assertFires(ipFamilyMismatch, net("<ip family='⟦ipv4⟧' address='fd00::1' prefix='64'/>"), "ipv4 family specified for non-IPv4 address 'fd00::1' in network 'test'");
});

test("ip-family-mismatch: IPv4 address with family='ipv6'", () => {
  assertFires(ipFamilyMismatch, net("<ip family='⟦ipv6⟧' address='10.0.0.1' prefix='24'/>"), "Family 'ipv6' specified for non-IPv6 address '10.0.0.1' in network 'test'");
});

test('ip-family-mismatch is quiet when family and address agree (an empty family is ipv4)', () => {
  assertQuiet(ipFamilyMismatch, net("<ip family='ipv6' address='fd00::1' prefix='64'/>"));
  assertQuiet(ipFamilyMismatch, net("<ip address='10.0.0.1' prefix='24'/>"));
  assertQuiet(ipFamilyMismatch, net("<ip family='' address='10.0.0.1' prefix='24'/>"));
  assertQuiet(ipFamilyMismatch, net("<ip family='IPv6' address='fd00::1' prefix='64'/>"));
});
