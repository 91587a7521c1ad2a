import { attr, type XmlAttribute } from '../xml';
import { parseAddress } from '../ip';
import type { Rule } from '../rule';

export const dhcpRangeAddressInvalid: Rule = {
  id: 'dhcp-range-address-invalid',
  severity: 'error',
  layer: 'parse',
  spec: ['DR-2b'],
  description: 'DHCP range start and end must be numeric addresses.',
  elements: ['range'],
  check({ facts, report }) {
    for (const ip of facts.ips) {
      for (const range of ip.ranges) {
        for (const a of [attr(range, 'start'), attr(range, 'end')].filter((x): x is XmlAttribute => x !== undefined)) {
          if (parseAddress(a.value)) continue;
          report(a, `Cannot parse socket address '${a.value}': Name or service not known`, 'use a numeric address inside the <ip> subnet, e.g. 192.168.100.2');
        }
      }
    }
  },
};
