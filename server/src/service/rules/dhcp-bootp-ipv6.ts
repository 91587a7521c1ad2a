import { attrValue, child } from '../xml';
import { parseAddress } from '../ip';
import type { Rule } from '../rule';

export const dhcpBootpIpv6: Rule = {
  id: 'dhcp-bootp-ipv6',
  severity: 'warning',
  layer: 'lint',
  spec: ['§6.23', 'DH-13'],
  description: '<bootp> in an IPv6 <ip> is silently ignored.',
  elements: ['bootp'],
  check({ facts, report }) {
    for (const ip of facts.ips) {
      const bootp = ip.dhcp && child(ip.dhcp, 'bootp');
      if (!bootp || parseAddress(attrValue(ip.element, 'address') ?? '')?.family !== 'ipv6') continue;
      report(bootp, `<bootp> in the IPv6 <ip> of network '${facts.name}' is silently ignored`, 'libvirt only configures BOOTP/PXE for IPv4: move it to the IPv4 <ip> <dhcp>');
    }
  },
};
