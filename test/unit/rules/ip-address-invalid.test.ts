import { test } from 'node:test';
import { ipAddressInvalid } from '../../../server/src/service/rules/ip-address-invalid';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('ip-address-invalid fires on an unparseable address, at its value', () => {
  assertFires(ipAddressInvalid, net("<ip address='⟦10.0.0.256⟧' prefix='24'/>"), "Invalid address '10.0.0.256' in network 'test'");
  assertFires(ipAddressInvalid, net("<ip address='⟦gateway.lan⟧' prefix='24'/>"), "Invalid address 'gateway.lan' in network 'test'");
});

test('ip-address-invalid is quiet on what getaddrinfo accepts', () => {
  assertQuiet(ipAddressInvalid, net("<ip address='192.168.100.1' prefix='24'/>"));
  assertQuiet(ipAddressInvalid, net("<ip address='10.1' prefix='24'/>"));
  assertQuiet(ipAddressInvalid, net("<ip address='0xC0A80101' prefix='24'/>"));
  assertQuiet(ipAddressInvalid, net("<ip family='ipv6' address='fd00::1' prefix='64'/>"));
  assertQuiet(ipAddressInvalid, net("<ip address='' prefix='24'/>"));
});
