import { test } from 'node:test';
import { forwardNatPortDuplicate } from '../../../server/src/service/rules/forward-nat-port-duplicate';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('forward-nat-port-duplicate fires on the second <port>', () => {
  assertFires(
    forwardNatPortDuplicate,
    net('<forward><nat>\n  <port start="1024" end="2047"/>\n  <⟦port⟧ start="4096" end="8191"/>\n</nat></forward>\n<ip address="192.168.10.1" prefix="24"/>', 'lab'),
    'Only one <port> element is allowed in <nat> in <forward> in network lab',
  );
});

test('forward-nat-port-duplicate is quiet with one <port>', () => {
  assertQuiet(forwardNatPortDuplicate, net('<forward><nat><port start="1024" end="65535"/></nat></forward>\n<ip address="192.168.10.1" prefix="24"/>'));
});
