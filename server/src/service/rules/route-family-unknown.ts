import { children } from '../xml';
import type { Rule } from '../rule';
import { fix, routeAttributes } from './devices-support';
import { replaceValue } from './fix-edits';

export const routeFamilyUnknown: Rule = {
  id: 'route-family-unknown',
  severity: 'error',
  layer: 'parse',
  spec: ['RT-12'],
  description: "A <route> family is 'ipv4' or 'ipv6' (lower case).",
  elements: ['route'],
  check({ root, facts, report }) {
    for (const route of children(root, 'route')) {
      const a = routeAttributes(route);
      if (!a.family || a.branch) continue;
      const lower = a.family.value.trim().toLowerCase();
      const fixes = lower === 'ipv4' || lower === 'ipv6' ? [fix(`Change to '${lower}'`, replaceValue(a.family, lower))] : [];
      report(a.family, `${facts.name}: Unrecognized family '${a.family.value}' in route definition`, "use family='ipv4' or family='ipv6' (or leave it out for IPv4)", fixes);
    }
  },
};
