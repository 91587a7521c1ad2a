import { test } from 'node:test';
import { dhcpHostIpInvalid } from '../../../server/src/service/rules/dhcp-host-ip-invalid';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('dhcp-host-ip-invalid fires on an unparseable ip', () => {
  assertFires(dhcpHostIpInvalid, net("<ip address='10.0.0.1' prefix='24'><dhcp><host mac='52:54:00:00:00:01' ip='⟦web1⟧'/></dhcp></ip>"), "Invalid IP address in static host definition for network 'test'");
});

test('dhcp-host-ip-invalid is quiet on numeric addresses', () => {
  assertQuiet(dhcpHostIpInvalid, net("<ip address='10.0.0.1' prefix='24'><dhcp><host mac='52:54:00:00:00:01' ip='10.0.0.5'/></dhcp></ip>"));
});
