import { attr, attrValue } from '../xml';
import { formatAddress, fromBigInt, libvirtIpDef, libvirtRangeProblems, parseAddress, toBigInt } from '../ip';
import type { QuickFix, Rule } from '../rule';

export const dhcpRangeContainsGateway: Rule = {
  id: 'dhcp-range-contains-gateway',
  severity: 'warning',
  layer: 'lint',
  spec: ['§6.19', 'DR-13'],
  description: "A DHCP range that contains the network's own <ip> address.",
  check({ facts, report }) {
    for (const ip of facts.ips) {
      const def = libvirtIpDef((n) => attrValue(ip.element, n));
      if (!def) continue;
      const gateway = toBigInt(def.address.addr);
      for (const range of ip.ranges) {
        const startAttr = attr(range, 'start');
        const endAttr = attr(range, 'end');
        const start = parseAddress(startAttr?.value ?? '');
        const end = parseAddress(endAttr?.value ?? '');
        if (!startAttr || !endAttr || !start || !end || libvirtRangeProblems(start, end, def).length > 0) continue;
        const s = toBigInt(start.addr);
        const e = toBigInt(end.addr);
        if (gateway < s || gateway > e) continue;
        let fixes: QuickFix[] | undefined;
        if (gateway === s && s < e) fixes = [{ title: 'Start the range after the gateway', edits: [{ range: startAttr.valueRange, newText: formatAddress(fromBigInt(s + 1n, def.family)) }] }];
        else if (gateway === e && s < e) fixes = [{ title: 'End the range before the gateway', edits: [{ range: endAttr.valueRange, newText: formatAddress(fromBigInt(e - 1n, def.family)) }] }];
        report(
          range,
          `DHCP range ${start.text} - ${end.text} in network '${facts.name}' contains the network's own address ${def.address.text}`,
          'keep the host address out of the range so it is never offered to a guest',
          fixes,
        );
      }
    }
  },
};
