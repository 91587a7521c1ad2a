import { attr, children } from '../xml';
import { parseAddress } from '../ip';
import type { Rule } from '../rule';
import { firstDns } from './devices-support';

export const dnsForwarderAddrInvalid: Rule = {
  id: 'dns-forwarder-addr-invalid',
  severity: 'error',
  layer: 'parse',
  spec: ['DNS-2'],
  description: 'A DNS <forwarder addr> must be a numeric IP address.',
  elements: ['forwarder'],
  check({ root, facts, report }) {
    const dns = firstDns(root);
    if (!dns) return;
    for (const forwarder of children(dns, 'forwarder')) {
      const addr = attr(forwarder, 'addr');
      if (!addr || parseAddress(addr.value)) continue;
      report(
        addr,
        `Invalid forwarder IP address '${addr.value}' in network '${facts.name}'`,
        'give the numeric IPv4 or IPv6 address of the upstream DNS server (host names are not resolved); use domain= to forward only one domain',
      );
    }
  },
};
