import { toBigInt } from '../ip';
import type { Rule } from '../rule';
import { readRanges } from './dhcp-ranges';

export const dhcpRangeOverlap: Rule = {
  id: 'dhcp-range-overlap',
  severity: 'warning',
  layer: 'lint',
  spec: ['§6.19', 'DR-13'],
  description: 'Two DHCP ranges of one <ip> that overlap.',
  elements: ['range'],
  check({ facts, report }) {
    for (const ip of facts.ips) {
      const { def, ranges } = readRanges(ip);
      if (!def) continue;
      const seen: { s: bigint; e: bigint; text: string }[] = [];
      for (const { element: range, start, end, problems } of ranges) {
        if (problems.length > 0) continue;
        const s = toBigInt(start.addr);
        const e = toBigInt(end.addr);
        const other = seen.find((o) => s <= o.e && o.s <= e);
        seen.push({ s, e, text: `${start.text} - ${end.text}` });
        if (!other) continue;
        report(range, `DHCP range ${start.text} - ${end.text} in network '${facts.name}' overlaps the range ${other.text}`, 'merge the ranges or make them disjoint');
      }
    }
  },
};
