import { test } from 'node:test';
import { dhcpHostNameCharacters } from '../../../server/src/service/rules/dhcp-host-name-characters';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('dhcp-host-name-characters: a comma after the first character', () => {
  assertFires(dhcpHostNameCharacters, net("<ip address='10.0.0.1' prefix='24'><dhcp><host name='⟦web,db⟧' ip='10.0.0.5'/></dhcp></ip>"), "Host name 'web,db' in network 'test' contains ','");
});

test('dhcp-host-name-characters is quiet on letters, digits, -, _ and ., and leaves a bad first character to the parser rule', () => {
  assertQuiet(dhcpHostNameCharacters, net("<ip address='10.0.0.1' prefix='24'><dhcp><host name='web-1_a.example' ip='10.0.0.5'/><host name='-x' ip='10.0.0.6'/></dhcp></ip>"));
});
