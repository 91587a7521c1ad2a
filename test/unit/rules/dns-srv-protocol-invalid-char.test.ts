import { test } from 'node:test';
import { dnsSrvProtocolInvalidChar } from '../../../server/src/service/rules/dns-srv-protocol-invalid-char';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test("dns-srv-protocol-invalid-char fires on '_tcp', at the value", () => {
  const p = assertFires(dnsSrvProtocolInvalidChar, net('<dns><srv service="ldap" protocol="⟦_tcp⟧"/></dns>'), "invalid character in protocol attribute '_tcp' in DNS SRV record of network 'test'");
  if (p.fixes?.[0]?.edits[0]?.newText !== 'tcp') throw new Error('expected a fix to tcp');
});

test('dns-srv-protocol-invalid-char is quiet on tcp, udp and sctp (the parser allows any [A-Za-z0-9+/-])', () => {
  assertQuiet(dnsSrvProtocolInvalidChar, net('<dns><srv service="a" protocol="tcp"/><srv service="b" protocol="udp"/><srv service="c" protocol="sctp"/></dns>'));
});
