import { attr, children } from '../xml';
import type { Rule } from '../rule';
import { firstDns } from './devices-support';

export const dnsHostIpMissing: Rule = {
  id: 'dns-host-ip-missing',
  severity: 'error',
  layer: 'parse',
  spec: ['DNS-7'],
  description: 'A DNS <host> needs an ip attribute.',
  elements: ['host'],
  check({ root, facts, report }) {
    const dns = firstDns(root);
    if (!dns) return;
    for (const host of children(dns, 'host')) {
      if (attr(host, 'ip')) continue;
      report(host, `Missing IP address in network '${facts.name}' DNS HOST record`, "add ip='ADDRESS': the address the host names resolve to");
    }
  },
};
