import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hostFactsFrom, parseIpv4Routes, parseIpv6Routes } from '../../server/src/host/facts';
import { definitionDifference } from '../../server/src/handlers/host-xml-compare';
import { parseXml } from '../../server/src/service/parse';

/** Captured inside a sandboxed libvirtd's namespace with `default` (virbr0) and an IPv6-only network (virbr9) active. */
const fixture = (name: string) => readFileSync(join(__dirname, '../../../test/fixtures/host', name), 'utf8');

test('IPv4 routes from /proc/net/route: the bridge subnet libvirt compares against', () => {
  assert.deepEqual(parseIpv4Routes(fixture('proc-net-route.txt'), true), [{ iface: 'virbr0', family: 'ipv4', destination: '192.168.122.0', prefix: 24 }]);
});

test('IPv6 routes from /proc/net/ipv6_route: subnets only, no local or reject entries', () => {
  assert.deepEqual(parseIpv6Routes(fixture('proc-net-ipv6_route.txt')), [{ iface: 'virbr9', family: 'ipv6', destination: 'fd00:9:0:0:0:0:0:0', prefix: 64 }]);
});

test('a non-contiguous mask line is left out rather than misread', () => {
  const text = 'Iface\tDestination\tGateway\tFlags\tRefCnt\tUse\tMetric\tMask\tMTU\tWindow\tIRTT\neth9\t0000000A\t00000000\t0001\t0\t0\t0\tFF00FF00\t0\t0\t0\n';
  assert.deepEqual(parseIpv4Routes(text, true), []);
});

test('host facts: networks from the snapshot, routes and interfaces only for the local machine', () => {
  const snapshot = {
    uri: 'qemu:///system',
    ok: true as const,
    networks: [{ name: 'default', uuid: 'u', active: true, autostart: true, persistent: true, bridge: 'virbr0', forwardMode: 'nat', ips: [{ family: 'ipv4' as const, address: '192.168.122.1', prefix: 24, dhcpRanges: [] }] }],
  };
  const facts = hostFactsFrom(snapshot, { routes: [], interfaces: ['lo', 'virbr0'] });
  assert.deepEqual(facts.networks, [{ name: 'default', uuid: 'u', active: true, bridge: 'virbr0', subnets: [{ family: 'ipv4', address: '192.168.122.1', prefix: 24 }] }]);
  assert.deepEqual(facts.interfaces, ['lo', 'virbr0']);
  assert.equal(hostFactsFrom(snapshot, undefined).interfaces, undefined);
});

test('redefine check: libvirt\'s own additions do not count as differences, a removed <dhcp> does', () => {
  const doc = "<network><name>n</name><ip address='10.0.0.1' prefix='24'><dhcp><range start='10.0.0.2' end='10.0.0.9'/></dhcp></ip></network>";
  const live = `<network>
  <name>n</name>
  <uuid>6f8a4c2e-1b3d-4e5f-8a9b-0c1d2e3f4a5b</uuid>
  <bridge name='virbr1' stp='on' delay='0'/>
  <mac address='52:54:00:12:34:56'/>
  <ip address='10.0.0.1' prefix='24'>
    <dhcp>
      <range start='10.0.0.2' end='10.0.0.9'/>
    </dhcp>
  </ip>
</network>`;
  assert.equal(definitionDifference(parseXml(doc), live), undefined);
  assert.ok(definitionDifference(parseXml(doc.replace("<dhcp><range start='10.0.0.2' end='10.0.0.9'/></dhcp>", '')), live));
  assert.ok(definitionDifference(parseXml(doc.replace("end='10.0.0.9'", "end='10.0.0.99'")), live));
});
