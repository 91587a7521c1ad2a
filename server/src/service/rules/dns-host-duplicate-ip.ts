import { attr, children } from '../xml';
import { parseAddress } from '../ip';
import type { Rule } from '../rule';
import { firstDns } from './devices-support';

export const dnsHostDuplicateIp: Rule = {
  id: 'dns-host-duplicate-ip',
  severity: 'warning',
  layer: 'lint',
  spec: ['§6.22', 'DNS-21'],
  description: 'Two DNS <host> records for the same IP address: list all the names in one <host>.',
  elements: ['host'],
  check({ root, facts, report }) {
    const dns = firstDns(root);
    if (!dns) return;
    const seen = new Map<string, string>();
    for (const host of children(dns, 'host')) {
      const ip = attr(host, 'ip');
      const parsed = ip && parseAddress(ip.value);
      if (!ip || !parsed) continue;
      const key = `${parsed.family} ${parsed.text}`;
      const first = seen.get(key);
      if (first !== undefined) {
        report(
          ip,
          `there is already at least one DNS HOST record with a matching field in network ${facts.name}`,
          `another <host> already has ip '${first}'; put all its <hostname>s in one <host> (libvirt defines this, but virsh net-update refuses it)`,
        );
      } else seen.set(key, ip.value);
    }
  },
};
