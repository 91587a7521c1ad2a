import { dhcpHosts } from '../facts';
import type { Rule } from '../rule';

/**
 * What libvirt checks of a host name: that it starts with an ASCII letter or digit (c_isalnum).
 * A character test, not a regex: it runs for every host, and a regex call costs ten times more.
 */
export function startsLikeHostName(name: string): boolean {
  const c = name.charCodeAt(0);
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
}

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
