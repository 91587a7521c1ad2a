import { test } from 'node:test';
import { dhcpHostIpMissing } from '../../../server/src/service/rules/dhcp-host-ip-missing';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('dhcp-host-ip-missing fires on a host without ip (the upstream host-incomplete case)', () => {
  assertFires(dhcpHostIpMissing, net("<ip address='10.0.0.1' prefix='24'><dhcp><⟦host⟧ mac='52:54:00:00:00:01' name='tea'/></dhcp></ip>"), "Missing IP address in static host definition for network 'test'");
});

test('dhcp-host-ip-missing is quiet with an ip', () => {
  assertQuiet(dhcpHostIpMissing, net("<ip address='10.0.0.1' prefix='24'><dhcp><host mac='52:54:00:00:00:01' ip='10.0.0.5'/></dhcp></ip>"));
});
