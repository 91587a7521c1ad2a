import { test } from 'node:test';
import { dnsSrvDuplicate } from '../../../server/src/service/rules/dns-srv-duplicate';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('dns-srv-duplicate warns on a repeated service/protocol/domain/target, at the second srv', () => {
  assertFires(
    dnsSrvDuplicate,
    net('<dns>\n  <srv service="ldap" protocol="tcp" domain="d" target="h" port="389"/>\n  <⟦srv⟧ service="ldap" protocol="tcp" domain="d" target="h" port="636"/>\n</dns>'),
    'there is already at least one DNS SRV record matching all specified fields in network test',
  );
});

test('dns-srv-duplicate is quiet on two targets for one service (that is how SRV balances)', () => {
  assertQuiet(dnsSrvDuplicate, net('<dns><srv service="ldap" protocol="tcp" target="h1" port="389"/><srv service="ldap" protocol="tcp" target="h2" port="389"/><srv service="ldap" protocol="udp" target="h1" port="389"/></dns>'));
});
