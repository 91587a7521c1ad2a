import { dhcpHosts } from '../facts';
import type { Rule } from '../rule';
import { startsLikeHostName } from './libvirt-values';

export const dhcpHostNameInvalid: Rule = {
  id: 'dhcp-host-name-invalid',
  severity: 'error',
  layer: 'parse',
  spec: ['DH-5'],
  description: 'A DHCP host name must start with a letter or a digit.',
  elements: ['host'],
  check({ facts, report }) {
    for (const ip of facts.ips) {
      const hosts = dhcpHosts(ip);
      for (let i = 0; i < hosts.length; i++) {
        const { name } = hosts[i];
        if (!name || startsLikeHostName(name.value)) continue;
        report(name, `Cannot use host name '${name.value}' in network '${facts.name}'`, 'start the name with a letter or a digit');
      }
    }
  },
};
