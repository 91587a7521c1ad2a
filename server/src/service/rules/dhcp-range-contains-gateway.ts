import { formatAddress, fromBigInt, toBigInt } from '../ip';
import type { QuickFix, Rule } from '../rule';
import { readRanges } from './dhcp-ranges';

export const dhcpRangeContainsGateway: Rule = {
  id: 'dhcp-range-contains-gateway',
  severity: 'warning',
  layer: 'lint',
  spec: ['§6.19', 'DR-13'],
  description: "A DHCP range that contains the network's own <ip> address.",
  elements: ['range'],
  check({ facts, report }) {
    for (const ip of facts.ips) {
      const { def, ranges } = readRanges(ip);
      if (!def) continue;
      const gateway = toBigInt(def.address.addr);
      for (const { element: range, startAttr, endAttr, start, end, problems } of ranges) {
        if (problems.length > 0) continue;
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
