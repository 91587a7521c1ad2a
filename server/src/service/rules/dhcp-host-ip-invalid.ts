import { dhcpHosts } from '../facts';
import type { Rule } from '../rule';

export const dhcpHostIpInvalid: Rule = {
  id: 'dhcp-host-ip-invalid',
  severity: 'error',
  layer: 'parse',
  spec: ['DH-6'],
  description: 'A DHCP host ip must be a numeric address.',
  elements: ['host'],
  check({ facts, report }) {
    for (const ip of facts.ips) {
      const hosts = dhcpHosts(ip);
      for (let i = 0; i < hosts.length; i++) {
        const host = hosts[i];
        const address = host.ip;
        if (!address || host.ipAddress) continue;
        report(address, `Invalid IP address in static host definition for network '${facts.name}'`, 'use a numeric address inside the <ip> subnet');
      }
    }
  },
};
