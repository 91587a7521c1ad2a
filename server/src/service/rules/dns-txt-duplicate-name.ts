import { attr, children } from '../xml';
import type { Rule } from '../rule';
import { firstDns } from './devices-support';

export const dnsTxtDuplicateName: Rule = {
  id: 'dns-txt-duplicate-name',
  severity: 'warning',
  layer: 'lint',
  spec: ['§6.22', 'DNS-21'],
  description: 'Two DNS TXT records with the same name (net-update refuses this; define does not check).',
  elements: ['txt'],
  check({ root, facts, report }) {
    const dns = firstDns(root);
    if (!dns) return;
    const seen = new Set<string>();
    for (const txt of children(dns, 'txt')) {
      const name = attr(txt, 'name');
      if (!name) continue;
      if (seen.has(name.value)) {
        report(
          name,
          `there is already a DNS TXT record with name '${name.value}' in network ${facts.name}`,
          'libvirt defines this, but virsh net-update refuses a second TXT record of the same name; merge the values or rename one',
        );
      }
      seen.add(name.value);
    }
  },
};
