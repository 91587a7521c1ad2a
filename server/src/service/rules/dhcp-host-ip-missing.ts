import { dhcpHosts } from '../facts';
import type { Rule } from '../rule';

export const dhcpHostIpMissing: Rule = {
  id: 'dhcp-host-ip-missing',
  severity: 'error',
  layer: 'parse',
  spec: ['DH-9'],
  description: 'A DHCP host needs an ip.',
  elements: ['host'],
  check({ facts, report }) {
    for (const ip of facts.ips) {
      const hosts = dhcpHosts(ip);
      for (let i = 0; i < hosts.length; i++) {
        const { element: host, ip: address } = hosts[i];
        if (address) continue;
        report(host, `Missing IP address in static host definition for network '${facts.name}'`, "add ip='…' with the address this host should always get");
      }
    }
  },
};
