import { attr } from '../xml';
import { parseLibvirtUInt } from '../ip';
import type { QuickFix, Rule } from '../rule';

export const ipPrefixInvalid: Rule = {
  id: 'ip-prefix-invalid',
  severity: 'error',
  layer: 'parse',
  spec: ['IP-4'],
  description: 'The <ip> prefix must be a non-negative integer.',
  elements: ['ip'],
  check({ facts, report }) {
    for (const ip of facts.ips) {
      const prefix = attr(ip.element, 'prefix');
      if (!prefix || parseLibvirtUInt(prefix.value) !== undefined) continue;
      const digits = /^\s*\/?\+?(\d{1,3})\s*$/.exec(prefix.value)?.[1];
      const fixes: QuickFix[] | undefined = digits === undefined ? undefined : [{ title: `Use prefix='${Number(digits)}'`, edits: [{ range: prefix.valueRange, newText: String(Number(digits)) }] }];
      report(
        prefix,
        `Invalid value for attribute 'prefix' in element 'ip': '${prefix.value}'. Expected non-negative integer value`,
        "write the prefix length as plain digits, e.g. prefix='24'",
        fixes,
      );
    }
  },
};
