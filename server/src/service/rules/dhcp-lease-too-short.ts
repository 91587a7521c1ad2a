import { attr, child } from '../xml';
import { parseLibvirtULongLong } from '../ip';
import type { Rule } from '../rule';

export const dhcpLeaseTooShort: Rule = {
  id: 'dhcp-lease-too-short',
  severity: 'error',
  layer: 'parse',
  spec: ['DH-12'],
  description: 'A non-zero DHCP lease must be at least 2 minutes (dnsmasq’s minimum).',
  check({ facts, report }) {
    for (const ip of facts.ips) {
      // Ranges, then hosts (two loops: no copy of a list of thousands of hosts).
      for (const owners of [ip.ranges, ip.hosts]) {
        for (const owner of owners) {
          const lease = child(owner, 'lease');
          const expiry = lease && attr(lease, 'expiry');
          const value = expiry && parseLibvirtULongLong(expiry.value);
          if (!lease || !expiry || value === undefined || value === 0n) continue;
          const unit = attr(lease, 'unit')?.value ?? 'minutes';
          // Hours are never too short; an unknown unit is dhcp-lease-invalid's.
          const minimum = unit === 'seconds' ? 120n : unit === 'minutes' ? 2n : 0n;
          if (value >= minimum) continue;
          report(expiry, 'unsupported configuration: The minimum lease time should be greater than 2 minutes', `use at least ${minimum} ${unit} (or 0 for an infinite lease)`, [
            { title: `Use expiry='${minimum}'`, edits: [{ range: expiry.valueRange, newText: String(minimum) }] },
          ]);
        }
      }
    }
  },
};
