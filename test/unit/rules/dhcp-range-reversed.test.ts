import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dhcpRangeReversed } from '../../../server/src/service/rules/dhcp-range-reversed';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('dhcp-range-reversed: IPv4, message verbatim (trailing space), fix swaps', () => {
  const p = assertFires(dhcpRangeReversed, net("<ip address='10.0.0.1' prefix='24'><dhcp><⟦range⟧ start='10.0.0.9' end='10.0.0.2'/></dhcp></ip>"), 'internal error: range 10.0.0.9 - 10.0.0.2 is reversed ');
  assert.deepEqual(p.fixes?.[0].edits.map((e) => e.newText), ['10.0.0.2', '10.0.0.9']);
});

test('dhcp-range-reversed: IPv6', () => {
  assertFires(dhcpRangeReversed, net("<ip family='ipv6' address='fd00::1' prefix='64'><dhcp><⟦range⟧ start='fd00::9' end='fd00::2'/></dhcp></ip>"), 'internal error: range fd00::9 - fd00::2 start larger than end');
});

test('dhcp-range-reversed is quiet on ordered and single-address ranges, and leaves "too large" alone', () => {
  assertQuiet(dhcpRangeReversed, net("<ip address='10.0.0.1' prefix='24'><dhcp><range start='10.0.0.2' end='10.0.0.9'/><range start='10.0.0.20' end='10.0.0.20'/></dhcp></ip>"));
  assertQuiet(dhcpRangeReversed, net("<ip address='10.0.0.1' prefix='8'><dhcp><range start='10.1.0.5' end='10.0.0.5'/></dhcp></ip>"));
});
