import { children } from '../xml';
import type { Rule } from '../rule';
import { routeAttributes } from './devices-support';

export const routeAddressMissing: Rule = {
  id: 'route-address-missing',
  severity: 'error',
  layer: 'parse',
  spec: ['RT-2'],
  description: 'A <route> needs an address (the destination network).',
  elements: ['route'],
  check({ root, facts, report }) {
    for (const route of children(root, 'route')) {
      if (routeAttributes(route).address) continue;
      report(route, `${facts.name}: Missing required address attribute in route definition`, "add address='NETWORK' and prefix='N' for the destination, e.g. address='192.168.222.0' prefix='24'");
    }
  },
};
