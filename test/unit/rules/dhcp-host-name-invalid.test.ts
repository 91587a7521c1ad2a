import { test } from 'node:test';
import { dhcpHostNameInvalid } from '../../../server/src/service/rules/dhcp-host-name-invalid';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('dhcp-host-name-invalid: a leading dash, and an empty name', () => {
  assertFires(dhcpHostNameInvalid, net("<ip address='10.0.0.1' prefix='24'><dhcp><host name='⟦-web⟧' ip='10.0.0.5'/></dhcp></ip>"), "Cannot use host name '-web' in network 'test'");
  assertFires(dhcpHostNameInvalid, net("<ip address='10.0.0.1' prefix='24'><dhcp><host ⟦name=''⟧ ip='10.0.0.5'/></dhcp></ip>"), "Cannot use host name '' in network 'test'");
});

test('dhcp-host-name-invalid is quiet when the first character is alphanumeric (the rest is not checked)', () => {
  assertQuiet(dhcpHostNameInvalid, net("<ip address='10.0.0.1' prefix='24'><dhcp><host name='9web' ip='10.0.0.5'/><host name='a,b' ip='10.0.0.6'/></dhcp></ip>"));
});
