import { attr, attrValue } from '../xml';
import { libvirtRangeProblems, parseAddress } from '../ip';
import type { Rule } from '../rule';

export const dhcpRangeBadPrefix: Rule = {
  id: 'dhcp-range-bad-prefix',
  severity: 'error',
  layer: 'parse',
  spec: ['DR-3'],
  description: 'With a DHCP range, the <ip> must have a valid prefix: a non-contiguous netmask or a class D/E address without prefix is rejected at define.',
  elements: ['range'],
  check({ facts, report }) {
    for (const ip of facts.ips) {
      const def = ip.libvirtDef;
      if (!def || def.prefix >= 0) continue;
      for (const range of ip.ranges) {
        const start = parseAddress(attrValue(range, 'start') ?? '');
        const end = parseAddress(attrValue(range, 'end') ?? '');
        if (!start || !end || !libvirtRangeProblems(start, end, def).includes('bad-prefix')) continue;
        const netmask = attr(ip.element, 'netmask');
        report(
          netmask ?? ip.element,
          `internal error: bad prefix ${def.prefix} for network ${def.address.text} when checking range ${start.text} - ${end.text}`,
          netmask ? "the netmask's one-bits must be contiguous, e.g. 255.255.255.0; or use prefix='24'" : `${def.address.text} is a class D/E address: give a prefix, e.g. prefix='24'`,
        );
        break; // libvirt stops at the first range
      }
    }
  },
};
