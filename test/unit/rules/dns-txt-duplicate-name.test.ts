import { test } from 'node:test';
import { dnsTxtDuplicateName } from '../../../server/src/service/rules/dns-txt-duplicate-name';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('dns-txt-duplicate-name warns on the second TXT record of a name, at its name', () => {
  assertFires(dnsTxtDuplicateName, net('<dns>\n  <txt name="example" value="a"/>\n  <txt name="⟦example⟧" value="b"/>\n</dns>'), "there is already a DNS TXT record with name 'example' in network test");
});

test('dns-txt-duplicate-name is quiet on distinct names', () => {
  assertQuiet(dnsTxtDuplicateName, net('<dns><txt name="a" value="x"/><txt name="b" value="x"/></dns>'));
});
