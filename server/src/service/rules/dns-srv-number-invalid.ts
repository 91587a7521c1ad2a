import { attr, attrValue, children } from '../xml';
import { parseLibvirtUInt } from '../ip';
import type { Rule } from '../rule';
import { firstDns, nonEmpty } from './devices-support';

const FIELDS = [
  { name: 'port', min: 1, message: 'invalid DNS SRV port attribute' },
  { name: 'priority', min: 0, message: 'Invalid DNS SRV priority attribute' },
  { name: 'weight', min: 0, message: 'invalid DNS SRV weight attribute' },
] as const;

export const dnsSrvNumberInvalid: Rule = {
  id: 'dns-srv-number-invalid',
  severity: 'error',
  layer: 'parse',
  spec: ['DNS-14', 'DNS-15', 'DNS-16'],
  description: 'DNS SRV port must be 1-65535, priority and weight 0-65535.',
  elements: ['srv'],
  check({ root, facts, report }) {
    const dns = firstDns(root);
    if (!dns) return;
    for (const srv of children(dns, 'srv')) {
      const hasTarget = attr(srv, 'target') !== undefined;
      const service = attrValue(srv, 'service') ?? '(null)';
      for (const field of FIELDS) {
        const a = nonEmpty(srv, field.name);
        if (!a) continue;
        const value = parseLibvirtUInt(a.value);
        // A parsable value without target is reported by dns-srv-field-without-target instead.
        if (value !== undefined && (!hasTarget || (value >= field.min && value <= 65535))) continue;
        report(
          a,
          `${field.message} for service '${service}' in network '${facts.name}'`,
          `${field.name} must be a decimal number from ${field.min} to 65535`,
        );
      }
    }
  },
};
