import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dhcpRangeContainsGateway } from '../../../server/src/service/rules/dhcp-range-contains-gateway';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('dhcp-range-contains-gateway: range starting at the <ip> address, fix starts after it', () => {
  const p = assertFires(
    dhcpRangeContainsGateway,
    net("<ip address='192.168.122.1' prefix='24'><dhcp><⟦range⟧ start='192.168.122.1' end='192.168.122.254'/></dhcp></ip>"),
    "DHCP range 192.168.122.1 - 192.168.122.254 in network 'test' contains the network's own address 192.168.122.1",
  );
  assert.equal(p.fixes?.[0].edits[0].newText, '192.168.122.2');
});

test('dhcp-range-contains-gateway: gateway in the middle (IPv6)', () => {
  assertFires(dhcpRangeContainsGateway, net("<ip family='ipv6' address='fd00::80' prefix='64'><dhcp><⟦range⟧ start='fd00::2' end='fd00::ff'/></dhcp></ip>"), 'contains the network');
});

test('dhcp-range-contains-gateway is quiet when the gateway is outside the range', () => {
  assertQuiet(dhcpRangeContainsGateway, net("<ip address='192.168.122.1' prefix='24'><dhcp><range start='192.168.122.2' end='192.168.122.254'/></dhcp></ip>"));
});
