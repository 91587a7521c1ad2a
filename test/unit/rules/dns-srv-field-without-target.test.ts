import { test } from 'node:test';
import { dnsSrvFieldWithoutTarget } from '../../../server/src/service/rules/dns-srv-field-without-target';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('dns-srv-field-without-target fires on port without target, at the port value', () => {
  assertFires(dnsSrvFieldWithoutTarget, net('<dns><srv service="ldap" protocol="tcp" port="⟦389⟧"/></dns>'), "DNS SRV port attribute not permitted without target for service 'ldap' in network 'test'");
});

test('dns-srv-field-without-target fires on an out-of-range weight too (checked before the range)', () => {
  assertFires(dnsSrvFieldWithoutTarget, net('<dns><srv service="ldap" protocol="tcp" weight="⟦70000⟧"/></dns>'), 'DNS SRV weight attribute not permitted without target');
});

test('dns-srv-field-without-target is quiet with a target, with an empty value, or with an unparsable one', () => {
  assertQuiet(dnsSrvFieldWithoutTarget, net('<dns><srv service="ldap" protocol="tcp" target="h" port="389" priority="1" weight="2"/></dns>'));
  assertQuiet(dnsSrvFieldWithoutTarget, net('<dns><srv service="ldap" protocol="tcp" port=""/></dns>'));
  assertQuiet(dnsSrvFieldWithoutTarget, net('<dns><srv service="ldap" protocol="tcp" port="x"/></dns>'));
});
