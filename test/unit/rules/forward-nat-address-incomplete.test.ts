import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forwardNatAddressIncomplete } from '../../../server/src/service/rules/forward-nat-address-incomplete';
import { assertFires, assertQuiet, net, runRule } from '../../support/rule-harness';

test("forward-nat-address-incomplete fires on a missing 'end', at the <address>, and offers end=start", () => {
  const p = assertFires(
    forwardNatAddressIncomplete,
    net('<forward><nat><⟦address⟧ start="203.0.113.1"/></nat></forward>\n<ip address="192.168.10.1" prefix="24"/>', 'lab'),
    "missing 'end' attribute in <address> element in <nat> in <forward> in network lab",
  );
  assert.equal(p.fixes?.[0].edits[0].newText, ' end="203.0.113.1"');
});

test("forward-nat-address-incomplete fires on a missing 'start'", () => {
  assertFires(forwardNatAddressIncomplete, net('<forward><nat><⟦address⟧ end="203.0.113.1"/></nat></forward>\n<ip address="192.168.10.1" prefix="24"/>'), "missing 'start' attribute");
});

test('forward-nat-address-incomplete reports both when both are missing', () => {
  assert.equal(runRule(forwardNatAddressIncomplete, net('<forward><nat><address/></nat></forward>\n<ip address="192.168.10.1" prefix="24"/>')).problems.length, 2);
});

test('forward-nat-address-incomplete is quiet with both, even empty (that is a bad address, not a missing one)', () => {
  assertQuiet(forwardNatAddressIncomplete, net('<forward><nat><address start="203.0.113.1" end="203.0.113.1"/></nat></forward>\n<ip address="192.168.10.1" prefix="24"/>'));
  assertQuiet(forwardNatAddressIncomplete, net('<forward><nat><address start="" end=""/></nat></forward>\n<ip address="192.168.10.1" prefix="24"/>'));
});

test('forward-nat-address-incomplete quotes the added attribute like its neighbours', () => {
  const p = assertFires(forwardNatAddressIncomplete, net("<forward><nat><⟦address⟧ end='203.0.113.7'/></nat></forward>\n<ip address='192.168.10.1' prefix='24'/>"), "missing 'start'");
  assert.equal(p.fixes?.[0].edits[0].newText, " start='203.0.113.7'");
});
