import type { Rule } from '../rule';
import { readRanges } from './dhcp-ranges';

export const dhcpRangeFamilyMismatch: Rule = {
  id: 'dhcp-range-family-mismatch',
  severity: 'error',
  layer: 'parse',
  spec: ['DR-4', 'DR-5'],
  description: "A DHCP range's start and end must be of one family, the family of its <ip>.",
  elements: ['range'],
  check({ facts, report }) {
    for (const ip of facts.ips) {
      const { def, ranges } = readRanges(ip);
      for (const { element: range, startAttr, endAttr, start, end, problems } of ranges) {
        if (problems.includes('family')) {
          // The odd one out is the one whose family differs from the <ip>'s.
          const wrong = def && start.family !== def.family ? startAttr : endAttr;
          report(wrong, `internal error: mismatch of address family in range ${start.text} - ${end.text}`, 'start and end must both be IPv4 or both IPv6, like the <ip> address');
        } else if (def && problems.includes('network-family')) {
          report(
            range,
            `internal error: mismatch of address family in range ${start.text} - ${end.text} for network ${def.address.text}`,
            `this range belongs in the ${start.family === 'ipv4' ? 'IPv4' : "family='ipv6'"} <ip> element`,
          );
        }
      }
    }
  },
};
