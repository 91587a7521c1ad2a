import { test } from 'node:test';
import { dhcpRangeOverlap } from '../../../server/src/service/rules/dhcp-range-overlap';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('dhcp-range-overlap fires on the second of two overlapping ranges', () => {
  assertFires(
    dhcpRangeOverlap,
    net("<ip address='10.0.0.1' prefix='24'><dhcp><range start='10.0.0.2' end='10.0.0.50'/><⟦range⟧ start='10.0.0.50' end='10.0.0.99'/></dhcp></ip>"),
    "DHCP range 10.0.0.50 - 10.0.0.99 in network 'test' overlaps the range 10.0.0.2 - 10.0.0.50",
  );
});

test('dhcp-range-overlap is quiet on adjacent ranges', () => {
  assertQuiet(dhcpRangeOverlap, net("<ip address='10.0.0.1' prefix='24'><dhcp><range start='10.0.0.2' end='10.0.0.49'/><range start='10.0.0.50' end='10.0.0.99'/></dhcp></ip>"));
});
