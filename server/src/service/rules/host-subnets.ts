import type { NetworkFacts } from '../facts';
import type { HostFacts, HostNetwork, HostRoute } from '../host-facts';
import { parseAddress, subnetOf, type Subnet } from '../ip';

/** Subnets and routes from the host facts, parsed, for the subnet-in-use / subnet-overlap rules. */

export interface HostSubnet {
  subnet: Subnet;
  /** The libvirt network it belongs to, when it is one. */
  network?: HostNetwork;
  /** A kernel route it comes from, when it is one. */
  route?: HostRoute;
  /** Interface: the route's, or the network's bridge. */
  iface?: string;
}

function parsedSubnet(family: string, address: string, prefix: number): Subnet | undefined {
  const parsed = parseAddress(address);
  const bits = family === 'ipv4' ? 32 : 128;
  if (!parsed || parsed.family !== family || !Number.isInteger(prefix) || prefix < 0 || prefix > bits) return undefined;
  return subnetOf(parsed.addr, prefix);
}

/** Subnets of the other libvirt networks (the one with this document's name is skipped). */
export function otherNetworkSubnets(facts: NetworkFacts, host: HostFacts): HostSubnet[] {
  const out: HostSubnet[] = [];
  for (const network of host.networks ?? []) {
    if (network.name === facts.name) continue;
    for (const s of network.subnets) {
      const subnet = parsedSubnet(s.family, s.address, s.prefix);
      if (subnet) out.push({ subnet, network, iface: network.bridge });
    }
  }
  return out;
}

/** Kernel routes, minus default routes and those on the bridges of libvirt networks (this one's included). */
export function foreignRoutes(host: HostFacts): HostSubnet[] {
  const bridges = new Set((host.networks ?? []).map((n) => n.bridge).filter((b): b is string => b !== undefined));
  const out: HostSubnet[] = [];
  for (const route of host.routes ?? []) {
    if (bridges.has(route.iface) || route.prefix === 0) continue;
    const subnet = parsedSubnet(route.family, route.destination, route.prefix);
    if (subnet) out.push({ subnet, route, iface: route.iface });
  }
  return out;
}

/** Link-local and multicast ranges every interface has routes for. */
export function isInfrastructureSubnet(s: Subnet): boolean {
  if (s.family === 'ipv6') {
    const top = Number(s.network >> 112n);
    return (top & 0xffc0) === 0xfe80 || (top & 0xff00) === 0xff00;
  }
  const first = Number(s.network >> 24n);
  return first >= 224 || (first === 169 && Number((s.network >> 16n) & 0xffn) === 254);
}

export function sameSubnet(a: Subnet, b: Subnet): boolean {
  return a.family === b.family && a.network === b.network && a.prefix === b.prefix;
}
