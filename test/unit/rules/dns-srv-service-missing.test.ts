import { test } from 'node:test';
import { dnsSrvServiceMissing } from '../../../server/src/service/rules/dns-srv-service-missing';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('dns-srv-service-missing fires on <srv> without service, at the srv', () => {
  assertFires(dnsSrvServiceMissing, net('<dns>\n  <⟦srv⟧ protocol="tcp"/>\n</dns>'), "missing required service attribute in DNS SRV record of network 'test'");
});

test('dns-srv-service-missing is quiet with a service', () => {
  assertQuiet(dnsSrvServiceMissing, net('<dns><srv service="ldap" protocol="tcp"/></dns>'));
});
