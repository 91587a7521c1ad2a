import { test } from 'node:test';
import { localPtrPrefixUnsupported as rule } from '../../../server/src/service/rules/local-ptr-prefix-unsupported';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('local-ptr-prefix-unsupported fires on IPv4 /20, at localPtr', () => {
  assertFires(rule, net('<ip address="10.9.5.1" prefix="20" localPtr="⟦yes⟧"/>'), 'unsupported configuration: PTR domain for IPv4 network with prefix 20 cannot be automatically created');
});

test('local-ptr-prefix-unsupported fires on IPv6 /62', () => {
  assertFires(rule, net('<ip family="ipv6" address="fd00:1::1" prefix="62" localPtr="⟦yes⟧"/>'), 'PTR domain for IPv6 network with prefix 62 cannot be automatically created');
});

test('local-ptr-prefix-unsupported is quiet for /24 and /64, localPtr=no, and with DNS disabled', () => {
  assertQuiet(rule, net('<ip address="192.168.122.1" netmask="255.255.255.0" localPtr="yes"/><ip family="ipv6" address="2001:db8::1" prefix="64" localPtr="yes"/>'));
  assertQuiet(rule, net('<ip address="10.9.5.1" prefix="20" localPtr="no"/>'));
  assertQuiet(rule, net('<dns enable="no"/><ip address="10.9.5.1" prefix="20" localPtr="yes"><dhcp><range start="10.9.5.2" end="10.9.5.9"/></dhcp></ip>'));
});
