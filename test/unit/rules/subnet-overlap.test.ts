import { test } from 'node:test';
import { subnetOverlap as rule } from '../../../server/src/service/rules/subnet-overlap';
import type { HostFacts } from '../../../server/src/service/host-facts';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

const host: HostFacts = {
  networks: [
    { name: 'default', active: true, bridge: 'virbr0', subnets: [{ family: 'ipv4', address: '192.168.122.1', prefix: 24 }] },
    { name: 'lab', active: false, bridge: 'virbr1', subnets: [{ family: 'ipv6', address: 'fd00:1::1', prefix: 64 }, { family: 'ipv4', address: '10.50.0.1', prefix: 24 }] },
  ],
  routes: [
    { iface: 'virbr0', family: 'ipv4', destination: '192.168.122.0', prefix: 24 },
    { iface: 'eth0', family: 'ipv4', destination: '0.0.0.0', prefix: 0 },
    { iface: 'eth0', family: 'ipv4', destination: '192.168.0.0', prefix: 16 },
    { iface: 'eth0', family: 'ipv6', destination: 'fe80::', prefix: 64 },
  ],
};

test('subnet-overlap warns on a subnet inside an active network’s, at the <ip>', () => {
  assertFires(rule, net('<⟦ip⟧ address="192.168.122.129" prefix="25"/>'), "subnet 192.168.122.128/25 overlaps 192.168.122.0/24 of network 'default' (active)", {
    networks: host.networks,
  });
});

test('subnet-overlap warns on the same subnet as an inactive network, IPv6 too', () => {
  assertFires(rule, net('<⟦ip⟧ family="ipv6" address="fd00:1::2" prefix="64"/>'), "subnet fd00:1::/64 overlaps fd00:1::/64 of network 'lab' (inactive)", host);
});

test('subnet-overlap warns on a subnet inside a host route', () => {
  assertFires(rule, net('<⟦ip⟧ address="192.168.50.1" prefix="24"/>'), 'subnet 192.168.50.0/24 overlaps the host route 192.168.0.0/16 on eth0', host);
});

test('subnet-overlap is quiet for distinct subnets, default and link-local routes, the identical running subnet (subnet-in-use) and the network itself', () => {
  assertQuiet(rule, net('<ip address="172.16.5.1" prefix="24"/><ip family="ipv6" address="fd00:9::1" prefix="64"/>'), host);
  assertQuiet(rule, net('<ip address="10.50.0.1" prefix="24"/>', 'lab'), host);
  assertQuiet(rule, net('<ip address="172.16.5.1" prefix="24"/>'));
});
