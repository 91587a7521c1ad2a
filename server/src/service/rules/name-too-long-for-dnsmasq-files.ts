import { child } from '../xml';
import type { Rule } from '../rule';
import { dnsmasqRuns } from './network-runtime';
import { utf8Length } from '../utf8';

/**
 * When dnsmasq runs for the network, net-start writes /var/lib/libvirt/dnsmasq/<name>.hostsfile:
 * a name that the config file still allows (V-20: ≤ 247 bytes) but that is over 245 bytes makes
 * that file name longer than 255 bytes (verified on 9.0: 246 and 247 bytes fail with an `<ip>`
 * and dnsmasq, whether or not it serves DHCP; without dnsmasq they start; 245 always starts).
 */
export const nameTooLongForDnsmasqFiles: Rule = {
  id: 'name-too-long-for-dnsmasq-files',
  severity: 'error',
  layer: 'start',
  spec: ['§6.26', 'V-20'],
  description: 'Network names of 246-247 bytes define but fail at net-start when dnsmasq runs (its file names get too long).',
  elements: ['ip'],
  check({ root, facts, report }) {
    const length = utf8Length(facts.name);
    if (length < 246 || length > 247 || !dnsmasqRuns(root, facts)) return;
    const name = child(root, 'name');
    if (!name) return;
    report(
      name.textRange.end > name.textRange.start ? name.textRange : name,
      `cannot write config file '/var/lib/libvirt/dnsmasq/${facts.name}.hostsfile': File name too long`,
      `the name is ${length} bytes; with dnsmasq (an <ip> with DNS or DHCP) net-start needs at most 245`,
    );
  },
};
