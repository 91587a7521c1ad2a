import { attr } from '../xml';
import { parseAddress } from '../ip';
import type { Rule } from '../rule';

export const ipNetmaskInvalid: Rule = {
  id: 'ip-netmask-invalid',
  severity: 'error',
  layer: 'parse',
  spec: ['IP-3'],
  description: 'The <ip> netmask must be a numeric address.',
  elements: ['ip'],
  check({ facts, report }) {
    for (const ip of facts.ips) {
      const netmask = attr(ip.element, 'netmask');
      // An empty netmask counts as absent (virXPathString).
      if (!netmask || netmask.value === '' || parseAddress(netmask.value)) continue;
      report(netmask, `Invalid netmask '${netmask.value}' in network '${facts.name}'`, "write it as a dotted quad such as 255.255.255.0, or use prefix='24' instead");
    }
  },
};
