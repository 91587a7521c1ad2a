import { test } from 'node:test';
import { dhcpBootpServerInvalid } from '../../../server/src/service/rules/dhcp-bootp-server-invalid';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('dhcp-bootp-server-invalid fires on a host name', () => {
  assertFires(dhcpBootpServerInvalid, net("<ip address='10.0.0.1' prefix='24'><dhcp><bootp file='pxe' server='⟦tftp.example⟧'/></dhcp></ip>"), "Cannot parse socket address 'tftp.example': Name or service not known");
});

test('dhcp-bootp-server-invalid is quiet on numeric servers of either family', () => {
  assertQuiet(dhcpBootpServerInvalid, net("<ip address='10.0.0.1' prefix='24'><dhcp><bootp file='pxe' server='10.0.0.1'/></dhcp></ip>"));
  assertQuiet(dhcpBootpServerInvalid, net("<ip address='10.0.0.1' prefix='24'><dhcp><bootp file='pxe' server='fd00::1'/></dhcp></ip>"));
});
