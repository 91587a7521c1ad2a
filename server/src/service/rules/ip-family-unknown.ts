import { attr } from '../xml';
import type { QuickFix, Rule } from '../rule';

export const ipFamilyUnknown: Rule = {
  id: 'ip-family-unknown',
  severity: 'error',
  layer: 'parse',
  spec: ['IP-12'],
  description: "The <ip> family is 'ipv4' or 'ipv6' (lower case).",
  elements: ['ip'],
  check({ facts, report }) {
    for (const ip of facts.ips) {
      const family = attr(ip.element, 'family');
      // An empty family counts as absent (virXPathString).
      if (!family || family.value === '' || family.value === 'ipv4' || family.value === 'ipv6') continue;
      const lower = family.value.trim().toLowerCase();
      const fixes: QuickFix[] | undefined = lower === 'ipv4' || lower === 'ipv6' ? [{ title: `Use family='${lower}'`, edits: [{ range: family.valueRange, newText: lower }] }] : undefined;
      report(family, `Unrecognized family '${family.value}' in network '${facts.name}'`, "use family='ipv4' or family='ipv6' (case matters)", fixes);
    }
  },
};
