import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ipPrefixAndNetmask } from '../../../server/src/service/rules/ip-prefix-and-netmask';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('ip-prefix-and-netmask fires at the prefix, with fixes removing either', () => {
  const p = assertFires(ipPrefixAndNetmask, net("<ip address='10.0.0.1' netmask='255.255.255.0' prefix='⟦24⟧'/>"), "Network 'test' IP address cannot have both a prefix and a netmask");
  const text = net("<ip address='10.0.0.1' netmask='255.255.255.0' prefix='24'/>");
  const apply = (i: number) => {
    const e = p.fixes![i].edits[0];
    return text.slice(0, e.range.start) + e.newText + text.slice(e.range.end);
  };
  assert.ok(apply(0).includes("<ip address='10.0.0.1' netmask='255.255.255.0'/>"));
  assert.ok(apply(1).includes("<ip address='10.0.0.1' prefix='24'/>"));
});

test("ip-prefix-and-netmask is quiet with prefix='0' (unset) or an empty netmask", () => {
  assertQuiet(ipPrefixAndNetmask, net("<ip address='10.0.0.1' netmask='255.255.255.0' prefix='0'/>"));
  assertQuiet(ipPrefixAndNetmask, net("<ip address='10.0.0.1' netmask='' prefix='24'/>"));
  assertQuiet(ipPrefixAndNetmask, net("<ip address='10.0.0.1' netmask='255.255.255.0'/>"));
});
