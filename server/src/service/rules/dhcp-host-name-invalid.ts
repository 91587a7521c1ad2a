import { attr } from '../xml';
import type { Rule } from '../rule';

export const dhcpHostNameInvalid: Rule = {
  id: 'dhcp-host-name-invalid',
  severity: 'error',
  layer: 'parse',
  spec: ['DH-5'],
  description: 'A DHCP host name must start with a letter or a digit.',
  check({ facts, report }) {
    for (const ip of facts.ips) {
      for (const host of ip.hosts) {
        const name = attr(host, 'name');
        if (!name || /^[A-Za-z0-9]/.test(name.value)) continue;
        report(name, `Cannot use host name '${name.value}' in network '${facts.name}'`, 'start the name with a letter or a digit');
      }
    }
  },
};
