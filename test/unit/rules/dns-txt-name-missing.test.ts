import { test } from 'node:test';
import { dnsTxtNameMissing } from '../../../server/src/service/rules/dns-txt-name-missing';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('dns-txt-name-missing fires on <txt> without name, at the txt', () => {
  assertFires(dnsTxtNameMissing, net('<dns>\n  <⟦txt⟧ value="v"/>\n</dns>'), 'missing required name attribute in DNS TXT record of network test');
});

test('dns-txt-name-missing is quiet with a name', () => {
  assertQuiet(dnsTxtNameMissing, net('<dns><txt name="n" value="v"/></dns>'));
});
