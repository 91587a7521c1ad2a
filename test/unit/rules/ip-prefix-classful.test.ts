import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ipPrefixClassful } from '../../../server/src/service/rules/ip-prefix-classful';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('ip-prefix-classful: 10.x without prefix becomes /8, at the element', () => {
  const p = assertFires(ipPrefixClassful, net("<⟦ip⟧ address='10.24.10.1'/>"), "<ip address='10.24.10.1'> in network 'test' has no prefix or netmask: libvirt uses the classful prefix /8 (10.0.0.0/8)");
  assert.deepEqual(p.fixes?.map((f) => f.edits[0].newText), [" prefix='8'", " prefix='24'"]);
});

test("ip-prefix-classful: prefix='0' means unset, at the prefix", () => {
  assertFires(ipPrefixClassful, net("<ip address='172.16.5.1' prefix='⟦0⟧'/>"), 'libvirt uses the classful prefix /16 (172.16.0.0/16)');
  assertFires(ipPrefixClassful, net("<ip family='ipv6' address='fd00::1' prefix='⟦0⟧'/>"), 'libvirt uses the default prefix /64 (fd00::/64)');
});

test('ip-prefix-classful is quiet with a prefix or netmask, on IPv6 without prefix, and on class D (another rule)', () => {
  assertQuiet(ipPrefixClassful, net("<ip address='10.24.10.1' prefix='24'/>"));
  assertQuiet(ipPrefixClassful, net("<ip address='10.24.10.1' netmask='255.255.255.0'/>"));
  assertQuiet(ipPrefixClassful, net("<ip address='10.24.10.1' netmask='255.255.255.0' prefix='0'/>"));
  assertQuiet(ipPrefixClassful, net("<ip family='ipv6' address='fd00::1'/>"));
  assertQuiet(ipPrefixClassful, net("<ip address='224.0.0.1'/>"));
});
