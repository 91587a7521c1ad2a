import { attr, attrValue } from '../xml';
import { libvirtIpDef, libvirtRangeProblems, parseAddress } from '../ip';
import type { Rule } from '../rule';

export const dhcpRangeReversed: Rule = {
  id: 'dhcp-range-reversed',
  severity: 'error',
  layer: 'parse',
  spec: ['DR-9', 'DR-12'],
  description: 'A DHCP range must not end before it starts.',
  check({ facts, report }) {
    for (const ip of facts.ips) {
      const def = libvirtIpDef((n) => attrValue(ip.element, n));
      for (const range of ip.ranges) {
        const startAttr = attr(range, 'start');
        const endAttr = attr(range, 'end');
        const start = parseAddress(startAttr?.value ?? '');
        const end = parseAddress(endAttr?.value ?? '');
        if (!startAttr || !endAttr || !start || !end || !libvirtRangeProblems(start, end, def).includes('reversed')) continue;
        report(
          range,
          start.family === 'ipv4' ? `internal error: range ${start.text} - ${end.text} is reversed ` : `internal error: range ${start.text} - ${end.text} start larger than end`,
          'swap start and end',
          [
            {
              title: 'Swap start and end',
              edits: [
                { range: startAttr.valueRange, newText: endAttr.value },
                { range: endAttr.valueRange, newText: startAttr.value },
              ],
            },
          ],
        );
      }
    }
  },
};
