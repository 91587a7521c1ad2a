import { test } from 'node:test';
import { ipNetmaskInvalid } from '../../../server/src/service/rules/ip-netmask-invalid';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('ip-netmask-invalid fires on an unparseable netmask', () => {
  assertFires(ipNetmaskInvalid, net("<ip address='10.0.0.1' netmask='⟦/24⟧'/>"), "Invalid netmask '/24' in network 'test'");
});

test('ip-netmask-invalid is quiet on a numeric netmask, even a non-contiguous or empty one', () => {
  assertQuiet(ipNetmaskInvalid, net("<ip address='10.0.0.1' netmask='255.255.255.0'/>"));
  assertQuiet(ipNetmaskInvalid, net("<ip address='10.0.0.1' netmask='255.0.255.0'/>"));
  assertQuiet(ipNetmaskInvalid, net("<ip address='10.0.0.1' netmask='' prefix='24'/>"));
});
