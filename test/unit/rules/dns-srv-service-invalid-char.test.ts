import { test } from 'node:test';
import { dnsSrvServiceInvalidChar } from '../../../server/src/service/rules/dns-srv-service-invalid-char';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test("dns-srv-service-invalid-char fires on a '.', at the value", () => {
  assertFires(dnsSrvServiceInvalidChar, net('<dns><srv service="⟦_ldap._tcp⟧" protocol="tcp"/></dns>'), "invalid character in service attribute '_ldap._tcp' in DNS SRV record of network 'test'");
});

test('dns-srv-service-invalid-char is quiet on letters, digits and _-+/*', () => {
  assertQuiet(dnsSrvServiceInvalidChar, net('<dns><srv service="x_y-z+1/2*" protocol="tcp"/></dns>'));
});
