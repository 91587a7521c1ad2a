import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ipFamilyUnknown } from '../../../server/src/service/rules/ip-family-unknown';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('ip-family-unknown fires on IPv6 (case matters), with a lower-case fix', () => {
  const p = assertFires(ipFamilyUnknown, net("<ip family='⟦IPv6⟧' address='fd00::1' prefix='64'/>"), "Unrecognized family 'IPv6' in network 'test'");
  assert.equal(p.fixes?.[0].edits[0].newText, 'ipv6');
});

test('ip-family-unknown is quiet on ipv4, ipv6 and an empty family (treated as absent)', () => {
  assertQuiet(ipFamilyUnknown, net("<ip family='ipv6' address='fd00::1' prefix='64'/>"));
  assertQuiet(ipFamilyUnknown, net("<ip family='ipv4' address='10.0.0.1' prefix='24'/>"));
  assertQuiet(ipFamilyUnknown, net("<ip family='' address='10.0.0.1' prefix='24'/>"));
});
