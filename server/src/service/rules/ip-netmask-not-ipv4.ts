import { attr } from '../xml';
import { parseAddress } from '../ip';
import type { Rule } from '../rule';

export const ipNetmaskNotIpv4: Rule = {
  id: 'ip-netmask-not-ipv4',
  severity: 'error',
  layer: 'parse',
  spec: ['IP-6'],
  description: 'The netmask of an IPv4 <ip> must be an IPv4 address.',
  elements: ['ip'],
  check({ facts, report }) {
    for (const ip of facts.ips) {
      const family = attr(ip.element, 'family')?.value;
      if (family !== undefined && family !== '' && family !== 'ipv4') continue;
      const address = attr(ip.element, 'address');
      const netmask = attr(ip.element, 'netmask');
      if (!address || !netmask || parseAddress(address.value)?.family !== 'ipv4') continue;
      if (parseAddress(netmask.value)?.family !== 'ipv6') continue;
      report(
        netmask,
        `Invalid netmask '${netmask.value}' for address '${address.value}' in network '${facts.name}' (both must be IPv4)`,
        "write the netmask as a dotted quad such as 255.255.255.0, or use prefix='24'",
      );
    }
  },
};
