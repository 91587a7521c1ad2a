import { attr, child } from '../xml';
import type { Rule } from '../rule';
import { setAttribute } from './fix-edits';

export const domainRegisterWithoutLocalOnly: Rule = {
  id: 'domain-register-without-local-only',
  severity: 'error',
  layer: 'parse',
  spec: ['ID-8'],
  description: "<domain register='yes'> needs localOnly='yes' (libvirt ≥ 10.1).",
  elements: ['domain'],
  check({ root, facts, xml, report }) {
    const domain = child(root, 'domain');
    const register = domain && attr(domain, 'register');
    if (!domain || register?.value !== 'yes' || attr(domain, 'localOnly')?.value === 'yes') return;
    report(
      register,
      `attribute 'register=yes' in <domain> element requires 'localOnly=yes' in network ${facts.name}`,
      "only a domain served locally can be registered with systemd-resolved: add localOnly='yes'",
      [{ title: "Set localOnly='yes'", edits: [setAttribute(domain, 'localOnly', 'yes', xml.text)] }],
    );
  },
};
