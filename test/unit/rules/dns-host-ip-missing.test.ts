import { test } from 'node:test';
import { dnsHostIpMissing } from '../../../server/src/service/rules/dns-host-ip-missing';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('dns-host-ip-missing fires on a <host> without ip, at the host', () => {
  assertFires(dnsHostIpMissing, net('<dns>\n  <⟦host⟧><hostname>a</hostname></host>\n</dns>'), "Missing IP address in network 'test' DNS HOST record");
});

test('dns-host-ip-missing is quiet with an ip', () => {
  assertQuiet(dnsHostIpMissing, net('<dns><host ip="192.168.122.2"><hostname>a</hostname></host></dns>'));
});
