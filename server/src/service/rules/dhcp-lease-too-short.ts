import { attr } from '../xml';
import { forEachLease } from './dhcp-leases';
import { parseLibvirtULongLong } from '../ip';
import type { Rule } from '../rule';

export const dhcpLeaseTooShort: Rule = {
  id: 'dhcp-lease-too-short',
  severity: 'error',
  layer: 'parse',
  spec: ['DH-12'],
  description: 'A non-zero DHCP lease must be at least 2 minutes (dnsmasq’s minimum).',
  elements: ['lease'],
  check({ facts, report }) {
    for (const ip of facts.ips) {
      forEachLease(ip, (lease, expiry) => {
        const value = parseLibvirtULongLong(expiry.value);
        if (value === undefined || value === 0n) return;
        const unit = attr(lease, 'unit')?.value ?? 'minutes';
        // Hours are never too short; an unknown unit is dhcp-lease-invalid's.
        const minimum = unit === 'seconds' ? 120n : unit === 'minutes' ? 2n : 0n;
        if (value >= minimum) return;
        report(expiry, 'unsupported configuration: The minimum lease time should be greater than 2 minutes', `use at least ${minimum} ${unit} (or 0 for an infinite lease)`, [
          { title: `Use expiry='${minimum}'`, edits: [{ range: expiry.valueRange, newText: String(minimum) }] },
        ]);
      });
    }
  },
};
