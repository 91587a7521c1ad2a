import type { Rule } from '../rule';
import { readRanges } from './dhcp-ranges';

export const dhcpRangeReversed: Rule = {
  id: 'dhcp-range-reversed',
  severity: 'error',
  layer: 'parse',
  spec: ['DR-9', 'DR-12'],
  description: 'A DHCP range must not end before it starts.',
  elements: ['range'],
  check({ facts, report }) {
    for (const ip of facts.ips) {
      for (const { element: range, startAttr, endAttr, start, end, problems } of readRanges(ip).ranges) {
        if (!problems.includes('reversed')) continue;
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
