import { test } from 'node:test';
import { ipPrefixTooLarge } from '../../../server/src/service/rules/ip-prefix-too-large';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('ip-prefix-too-large: IPv4 prefix 33', () => {
  assertFires(ipPrefixTooLarge, net("<ip address='10.0.0.1' prefix='⟦33⟧'/>"), "Invalid IPv4 prefix '33' in network 'test'");
});

test('ip-prefix-too-large: IPv6 prefix 129, printed as parsed', () => {
  assertFires(ipPrefixTooLarge, net("<ip family='ipv6' address='fd00::1' prefix='⟦+129⟧'/>"), "Invalid IPv6 prefix '129' in network 'test'");
});

test('ip-prefix-too-large is quiet at the limits and for IPv6 prefixes on IPv6', () => {
  assertQuiet(ipPrefixTooLarge, net("<ip address='10.0.0.1' prefix='32'/>"));
  assertQuiet(ipPrefixTooLarge, net("<ip family='ipv6' address='fd00::1' prefix='128'/>"));
  assertQuiet(ipPrefixTooLarge, net("<ip family='ipv6' address='fd00::1' prefix='64'/>"));
});
