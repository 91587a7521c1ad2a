import { test } from 'node:test';
import { dnsSrvServiceTooLong } from '../../../server/src/service/rules/dns-srv-service-too-long';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('dns-srv-service-too-long fires at 483 bytes', () => {
  const long = 'a'.repeat(483);
  assertFires(dnsSrvServiceTooLong, net(`<dns><srv service="⟦${long}⟧" protocol="tcp"/></dns>`), `service attribute '${long}' in network 'test' is too long, limit is 482 bytes`);
});

test('dns-srv-service-too-long counts bytes, not characters', () => {
  const long = 'é'.repeat(242); // 484 bytes
  assertFires(dnsSrvServiceTooLong, net(`<dns><srv service="⟦${long}⟧" protocol="tcp"/></dns>`), 'limit is 482 bytes');
});

test('dns-srv-service-too-long is quiet at exactly 482 bytes', () => {
  assertQuiet(dnsSrvServiceTooLong, net(`<dns><srv service="${'a'.repeat(482)}" protocol="tcp"/></dns>`));
});
