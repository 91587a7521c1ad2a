import { test } from 'node:test';
import { dnsSrvNumberInvalid } from '../../../server/src/service/rules/dns-srv-number-invalid';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('dns-srv-number-invalid fires on port 0 with a target', () => {
  assertFires(dnsSrvNumberInvalid, net('<dns><srv service="ldap" protocol="tcp" target="h" port="⟦0⟧"/></dns>'), "invalid DNS SRV port attribute for service 'ldap' in network 'test'");
});

test('dns-srv-number-invalid fires on priority 65536 and on a negative weight', () => {
  assertFires(dnsSrvNumberInvalid, net('<dns><srv service="ldap" protocol="tcp" target="h" priority="⟦65536⟧"/></dns>'), 'Invalid DNS SRV priority attribute');
  assertFires(dnsSrvNumberInvalid, net('<dns><srv service="ldap" protocol="tcp" target="h" weight="⟦-0⟧"/></dns>'), 'invalid DNS SRV weight attribute');
});

test('dns-srv-number-invalid fires on an unparsable port even without target', () => {
  assertFires(dnsSrvNumberInvalid, net('<dns><srv service="ldap" protocol="tcp" port="⟦ldap⟧"/></dns>'), 'invalid DNS SRV port attribute');
});

test('dns-srv-number-invalid is quiet on valid values, leading whitespace, and empty values', () => {
  assertQuiet(dnsSrvNumberInvalid, net('<dns><srv service="ldap" protocol="tcp" target="h" port="65535" priority="0" weight=" +7"/></dns>'));
  assertQuiet(dnsSrvNumberInvalid, net('<dns><srv service="ldap" protocol="tcp" port=""/></dns>'));
});
