import { attrValue, children } from '../xml';
import type { Rule } from '../rule';
import { firstDns } from './devices-support';

/** net-update's match keys for SRV records (virNetworkDefUpdateDNSSrv). */
const KEYS = ['service', 'protocol', 'domain', 'target'] as const;

export const dnsSrvDuplicate: Rule = {
  id: 'dns-srv-duplicate',
  severity: 'warning',
  layer: 'lint',
  spec: ['§6.22', 'DNS-21'],
  description: 'Two DNS SRV records with the same service, protocol, domain and target.',
  elements: ['srv'],
  check({ root, facts, report }) {
    const dns = firstDns(root);
    if (!dns) return;
    const seen = new Set<string>();
    for (const srv of children(dns, 'srv')) {
      if (attrValue(srv, 'service') === undefined || attrValue(srv, 'protocol') === undefined) continue;
      const key = JSON.stringify(KEYS.map((k) => attrValue(srv, k) ?? null));
      if (seen.has(key)) {
        report(
          srv,
          `there is already at least one DNS SRV record matching all specified fields in network ${facts.name}`,
          'this SRV record repeats an earlier one (same service, protocol, domain and target); libvirt defines it, but virsh net-update refuses such duplicates; remove one or change its target',
        );
      }
      seen.add(key);
    }
  },
};
