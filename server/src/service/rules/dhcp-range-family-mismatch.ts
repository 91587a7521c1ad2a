import { attr, attrValue } from '../xml';
import { libvirtIpDef, libvirtRangeProblems, parseAddress } from '../ip';
import type { Rule } from '../rule';

export const dhcpRangeFamilyMismatch: Rule = {
  id: 'dhcp-range-family-mismatch',
  severity: 'error',
  layer: 'parse',
  spec: ['DR-4', 'DR-5'],
  description: "A DHCP range's start and end must be of one family, the family of its <ip>.",
  check({ facts, report }) {
    for (const ip of facts.ips) {
      const def = libvirtIpDef((n) => attrValue(ip.element, n));
      for (const range of ip.ranges) {
        const startAttr = attr(range, 'start');
        const endAttr = attr(range, 'end');
        const start = parseAddress(startAttr?.value ?? '');
        const end = parseAddress(endAttr?.value ?? '');
        if (!startAttr || !endAttr || !start || !end) continue;
        const problems = libvirtRangeProblems(start, end, def);
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
