import { attr } from '../xml';
import { parseAddress } from '../ip';
import type { Rule } from '../rule';

export const ipAddressInvalid: Rule = {
  id: 'ip-address-invalid',
  severity: 'error',
  layer: 'parse',
  spec: ['IP-2'],
  description: 'The <ip> address must be a numeric IPv4 or IPv6 address.',
  elements: ['ip'],
  check({ facts, report }) {
    for (const ip of facts.ips) {
      const address = attr(ip.element, 'address');
      if (!address || address.value === '' || parseAddress(address.value)) continue;
      report(address, `Invalid address '${address.value}' in network '${facts.name}'`, 'use a numeric address such as 192.168.100.1 or fd00::1 (host names are not resolved)');
    }
  },
};
