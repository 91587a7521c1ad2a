import { test } from 'node:test';
import { natPortRangeEmpty as rule } from '../../../server/src/service/rules/nat-port-range-empty';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('nat-port-range-empty fires on start == end, at the <port>', () => {
  assertFires(rule, net('<forward mode="nat"><nat><⟦port⟧ start="1000" end="1000"/></nat></forward><ip address="10.9.3.1" prefix="24"/>'), "internal error: Invalid port range '1000-1000'.");
});

test('nat-port-range-empty is quiet for a real range, 0/0 (the default range), and without IPv4 to masquerade', () => {
  assertQuiet(rule, net('<forward mode="nat"><nat><port start="1000" end="1001"/></nat></forward><ip address="10.9.3.1" prefix="24"/>'));
  assertQuiet(rule, net('<forward mode="nat"><nat><port start="0" end="0"/></nat></forward><ip address="10.9.3.1" prefix="24"/>'));
  assertQuiet(rule, net('<forward mode="nat"><nat><port start="1000" end="1000"/></nat></forward><ip family="ipv6" address="fd00::1" prefix="64"/>'));
});
