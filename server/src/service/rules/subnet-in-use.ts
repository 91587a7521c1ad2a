import type { Rule } from '../rule';
import { formatSubnet, subnetOf } from '../ip';
import { createsBridge, runtimeIps } from './network-runtime';
import { foreignRoutes, otherNetworkSubnets, sameSubnet, type HostSubnet } from './host-subnets';

/**
 * S-1 (host facts): networkCheckRouteCollision refuses to start a network when a kernel route
 * has exactly the network and netmask of one of its IPv4 subnets: another interface's
 * subnet, or an active libvirt network's bridge.
 */
export const subnetInUse: Rule = {
  id: 'subnet-in-use',
  severity: 'error',
  layer: 'host',
  spec: ['S-1', '§6.2'],
  description: 'An IPv4 subnet identical to a host route (another interface or an active network): net-start fails.',
  elements: ['ip'],
  check({ facts, host, report }) {
    if (!createsBridge(facts) || (!host.routes && !host.networks)) return;
    const taken: HostSubnet[] = [
      ...foreignRoutes(host).filter((r) => r.subnet.family === 'ipv4'),
      ...otherNetworkSubnets(facts, host).filter((n) => n.subnet.family === 'ipv4' && n.network?.active && n.iface),
    ];
    for (const ip of runtimeIps(facts)) {
      if (ip.def.family !== 'ipv4' || ip.def.prefix < 0) continue;
      const ours = subnetOf(ip.def.address.addr, ip.def.prefix);
      const clash = taken.find((t) => sameSubnet(t.subnet, ours));
      if (!clash) continue;
      const who = clash.network ? `network '${clash.network.name}' is running on ${clash.iface} with ${formatSubnet(ours)}` : `the host routes ${formatSubnet(ours)} via ${clash.iface}`;
      report(ip.element, `internal error: Network is already in use by interface ${clash.iface}`, `${who}: pick another subnet`);
    }
  },
};
