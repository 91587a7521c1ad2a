import { children } from '../xml';
import { bitsOf, formatSubnet, networkOf, subnetOf, type LibvirtIpDef } from '../ip';
import type { Rule } from '../rule';
import { routeDef } from './devices-support';

export const routeGatewayUnreachable: Rule = {
  id: 'route-gateway-unreachable',
  severity: 'error',
  layer: 'parse',
  spec: ['RT-14'],
  description: "A <route> gateway must lie inside the subnet of one of the network's <ip> addresses of the same family.",
  elements: ['route'],
  check({ root, facts, report }) {
    const ips: LibvirtIpDef[] = [];
    for (const ip of facts.ips) {
      // libvirt parses every <ip> before the routes: with a broken <ip> it never gets here.
      if (!ip.libvirtDef) return;
      ips.push(ip.libvirtDef);
    }
    for (const route of children(root, 'route')) {
      const def = routeDef(route);
      if (!def || !def.attributes.gateway) continue;
      const gateway = def.gateway.addr;
      const reachable = ips.some(
        (ip) => ip.address.family === def.family && ip.prefix >= 0 && ip.prefix <= bitsOf(def.family) && networkOf(ip.address.addr, ip.prefix) === networkOf(gateway, ip.prefix),
      );
      if (reachable) continue;
      const subnets = ips.filter((ip) => ip.address.family === def.family && ip.prefix >= 0 && ip.prefix <= bitsOf(def.family)).map((ip) => formatSubnet(subnetOf(ip.address.addr, ip.prefix)));
      report(
        def.attributes.gateway,
        `unsupported configuration: unreachable static route gateway '${def.gateway.text}' specified for network '${facts.name}'`,
        subnets.length > 0
          ? `the gateway must be on this network: inside ${subnets.join(' or ')}`
          : `the gateway must be inside the subnet of an ${def.family === 'ipv4' ? 'IPv4' : 'IPv6'} <ip> of this network, and it has none`,
      );
    }
  },
};
