import { broadcastOf, formatAddress, fromBigInt, networkOf, toBigInt } from '../ip';
import type { Rule } from '../rule';
import { readRanges } from './dhcp-ranges';

export const dhcpRangeNetworkOrBroadcast: Rule = {
  id: 'dhcp-range-network-or-broadcast',
  severity: 'error',
  layer: 'parse',
  spec: ['DR-7', 'DR-8'],
  description: "An IPv4 DHCP range can't start at the network address or end at the broadcast address.",
  elements: ['range'],
  check({ facts, report }) {
    for (const ip of facts.ips) {
      const { def, ranges } = readRanges(ip);
      if (!def) continue;
      const gateway = toBigInt(def.address.addr);
      for (const { startAttr, endAttr, start, end, problems } of ranges) {
        const where = `${start.text} - ${end.text} in network ${def.address.text}/${def.prefix}`;
        if (problems.includes('network-address')) {
          let first = networkOf(def.address.addr, def.prefix) + 1n;
          if (first === gateway) first++;
          const text = formatAddress(fromBigInt(first, 'ipv4'));
          // No fix where the subnet has no room (/31, /32) or the fix would reverse the range.
          const fixable = def.prefix <= 30 && first <= toBigInt(end.addr);
          report(
            startAttr,
            `internal error: start of range ${where} is the network address`,
            fixable ? `start at a host address, e.g. ${text}` : 'start at a host address of the subnet',
            fixable ? [{ title: `Start the range at ${text}`, edits: [{ range: startAttr.valueRange, newText: text }] }] : undefined,
          );
        }
        if (problems.includes('broadcast-address')) {
          let last = broadcastOf(def.address.addr, def.prefix) - 1n;
          if (last === gateway) last--;
          const text = formatAddress(fromBigInt(last, 'ipv4'));
          const fixable = def.prefix <= 30 && last >= toBigInt(start.addr);
          report(
            endAttr,
            `internal error: end of range ${where} is the broadcast address`,
            fixable ? `end at a host address, e.g. ${text}` : 'end at a host address of the subnet',
            fixable ? [{ title: `End the range at ${text}`, edits: [{ range: endAttr.valueRange, newText: text }] }] : undefined,
          );
        }
      }
    }
  },
};
