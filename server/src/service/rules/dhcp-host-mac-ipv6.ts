import { attr, attrValue } from '../xml';
import { parseAddress } from '../ip';
import type { Rule } from '../rule';

export const dhcpHostMacIpv6: Rule = {
  id: 'dhcp-host-mac-ipv6',
  severity: 'error',
  layer: 'parse',
  spec: ['DH-1'],
  description: 'An IPv6 DHCP host is identified by id (DUID) or name, never by MAC.',
  elements: ['host'],
  check({ facts, report }) {
    for (const ip of facts.ips) {
      if (parseAddress(attrValue(ip.element, 'address') ?? '')?.family !== 'ipv6') continue;
      for (let i = 0; i < ip.hosts.length; i++) {
        const host = ip.hosts[i];
        const mac = attr(host, 'mac');
        if (!mac) continue;
        report(mac, `Invalid to specify MAC address '${mac.value}' in network '${facts.name}' IPv6 static host definition`, "DHCPv6 identifies clients by DUID: use id='…' or name='…' (a MAC reservation goes in the IPv4 <ip>)");
      }
    }
  },
};
