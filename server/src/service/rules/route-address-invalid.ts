import { children } from '../xml';
import { parseAddress } from '../ip';
import type { Rule } from '../rule';
import { routeAttributes } from './devices-support';

export const routeAddressInvalid: Rule = {
  id: 'route-address-invalid',
  severity: 'error',
  layer: 'parse',
  spec: ['RT-4'],
  description: 'A <route> address must be a numeric IP address.',
  elements: ['route'],
  check({ root, facts, report }) {
    for (const route of children(root, 'route')) {
      const { address } = routeAttributes(route);
      if (!address || parseAddress(address.value)) continue;
      report(address, `${facts.name}: Bad network address '${address.value}' in route definition`, 'give the destination network address, e.g. 192.168.222.0 (the prefix goes in prefix=)');
    }
  },
};
