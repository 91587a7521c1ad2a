import { test } from 'node:test';
import { dnsSrvProtocolMissing } from '../../../server/src/service/rules/dns-srv-protocol-missing';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('dns-srv-protocol-missing fires on <srv> without protocol, at the srv', () => {
  assertFires(dnsSrvProtocolMissing, net('<dns>\n  <⟦srv⟧ service="ldap"/>\n</dns>'), "missing required protocol attribute in DNS SRV record 'ldap' of network 'test'");
});

test('dns-srv-protocol-missing is quiet with a protocol, and leaves a serviceless srv to dns-srv-service-missing', () => {
  assertQuiet(dnsSrvProtocolMissing, net('<dns><srv service="ldap" protocol="tcp"/></dns>'));
  assertQuiet(dnsSrvProtocolMissing, net('<dns><srv/></dns>'));
});
