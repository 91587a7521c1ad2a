import { test } from 'node:test';
import { natPortStartZero as rule } from '../../../server/src/service/rules/nat-port-start-zero';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('nat-port-start-zero warns on start=0 with a non-zero end, at start', () => {
  assertFires(rule, net('<forward mode="nat"><nat><port start="⟦0⟧" end="100"/></nat></forward><ip address="10.9.4.1" prefix="24"/>'), 'NAT port range 0-100 starts at port 0');
});

test('nat-port-start-zero is quiet for 0/0 (the default range) and ranges from 1', () => {
  assertQuiet(rule, net('<forward mode="nat"><nat><port start="0" end="0"/></nat></forward><ip address="10.9.4.1" prefix="24"/>'));
  assertQuiet(rule, net('<forward mode="nat"><nat><port start="1" end="100"/></nat></forward><ip address="10.9.4.1" prefix="24"/>'));
});
