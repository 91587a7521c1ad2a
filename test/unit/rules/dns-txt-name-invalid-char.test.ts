import { test } from 'node:test';
import { dnsTxtNameInvalidChar } from '../../../server/src/service/rules/dns-txt-name-invalid-char';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('dns-txt-name-invalid-char fires on a space, at the value', () => {
  assertFires(dnsTxtNameInvalidChar, net('<dns><txt name="⟦my record⟧" value="v"/></dns>'), "prohibited character in DNS TXT record name 'my record' of network test");
});

test('dns-txt-name-invalid-char fires on a comma', () => {
  assertFires(dnsTxtNameInvalidChar, net('<dns><txt name="⟦a,b⟧" value="v"/></dns>'), "prohibited character in DNS TXT record name 'a,b'");
});

test('dns-txt-name-invalid-char is quiet on a DNS name (spaces in the value are fine)', () => {
  assertQuiet(dnsTxtNameInvalidChar, net('<dns><txt name="example.com" value="a b, c"/></dns>'));
});
