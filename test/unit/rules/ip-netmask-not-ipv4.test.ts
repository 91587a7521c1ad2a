import { test } from 'node:test';
import { ipNetmaskNotIpv4 } from '../../../server/src/service/rules/ip-netmask-not-ipv4';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('ip-netmask-not-ipv4 fires on an IPv6 netmask for an IPv4 address', () => {
  assertFires(ipNetmaskNotIpv4, net("<ip address='10.0.0.1' netmask='⟦ffff:ffff::⟧'/>"), "Invalid netmask 'ffff:ffff::' for address '10.0.0.1' in network 'test' (both must be IPv4)");
});

test('ip-netmask-not-ipv4 is quiet on an IPv4 netmask, and on IPv6 networks (another rule)', () => {
  assertQuiet(ipNetmaskNotIpv4, net("<ip address='10.0.0.1' netmask='255.255.255.0'/>"));
  assertQuiet(ipNetmaskNotIpv4, net("<ip family='ipv6' address='fd00::1' netmask='ffff::'/>"));
});
