import { test } from 'node:test';
import { dnsHostHostnameMissing } from '../../../server/src/service/rules/dns-host-hostname-missing';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('dns-host-hostname-missing fires on a <host> without <hostname>, at the host', () => {
  assertFires(dnsHostHostnameMissing, net('<dns>\n  <⟦host⟧ ip="192.168.122.2"/>\n</dns>'), "Missing hostname in network 'test' DNS HOST record");
});

test('dns-host-hostname-missing fires on an empty <hostname>, at it', () => {
  assertFires(dnsHostHostnameMissing, net('<dns><host ip="192.168.122.2"><hostname>a</hostname><⟦hostname⟧></hostname></host></dns>'), "Missing hostname in network 'test' DNS HOST record");
});

test('dns-host-hostname-missing is quiet on names, even a blank one (libvirt only checks for empty)', () => {
  assertQuiet(dnsHostHostnameMissing, net('<dns><host ip="192.168.122.2"><hostname>a</hostname><hostname> </hostname></host></dns>'));
});
