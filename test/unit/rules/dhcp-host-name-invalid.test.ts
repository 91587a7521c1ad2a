import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dhcpHostNameInvalid } from '../../../server/src/service/rules/dhcp-host-name-invalid';
import { startsLikeHostName } from '../../../server/src/service/rules/libvirt-values';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('dhcp-host-name-invalid: a leading dash, and an empty name', () => {
  assertFires(dhcpHostNameInvalid, net("<ip address='10.0.0.1' prefix='24'><dhcp><host name='⟦-web⟧' ip='10.0.0.5'/></dhcp></ip>"), "Cannot use host name '-web' in network 'test'");
  assertFires(dhcpHostNameInvalid, net("<ip address='10.0.0.1' prefix='24'><dhcp><host ⟦name=''⟧ ip='10.0.0.5'/></dhcp></ip>"), "Cannot use host name '' in network 'test'");
});

test('dhcp-host-name-invalid is quiet when the first character is alphanumeric (the rest is not checked)', () => {
  assertQuiet(dhcpHostNameInvalid, net("<ip address='10.0.0.1' prefix='24'><dhcp><host name='9web' ip='10.0.0.5'/><host name='a,b' ip='10.0.0.6'/></dhcp></ip>"));
});

test('a host name starts well exactly when its first character is an ASCII letter or digit (libvirt c_isalnum)', () => {
  for (let code = 0; code < 0x180; code++) {
    const name = `${String.fromCharCode(code)}web`;
    assert.equal(startsLikeHostName(name), /^[A-Za-z0-9]/.test(name), `U+${code.toString(16)}`);
  }
  assert.equal(startsLikeHostName(''), false);
  assert.equal(startsLikeHostName('١web'), false, 'a non-ASCII digit');
});
