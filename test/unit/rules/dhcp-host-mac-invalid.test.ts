import { test } from 'node:test';
import { dhcpHostMacInvalid } from '../../../server/src/service/rules/dhcp-host-mac-invalid';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

const host = (mac: string) => net(`<ip address='10.0.0.1' prefix='24'><dhcp><host mac='${mac}' ip='10.0.0.5'/></dhcp></ip>`);

test('dhcp-host-mac-invalid: unparseable', () => {
  assertFires(dhcpHostMacInvalid, host('⟦52-54-00-00-00-01⟧'), "Cannot parse MAC address '52-54-00-00-00-01' in network 'test'");
});

test('dhcp-host-mac-invalid: multicast', () => {
  assertFires(dhcpHostMacInvalid, host('⟦53:54:00:00:00:01⟧'), "expected unicast mac address, found multicast '53:54:00:00:00:01' in network 'test'");
});

test('dhcp-host-mac-invalid is quiet on unicast MACs, short octets included', () => {
  assertQuiet(dhcpHostMacInvalid, host('52:54:00:AB:cd:01'));
  assertQuiet(dhcpHostMacInvalid, host('2:54:0:0:0:1'));
});
