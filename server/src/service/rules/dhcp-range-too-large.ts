import type { Rule } from '../rule';
import { readRanges } from './dhcp-ranges';

export const dhcpRangeTooLarge: Rule = {
  id: 'dhcp-range-too-large',
  severity: 'error',
  layer: 'parse',
  spec: ['DR-10', 'DR-11'],
  description: 'A DHCP range may only differ in its last 16 bits (last two IPv4 bytes, last IPv6 group).',
  elements: ['range'],
  check({ facts, report }) {
    for (const ip of facts.ips) {
      for (const { element: range, start, end, problems } of readRanges(ip).ranges) {
        if (!problems.includes('too-large')) continue;
        report(
          range,
          `internal error: range ${start.text} - ${end.text} is too large (> 65535)`,
          start.family === 'ipv4'
            ? 'libvirt requires start and end to share their first two bytes: split the range, e.g. at x.y.255.254 / x.(y+1).0.1'
            : 'libvirt requires start and end to share their first 112 bits (differ only in the last group)',
        );
      }
    }
  },
};
