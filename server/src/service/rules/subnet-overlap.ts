import type { Rule } from '../rule';
import { formatSubnet, subnetOf, subnetsOverlap } from '../ip';
import { createsBridge, runtimeIps } from './network-runtime';
import { foreignRoutes, isInfrastructureSubnet, otherNetworkSubnets, sameSubnet } from './host-subnets';

/**
 * §6.2 (host facts): libvirt only catches an identical IPv4 subnet on a live route (S-1,
 * rule subnet-in-use). Any other overlap, containment either way, IPv4 or IPv6, with another
 * defined network or a host route, defines and often starts, and then misroutes traffic; two
 * networks with the same subnet cannot run at the same time.
 */
export const subnetOverlap: Rule = {
  id: 'subnet-overlap',
  severity: 'warning',
  layer: 'host',
  spec: ['§6.2', 'S-1'],
  description: 'A subnet overlapping another defined network or a host route.',
  elements: ['ip'],
  check({ facts, host, report }) {
    if (!createsBridge(facts) || (!host.routes && !host.networks)) return;
    const networks = otherNetworkSubnets(facts, host);
    const routes = foreignRoutes(host).filter((r) => !isInfrastructureSubnet(r.subnet));
    for (const ip of runtimeIps(facts)) {
      if (ip.def.prefix < 0) continue;
      const ours = subnetOf(ip.def.address.addr, ip.def.prefix);
      const shown = formatSubnet(ours);
      for (const other of networks) {
        const network = other.network;
        if (!network || !subnetsOverlap(ours, other.subnet)) continue;
        const identical = sameSubnet(ours, other.subnet);
        // Identical IPv4 subnet of a running network: subnet-in-use reports it as an error.
        if (identical && ours.family === 'ipv4' && network.active && network.bridge) continue;
        report(
          ip.element,
          `subnet ${shown} overlaps ${formatSubnet(other.subnet)} of network '${network.name}' (${network.active ? 'active' : 'inactive'})`,
          identical
            ? `both define, but they cannot run at the same time (the second fails with "Network is already in use by interface ${network.bridge ?? '…'}"): pick another subnet`
            : 'guests of one network cannot reach the overlapping addresses of the other: pick a subnet that does not overlap',
        );
      }
      for (const route of routes) {
        if (!subnetsOverlap(ours, route.subnet)) continue;
        if (ours.family === 'ipv4' && sameSubnet(ours, route.subnet)) continue; // subnet-in-use
        report(
          ip.element,
          `subnet ${shown} overlaps the host route ${formatSubnet(route.subnet)} on ${route.iface}`,
          'the host then has two routes for the overlapping addresses (libvirt only refuses an identical IPv4 subnet): pick a subnet that does not overlap',
        );
      }
    }
  },
};
