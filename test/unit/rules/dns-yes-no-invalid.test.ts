import { test } from 'node:test';
import { dnsYesNoInvalid } from '../../../server/src/service/rules/dns-yes-no-invalid';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('dns-yes-no-invalid fires on enable="Yes" (case-sensitive), at the value', () => {
  assertFires(dnsYesNoInvalid, net('<dns enable="⟦Yes⟧"/>'), "Invalid value for attribute 'enable' in element 'dns': 'Yes'.");
});

test('dns-yes-no-invalid fires on an empty forwardPlainNames, at the attribute', () => {
  assertFires(dnsYesNoInvalid, net('<dns ⟦forwardPlainNames=""⟧/>'), "Invalid value for attribute 'forwardPlainNames' in element 'dns': ''.");
});

test('dns-yes-no-invalid fires on enable="default" (the enum zero is rejected)', () => {
  assertFires(dnsYesNoInvalid, net('<dns enable="⟦default⟧"/>'), "'default'.");
});

test('dns-yes-no-invalid is quiet on yes/no and ignores a second <dns>', () => {
  assertQuiet(dnsYesNoInvalid, net('<dns enable="yes" forwardPlainNames="no"/>'));
  assertQuiet(dnsYesNoInvalid, net('<dns enable="no"/>\n<dns enable="maybe"/>'));
});
