import { test } from 'node:test';
import { forwardNatAddressDuplicate } from '../../../server/src/service/rules/forward-nat-address-duplicate';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('forward-nat-address-duplicate fires on the second <address> of <nat>', () => {
  assertFires(
    forwardNatAddressDuplicate,
    net('<forward><nat>\n  <address start="203.0.113.1" end="203.0.113.1"/>\n  <⟦address⟧ start="203.0.113.9" end="203.0.113.9"/>\n</nat></forward>\n<ip address="192.168.10.1" prefix="24"/>', 'lab'),
    'Only one <address> element is allowed in <nat> in <forward> in network lab',
  );
});

test('forward-nat-address-duplicate is quiet with a single range', () => {
  assertQuiet(forwardNatAddressDuplicate, net('<forward><nat><address start="203.0.113.1" end="203.0.113.9"/></nat></forward>\n<ip address="192.168.10.1" prefix="24"/>'));
});
