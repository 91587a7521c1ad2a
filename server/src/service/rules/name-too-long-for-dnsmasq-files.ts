import { child } from '../xml';
import type { Rule } from '../rule';
import { createsBridge, hasDhcp, runtimeIps, utf8Length } from './network-runtime';

/**
 * net-start writes /var/lib/libvirt/dnsmasq/<name>.hostsfile and friends: a name that the
 * config file still allows (V-20: ≤ 247 bytes) can be too long for those (verified on 9.0:
 * 247 bytes always fails, 246 with DHCP; 245 starts).
 */
export const nameTooLongForDnsmasqFiles: Rule = {
  id: 'name-too-long-for-dnsmasq-files',
  severity: 'error',
  layer: 'start',
  spec: ['§6.26', 'V-20'],
  description: 'Network names of 246-247 bytes define but fail at net-start (dnsmasq file names too long).',
  check({ root, facts, report }) {
    if (!createsBridge(facts)) return;
    const length = utf8Length(facts.name);
    const dhcp = runtimeIps(root).some(hasDhcp);
    if (!(length === 247 || (length === 246 && dhcp))) return;
    const name = child(root, 'name');
    if (!name) return;
    report(
      name.textRange.end > name.textRange.start ? name.textRange : name,
      `cannot write config file '/var/lib/libvirt/dnsmasq/${facts.name}.hostsfile': File name too long`,
      `the name is ${length} bytes; net-start needs at most 245`,
    );
  },
};
