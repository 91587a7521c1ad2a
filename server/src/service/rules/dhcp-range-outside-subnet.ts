import { formatSubnet, inSubnet, subnetOf } from '../ip';
import type { Rule } from '../rule';
import { readRanges } from './dhcp-ranges';

export const dhcpRangeOutsideSubnet: Rule = {
  id: 'dhcp-range-outside-subnet',
  severity: 'error',
  layer: 'parse',
  spec: ['DR-6'],
  description: 'Both ends of a DHCP range must be inside the <ip> subnet.',
  elements: ['range'],
  check({ facts, report }) {
    for (const ip of facts.ips) {
      const { def, ranges } = readRanges(ip);
      if (!def) continue;
      for (const { element: range, startAttr, endAttr, start, end, problems } of ranges) {
        if (!problems.includes('outside')) continue;
        const startIn = inSubnet(start.addr, def.address.addr, def.prefix);
        const endIn = inSubnet(end.addr, def.address.addr, def.prefix);
        report(
          startIn ? endAttr : endIn ? startAttr : range,
          `internal error: range ${start.text} - ${end.text} is not entirely within network ${def.address.text}/${def.prefix}`,
          `the subnet is ${formatSubnet(subnetOf(def.address.addr, def.prefix))}: keep the range inside it (or widen the prefix)`,
        );
      }
    }
  },
};
