import { test } from 'node:test';
import { ipTftpIpv6 } from '../../../server/src/service/rules/ip-tftp-ipv6';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('ip-tftp-ipv6 fires on <tftp> in an IPv6 <ip>', () => {
  assertFires(ipTftpIpv6, net("<ip family='ipv6' address='fd00::1' prefix='64'><⟦tftp⟧ root='/srv/tftp'/></ip>"), "Unsupported <tftp> element in an IPv6 element in network 'test'");
});

test('ip-tftp-ipv6 is quiet in IPv4', () => {
  assertQuiet(ipTftpIpv6, net("<ip address='10.0.0.1' prefix='24'><tftp root='/srv/tftp'/></ip>"));
});
