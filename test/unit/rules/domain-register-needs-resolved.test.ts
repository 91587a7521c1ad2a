import { test } from 'node:test';
import { domainRegisterNeedsResolved as rule } from '../../../server/src/service/rules/domain-register-needs-resolved';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('domain-register-needs-resolved warns on register=yes, at the attribute', () => {
  assertFires(rule, net('<domain name="example.lan" localOnly="yes" register="⟦yes⟧"/><ip address="10.9.11.1" prefix="24"/>'), 'failed to register name server: systemd-resolved is not available');
});

test('domain-register-needs-resolved is quiet with register=no, or without an <ip>', () => {
  assertQuiet(rule, net('<domain name="example.lan" localOnly="yes" register="no"/><ip address="10.9.11.1" prefix="24"/>'));
  assertQuiet(rule, net('<domain name="example.lan" localOnly="yes" register="yes"/>'));
});
