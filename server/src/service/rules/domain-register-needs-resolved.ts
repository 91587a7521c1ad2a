import { attr, child } from '../xml';
import type { Rule } from '../rule';
import { createsBridge, nonEmptyAttr, runtimeIps } from './network-runtime';

/**
 * S-19 / §6.12: `<domain register='yes'>` (libvirt ≥ 10.1) registers the network's DNS server
 * and domain with systemd-resolved at net-start, which fails on hosts without it.
 */
export const domainRegisterNeedsResolved: Rule = {
  id: 'domain-register-needs-resolved',
  severity: 'warning',
  layer: 'lint',
  spec: ['S-19', '§6.12'],
  description: "<domain register='yes'> makes net-start fail on hosts without systemd-resolved.",
  elements: ['domain'],
  check({ root, facts, report }) {
    if (!createsBridge(facts) || runtimeIps(facts).length === 0) return;
    const domain = child(root, 'domain');
    const register = domain && attr(domain, 'register');
    if (!domain || !register || register.value !== 'yes' || !nonEmptyAttr(domain, 'name')) return;
    report(
      register,
      'failed to register name server: systemd-resolved is not available',
      'net-start needs systemd-resolved running on the host (libvirt ≥ 10.1; older versions ignore register)',
    );
  },
};
