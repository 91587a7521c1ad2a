import { test } from 'node:test';
import { dhcpHostIdentityMissing } from '../../../server/src/service/rules/dhcp-host-identity-missing';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('dhcp-host-identity-missing: IPv4 host with only an ip', () => {
  assertFires(dhcpHostIdentityMissing, net("<ip address='10.0.0.1' prefix='24'><dhcp><⟦host⟧ ip='10.0.0.5'/></dhcp></ip>"), "Static host definition in IPv4 network 'test' must have mac or name attribute");
});

test('dhcp-host-identity-missing: IPv6 host with only an ip', () => {
  assertFires(dhcpHostIdentityMissing, net("<ip family='ipv6' address='fd00::1' prefix='64'><dhcp><⟦host⟧ ip='fd00::5'/></dhcp></ip>"), "Static host definition in IPv6 network 'test' must have id or name attribute");
});

test('dhcp-host-identity-missing is quiet with mac/name (IPv4) and id/name (IPv6); an IPv4 id alone is not enough', () => {
  assertQuiet(dhcpHostIdentityMissing, net("<ip address='10.0.0.1' prefix='24'><dhcp><host mac='52:54:00:00:00:01' ip='10.0.0.5'/><host name='a' ip='10.0.0.6'/></dhcp></ip>"));
  assertQuiet(dhcpHostIdentityMissing, net("<ip family='ipv6' address='fd00::1' prefix='64'><dhcp><host id='0:3:0:1:52:54:0:0:0:1' ip='fd00::5'/><host name='a' ip='fd00::6'/></dhcp></ip>"));
});
