import { test } from 'node:test';
import { dnsForwarderEmpty } from '../../../server/src/service/rules/dns-forwarder-empty';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('dns-forwarder-empty fires on <forwarder/>, at its name', () => {
  assertFires(dnsForwarderEmpty, net('<dns>\n  <⟦forwarder⟧/>\n</dns>'), 'Invalid forwarder element, must contain at least one of addr or domain');
});

test('dns-forwarder-empty is quiet with addr or domain (even an empty domain)', () => {
  assertQuiet(dnsForwarderEmpty, net('<dns><forwarder addr="8.8.8.8"/><forwarder domain=""/></dns>'));
});
