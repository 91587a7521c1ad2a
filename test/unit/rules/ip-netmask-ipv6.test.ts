import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ipNetmaskIpv6 } from '../../../server/src/service/rules/ip-netmask-ipv6';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('ip-netmask-ipv6 fires on a netmask in an IPv6 <ip>, fix turns it into prefix 64', () => {
  const p = assertFires(ipNetmaskIpv6, net("<ip family='ipv6' address='fd00::1' netmask='⟦ffff:ffff:ffff:ffff::⟧'/>"), "netmask not allowed for IPv6 address 'fd00::1' in network 'test'");
  assert.equal(p.fixes?.[0].edits[0].newText, "prefix='64'");
});

test('ip-netmask-ipv6 is quiet with a prefix', () => {
  assertQuiet(ipNetmaskIpv6, net("<ip family='ipv6' address='fd00::1' prefix='64'/>"));
  assertQuiet(ipNetmaskIpv6, net("<ip address='10.0.0.1' netmask='255.255.255.0'/>"));
});
