import { dhcpHosts } from '../facts';
import type { Rule } from '../rule';

export const dhcpHostIdInvalid: Rule = {
  id: 'dhcp-host-id-invalid',
  severity: 'error',
  layer: 'parse',
  spec: ['DH-4'],
  description: 'A DHCP host id (DUID) contains only hex digits and colons.',
  elements: ['host'],
  check({ facts, report }) {
    for (const ip of facts.ips) {
      const hosts = dhcpHosts(ip);
      for (let i = 0; i < hosts.length; i++) {
        const id = hosts[i].id;
        const bad = id && /[^0-9a-fA-F:]/.exec(id.value);
        if (!id || !bad) continue;
        report(id, `Invalid character '${bad[0]}' in id '${id.value}' of network '${facts.name}'`, 'a DUID is hex bytes separated by colons, e.g. 0:3:0:1:52:54:0:12:34:56');
      }
    }
  },
};
