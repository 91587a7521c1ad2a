import { attrValue } from '../xml';
import { parseAddress } from '../ip';
import { dhcpHosts } from '../facts';
import type { Rule } from '../rule';

export const dhcpHostIdentityMissing: Rule = {
  id: 'dhcp-host-identity-missing',
  severity: 'error',
  layer: 'parse',
  spec: ['DH-7', 'DH-8'],
  description: 'A DHCP host needs mac or name (IPv4), id or name (IPv6).',
  elements: ['host'],
  check({ facts, report }) {
    for (const ip of facts.ips) {
      const family = parseAddress(attrValue(ip.element, 'address') ?? '')?.family;
      if (!family) continue;
      const hosts = dhcpHosts(ip);
      for (let i = 0; i < hosts.length; i++) {
        const { element: host, mac, id, name } = hosts[i];
        if (family === 'ipv6' && !id && !name) {
          report(host, `Static host definition in IPv6 network '${facts.name}' must have id or name attribute`, "add name='…' (the guest's host name) or id='…' (its DUID)");
        } else if (family === 'ipv4' && !mac && !name) {
          report(host, `Static host definition in IPv4 network '${facts.name}' must have mac or name attribute`, "add mac='52:54:00:…' (the guest interface's MAC) or name='…'");
        }
      }
    }
  },
};
