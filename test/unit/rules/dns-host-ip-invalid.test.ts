import { test } from 'node:test';
import { dnsHostIpInvalid } from '../../../server/src/service/rules/dns-host-ip-invalid';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('dns-host-ip-invalid fires on a bad address, at the value', () => {
  assertFires(dnsHostIpInvalid, net('<dns><host ip="⟦192.168.122.300⟧"><hostname>a</hostname></host></dns>'), "Invalid IP address in network 'test' DNS HOST record");
});

test('dns-host-ip-invalid is quiet on IPv4, IPv6 and getaddrinfo shorthand', () => {
  assertQuiet(dnsHostIpInvalid, net('<dns><host ip="192.168.122.2"><hostname>a</hostname></host><host ip="fd00::2"><hostname>b</hostname></host><host ip="1.2.3"><hostname>c</hostname></host></dns>'));
});
