import { test } from 'node:test';
import { ipSubnetOverlap } from '../../../server/src/service/rules/ip-subnet-overlap';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('ip-subnet-overlap: two <ip> in the same /24, at the second', () => {
  assertFires(
    ipSubnetOverlap,
    net("<ip address='192.168.100.1' prefix='24'/>\n<ip address='⟦192.168.100.2⟧' netmask='255.255.255.0'/>"),
    "<ip address='192.168.100.2'> (192.168.100.0/24) in network 'test' is in the same subnet as <ip address='192.168.100.1'> (192.168.100.0/24)",
  );
});

test('ip-subnet-overlap: containment counts', () => {
  assertFires(ipSubnetOverlap, net("<ip address='10.0.0.1' prefix='8'/>\n<ip address='⟦10.5.0.1⟧' prefix='24'/>"), 'in a subnet overlapping');
});

test('ip-subnet-overlap is quiet on separate subnets and on IPv4 + IPv6', () => {
  assertQuiet(ipSubnetOverlap, net("<ip address='192.168.100.1' prefix='24'/>\n<ip address='192.168.101.1' prefix='24'/>"));
  assertQuiet(ipSubnetOverlap, net("<ip address='192.168.100.1' prefix='24'/>\n<ip family='ipv6' address='fd00::1' prefix='64'/>\n<ip family='ipv6' address='fd00:0:0:1::1' prefix='64'/>"));
});
