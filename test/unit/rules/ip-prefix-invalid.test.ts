import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ipPrefixInvalid } from '../../../server/src/service/rules/ip-prefix-invalid';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('ip-prefix-invalid fires on a non-integer prefix, with a fix for "/24"', () => {
  const p = assertFires(ipPrefixInvalid, net("<ip address='10.0.0.1' prefix='⟦/24⟧'/>"), "Invalid value for attribute 'prefix' in element 'ip': '/24'. Expected non-negative integer value");
  assert.equal(p.fixes?.[0].edits[0].newText, '24');
});

test('ip-prefix-invalid fires on trailing space, an empty value and -0 (virsh 9.0 rejects them)', () => {
  assertFires(ipPrefixInvalid, net("<ip address='10.0.0.1' prefix='⟦24 ⟧'/>"), "'24 '");
  assertFires(ipPrefixInvalid, net("<ip address='10.0.0.1' ⟦prefix=''⟧/>"), "''");
  assertFires(ipPrefixInvalid, net("<ip address='10.0.0.1' prefix='⟦-0⟧'/>"), "'-0'");
});

test('ip-prefix-invalid is quiet on what strtoul accepts: leading space, +, 0', () => {
  assertQuiet(ipPrefixInvalid, net("<ip address='10.0.0.1' prefix='24'/>"));
  assertQuiet(ipPrefixInvalid, net("<ip address='10.0.0.1' prefix=' 24'/>"));
  assertQuiet(ipPrefixInvalid, net("<ip address='10.0.0.1' prefix='+24'/>"));
  assertQuiet(ipPrefixInvalid, net("<ip address='10.0.0.1' prefix='0'/>"));
});
