import { test } from 'node:test';
import { dhcpHostIdInvalid } from '../../../server/src/service/rules/dhcp-host-id-invalid';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('dhcp-host-id-invalid names the first bad character', () => {
  assertFires(dhcpHostIdInvalid, net("<ip family='ipv6' address='fd00::1' prefix='64'><dhcp><host id='⟦0:1:0:1:zz⟧' ip='fd00::5'/></dhcp></ip>"), "Invalid character 'z' in id '0:1:0:1:zz' of network 'test'");
});

test('dhcp-host-id-invalid is quiet on hex and colons (the DUID structure is not checked)', () => {
  assertQuiet(dhcpHostIdInvalid, net("<ip family='ipv6' address='fd00::1' prefix='64'><dhcp><host id='0:3:0:1:52:54:0:0:0:1' ip='fd00::5'/><host id='ABCDEF' ip='fd00::6'/></dhcp></ip>"));
});
