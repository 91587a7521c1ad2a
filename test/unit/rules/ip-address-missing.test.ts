import { test } from 'node:test';
import { ipAddressMissing } from '../../../server/src/service/rules/ip-address-missing';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('ip-address-missing fires on <ip> without address, at the element', () => {
  assertFires(ipAddressMissing, net("<⟦ip⟧ prefix='24'/>"), "Missing required address attribute in network 'test'");
});

test('ip-address-missing fires on an empty address (libvirt treats it as missing), at the attribute', () => {
  assertFires(ipAddressMissing, net("<ip ⟦address=''⟧ prefix='24'/>"), "Missing required address attribute in network 'test'");
});

test('ip-address-missing is quiet with an address, even an invalid one', () => {
  assertQuiet(ipAddressMissing, net("<ip address='192.168.100.1' prefix='24'/>"));
  assertQuiet(ipAddressMissing, net("<ip address='nope' prefix='24'/>"));
});
