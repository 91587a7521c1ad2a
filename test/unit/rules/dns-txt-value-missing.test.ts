import { test } from 'node:test';
import { dnsTxtValueMissing } from '../../../server/src/service/rules/dns-txt-value-missing';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('dns-txt-value-missing fires on <txt> without value, at the txt', () => {
  assertFires(dnsTxtValueMissing, net('<dns>\n  <⟦txt⟧ name="example"/>\n</dns>'), "missing required value attribute in DNS TXT record named 'example' of network test");
});

test('dns-txt-value-missing is quiet with a value (even empty), and without a name (dns-txt-name-missing first)', () => {
  assertQuiet(dnsTxtValueMissing, net('<dns><txt name="example" value=""/></dns>'));
  assertQuiet(dnsTxtValueMissing, net('<dns><txt/></dns>'));
});
