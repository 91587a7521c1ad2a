import { children } from '../xml';
import type { Rule } from '../rule';
import { routeAttributes } from './devices-support';

export const routeGatewayMissing: Rule = {
  id: 'route-gateway-missing',
  severity: 'error',
  layer: 'parse',
  spec: ['RT-3'],
  description: 'A <route> needs a gateway.',
  elements: ['route'],
  check({ root, facts, report }) {
    for (const route of children(root, 'route')) {
      const a = routeAttributes(route);
      // libvirt checks the address first.
      if (a.gateway || !a.address) continue;
      report(route, `${facts.name}: Missing required gateway attribute in route definition`, "add gateway='IP': a host inside one of this network's <ip> subnets that routes to the destination");
    }
  },
};
