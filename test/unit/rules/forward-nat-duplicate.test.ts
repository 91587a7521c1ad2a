import { test } from 'node:test';
import { forwardNatDuplicate } from '../../../server/src/service/rules/forward-nat-duplicate';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('forward-nat-duplicate fires on the second <nat>', () => {
  assertFires(
    forwardNatDuplicate,
    net('<forward mode="nat">\n  <nat><port start="1024" end="65535"/></nat>\n  <⟦nat⟧/>\n</forward>\n<ip address="192.168.10.1" prefix="24"/>', 'lab'),
    'Only one <nat> element is allowed in <forward> of network lab',
  );
});

test('forward-nat-duplicate is quiet with one <nat>', () => {
  assertQuiet(forwardNatDuplicate, net('<forward mode="nat"><nat><port start="1024" end="65535"/></nat></forward>\n<ip address="192.168.10.1" prefix="24"/>'));
});
