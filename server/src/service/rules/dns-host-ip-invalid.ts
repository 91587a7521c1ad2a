import { attr, children } from '../xml';
import { parseAddress } from '../ip';
import type { Rule } from '../rule';
import { firstDns } from './devices-support';

export const dnsHostIpInvalid: Rule = {
  id: 'dns-host-ip-invalid',
  severity: 'error',
  layer: 'parse',
  spec: ['DNS-6'],
  description: 'A DNS <host ip> must be a numeric IP address.',
  elements: ['host'],
  check({ root, facts, report }) {
    const dns = firstDns(root);
    if (!dns) return;
    for (const host of children(dns, 'host')) {
      const ip = attr(host, 'ip');
      if (!ip || parseAddress(ip.value)) continue;
      report(ip, `Invalid IP address in network '${facts.name}' DNS HOST record`, `'${ip.value}' is not an IPv4 or IPv6 address`);
    }
  },
};
