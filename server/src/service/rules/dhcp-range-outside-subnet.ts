import { attr, attrValue } from '../xml';
import { formatSubnet, inSubnet, libvirtIpDef, libvirtRangeProblems, parseAddress, subnetOf } from '../ip';
import type { Rule } from '../rule';

export const dhcpRangeOutsideSubnet: Rule = {
  id: 'dhcp-range-outside-subnet',
  severity: 'error',
  layer: 'parse',
  spec: ['DR-6'],
  description: 'Both ends of a DHCP range must be inside the <ip> subnet.',
  check({ facts, report }) {
    for (const ip of facts.ips) {
      const def = libvirtIpDef((n) => attrValue(ip.element, n));
      if (!def) continue;
      for (const range of ip.ranges) {
        const startAttr = attr(range, 'start');
        const endAttr = attr(range, 'end');
        const start = parseAddress(startAttr?.value ?? '');
        const end = parseAddress(endAttr?.value ?? '');
        if (!startAttr || !endAttr || !start || !end || !libvirtRangeProblems(start, end, def).includes('outside')) continue;
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
