import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forwardNatPortInvalid } from '../../../server/src/service/rules/forward-nat-port-invalid';
import { assertFires, assertQuiet, net, runRule } from '../../support/rule-harness';

const port = (attrs: string): string => net(`<forward><nat><port ${attrs}/></nat></forward>\n<ip address="192.168.10.1" prefix="24"/>`, 'lab');

test('forward-nat-port-invalid fires on end below start, at end, and offers a swap', () => {
  const p = assertFires(
    forwardNatPortInvalid,
    port('start="2048" end="⟦1024⟧"'),
    "Missing or invalid 'end' attribute in <port> in <nat> in <forward> in network lab",
  );
  assert.deepEqual(p.fixes?.[0].edits.map((e) => e.newText), ['1024', '2048']);
});

test('forward-nat-port-invalid fires on a missing start, at <port>, with a placeholder fix', () => {
  const p = assertFires(forwardNatPortInvalid, net('<forward><nat><⟦port⟧ end="2048"/></nat></forward>\n<ip address="192.168.10.1" prefix="24"/>', 'lab'), "Missing or invalid 'start' attribute");
  assert.equal(p.fixes?.[0].edits[0].newText, ' start="1024"');
});

test('forward-nat-port-invalid fires on over 65535, negatives, trailing blanks, hex and empty values', () => {
  assertFires(forwardNatPortInvalid, port('start="1" end="⟦65536⟧"'), "invalid 'end' attribute");
  for (const v of ['-1', '-0', '5 ', '0x5', '-4294967295']) assertFires(forwardNatPortInvalid, port(`start="⟦${v}⟧" end="6"`), "invalid 'start' attribute");
  assertFires(forwardNatPortInvalid, port('⟦start=""⟧ end="6"'), "invalid 'start' attribute");
});

test('forward-nat-port-invalid reports both ends when both are bad', () => {
  assert.equal(runRule(forwardNatPortInvalid, port('start="x" end="y"')).problems.length, 2);
});

test("forward-nat-port-invalid is quiet on 0/0, start == end (a start-time problem), '+6' and ' 5'", () => {
  for (const attrs of ['start="1024" end="65535"', 'start="0" end="0"', 'start="2000" end="2000"', 'start=" 5" end="+6"']) assertQuiet(forwardNatPortInvalid, port(attrs));
});
