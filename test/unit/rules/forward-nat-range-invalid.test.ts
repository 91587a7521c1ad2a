import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forwardNatRangeInvalid } from '../../../server/src/service/rules/forward-nat-range-invalid';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('forward-nat-range-invalid fires on a reversed range, at the <address>, with the trailing space, and offers a swap', () => {
  const p = assertFires(
    forwardNatRangeInvalid,
    net('<forward><nat><⟦address⟧ start="203.0.113.9" end="203.0.113.1"/></nat></forward>\n<ip address="192.168.10.1" prefix="24"/>'),
    'internal error: range 203.0.113.9 - 203.0.113.1 is reversed ',
  );
  assert.equal(p.message, 'internal error: range 203.0.113.9 - 203.0.113.1 is reversed ');
  assert.deepEqual(p.fixes?.[0].edits.map((e) => e.newText), ['203.0.113.1', '203.0.113.9']);
});

test('forward-nat-range-invalid prints normalised addresses', () => {
  assertFires(forwardNatRangeInvalid, net('<forward><nat><⟦address⟧ start="10.1" end="10.0.0.0"/></nat></forward>\n<ip address="192.168.10.1" prefix="24"/>'), 'range 10.0.0.1 - 10.0.0.0 is reversed ');
});

test('forward-nat-range-invalid: "too large" when the first two octets differ, even when adjacent or reversed', () => {
  assertFires(forwardNatRangeInvalid, net('<forward><nat><⟦address⟧ start="1.2.255.255" end="1.3.0.0"/></nat></forward>\n<ip address="192.168.10.1" prefix="24"/>'), 'range 1.2.255.255 - 1.3.0.0 is too large (> 65535)');
  assertFires(forwardNatRangeInvalid, net('<forward><nat><⟦address⟧ start="1.3.0.0" end="1.2.0.0"/></nat></forward>\n<ip address="192.168.10.1" prefix="24"/>'), 'is too large (> 65535)');
});

test('forward-nat-range-invalid is quiet on a single address and on a full /16', () => {
  assertQuiet(forwardNatRangeInvalid, net('<forward><nat><address start="203.0.113.1" end="203.0.113.1"/></nat></forward>\n<ip address="192.168.10.1" prefix="24"/>'));
  assertQuiet(forwardNatRangeInvalid, net('<forward><nat><address start="10.5.0.0" end="10.5.255.255"/></nat></forward>\n<ip address="192.168.10.1" prefix="24"/>'));
});
