import { test } from 'node:test';
import { dhcpRangeAttributeMissing } from '../../../server/src/service/rules/dhcp-range-attribute-missing';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('dhcp-range-attribute-missing: no start', () => {
  assertFires(dhcpRangeAttributeMissing, net("<ip address='192.168.100.1' prefix='24'><dhcp><⟦range⟧ end='192.168.100.9'/></dhcp></ip>"), "Missing 'start' attribute in dhcp range for network 'test'");
});

test('dhcp-range-attribute-missing: no end', () => {
  assertFires(dhcpRangeAttributeMissing, net("<ip address='192.168.100.1' prefix='24'><dhcp><⟦range⟧ start='192.168.100.2'/></dhcp></ip>"), "Missing 'end' attribute in dhcp range for network 'test'");
});

test('dhcp-range-attribute-missing is quiet with both', () => {
  assertQuiet(dhcpRangeAttributeMissing, net("<ip address='192.168.100.1' prefix='24'><dhcp><range start='192.168.100.2' end='192.168.100.9'/></dhcp></ip>"));
});
