import { children } from '../xml';
import { parseAddress } from '../ip';
import type { Rule } from '../rule';
import { routeAttributes } from './devices-support';

export const routeGatewayInvalid: Rule = {
  id: 'route-gateway-invalid',
  severity: 'error',
  layer: 'parse',
  spec: ['RT-5'],
  description: 'A <route> gateway must be a numeric IP address.',
  elements: ['route'],
  check({ root, facts, report }) {
    for (const route of children(root, 'route')) {
      const { gateway } = routeAttributes(route);
      if (!gateway || parseAddress(gateway.value)) continue;
      report(gateway, `${facts.name}: Bad gateway address '${gateway.value}' in route definition`, 'give the numeric IP address of the next hop (host names are not resolved)');
    }
  },
};
