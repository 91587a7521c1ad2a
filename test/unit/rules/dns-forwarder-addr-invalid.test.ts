import { test } from 'node:test';
import { dnsForwarderAddrInvalid } from '../../../server/src/service/rules/dns-forwarder-addr-invalid';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('dns-forwarder-addr-invalid fires on a host name, at the value', () => {
  assertFires(dnsForwarderAddrInvalid, net('<dns>\n  <forwarder addr="⟦dns.example.com⟧"/>\n</dns>'), "Invalid forwarder IP address 'dns.example.com' in network 'test'");
});

test('dns-forwarder-addr-invalid fires on an empty addr', () => {
  assertFires(dnsForwarderAddrInvalid, net('<dns><forwarder ⟦addr=""⟧ domain="example.com"/></dns>'), "Invalid forwarder IP address '' in network 'test'");
});

test('dns-forwarder-addr-invalid is quiet on IPv4, IPv6 and the lenient 8.8.8 form', () => {
  assertQuiet(dnsForwarderAddrInvalid, net('<dns><forwarder addr="8.8.8.8"/><forwarder addr="2001:4860:4860::8888"/><forwarder addr="8.8.8"/><forwarder domain="x"/></dns>'));
});
