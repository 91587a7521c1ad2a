import { test } from 'node:test';
import { dhcpBootpFileMissing } from '../../../server/src/service/rules/dhcp-bootp-file-missing';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('dhcp-bootp-file-missing fires on <bootp> without file in IPv4 (11.x)', () => {
  assertFires(dhcpBootpFileMissing, net("<ip address='10.0.0.1' prefix='24'><dhcp><⟦bootp⟧ server='10.0.0.1'/></dhcp></ip>"), "Missing required attribute 'file' in element 'bootp'");
});

test('dhcp-bootp-file-missing is quiet with a file, and in IPv6 (ignored there)', () => {
  assertQuiet(dhcpBootpFileMissing, net("<ip address='10.0.0.1' prefix='24'><dhcp><bootp file='pxelinux.0'/></dhcp></ip>"));
  assertQuiet(dhcpBootpFileMissing, net("<ip family='ipv6' address='fd00::1' prefix='64'><dhcp><bootp/></dhcp></ip>"));
});
