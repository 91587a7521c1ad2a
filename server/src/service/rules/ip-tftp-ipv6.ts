import { attr, child } from '../xml';
import { parseAddress } from '../ip';
import type { Rule } from '../rule';

export const ipTftpIpv6: Rule = {
  id: 'ip-tftp-ipv6',
  severity: 'error',
  layer: 'parse',
  spec: ['IP-13'],
  description: '<tftp> is only supported in an IPv4 <ip>.',
  elements: ['tftp'],
  check({ facts, report }) {
    for (const ip of facts.ips) {
      // Only ./tftp[1] is read.
      const tftp = child(ip.element, 'tftp');
      if (!tftp || parseAddress(attr(ip.element, 'address')?.value ?? '')?.family !== 'ipv6') continue;
      report(tftp, `Unsupported <tftp> element in an IPv6 element in network '${facts.name}'`, 'move <tftp> into the IPv4 <ip> element');
    }
  },
};
