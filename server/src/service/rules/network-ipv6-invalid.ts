import { attr } from '../xml';
import type { QuickFix, Rule } from '../rule';
import { replaceValue } from './fix-edits';

export const networkIpv6Invalid: Rule = {
  id: 'network-ipv6-invalid',
  severity: 'error',
  layer: 'parse',
  spec: ['ID-6'],
  description: "<network ipv6='…'> must be exactly 'yes' or 'no'.",
  check({ root, facts, report }) {
    const ipv6 = attr(root, 'ipv6');
    // An empty value reads as absent.
    if (!ipv6 || ipv6.value === '' || ipv6.value === 'yes' || ipv6.value === 'no') return;
    const fixes: QuickFix[] = ['yes', 'no'].map((v) => ({ title: `Change to '${v}'`, edits: [replaceValue(ipv6, v)] }));
    report(ipv6, `Invalid ipv6 setting '${ipv6.value}' in network '${facts.name}'`, "use 'yes' or 'no' (lower case)", fixes);
  },
};
