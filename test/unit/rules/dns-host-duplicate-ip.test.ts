import { test } from 'node:test';
import { dnsHostDuplicateIp } from '../../../server/src/service/rules/dns-host-duplicate-ip';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('dns-host-duplicate-ip warns on a second <host> with the same address (also written differently)', () => {
  assertFires(
    dnsHostDuplicateIp,
    net('<dns>\n  <host ip="fd00::2"><hostname>a</hostname></host>\n  <host ip="⟦fd00:0::2⟧"><hostname>b</hostname></host>\n</dns>'),
    'there is already at least one DNS HOST record with a matching field in network test',
  );
});

test('dns-host-duplicate-ip is quiet on distinct addresses, and on one name with two addresses', () => {
  assertQuiet(dnsHostDuplicateIp, net('<dns><host ip="192.168.122.2"><hostname>a</hostname></host><host ip="fd00::2"><hostname>a</hostname></host></dns>'));
});
