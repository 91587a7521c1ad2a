import { attr } from '../xml';
import type { Rule } from '../rule';

export const dhcpRangeAttributeMissing: Rule = {
  id: 'dhcp-range-attribute-missing',
  severity: 'error',
  layer: 'parse',
  spec: ['DR-1', 'DR-2'],
  description: 'A DHCP <range> needs both start and end.',
  elements: ['range'],
  check({ facts, report }) {
    for (const ip of facts.ips) {
      for (const range of ip.ranges) {
        const missing = !attr(range, 'start') ? 'start' : !attr(range, 'end') ? 'end' : undefined;
        if (!missing) continue;
        report(range, `Missing '${missing}' attribute in dhcp range for network '${facts.name}'`, `add ${missing}='…' with the ${missing === 'start' ? 'first' : 'last'} address guests may lease`);
      }
    }
  },
};
