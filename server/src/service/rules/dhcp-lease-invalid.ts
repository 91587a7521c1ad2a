import { attr } from '../xml';
import { forEachLease } from './dhcp-leases';
import { parseLibvirtULongLong } from '../ip';
import type { Rule } from '../rule';

const LEASE_UNITS = ['seconds', 'minutes', 'hours'];

export const dhcpLeaseInvalid: Rule = {
  id: 'dhcp-lease-invalid',
  severity: 'error',
  layer: 'parse',
  spec: ['DH-11'],
  description: "<lease expiry> is a non-negative integer and unit is seconds, minutes or hours (a <lease> without expiry is ignored).",
  elements: ['lease'],
  check({ facts, report }) {
    for (const ip of facts.ips) {
      forEachLease(ip, (lease, expiry) => {
        if (parseLibvirtULongLong(expiry.value) === undefined) {
          report(expiry, `Invalid value for attribute 'expiry' in element 'lease': '${expiry.value}'. Expected non-negative integer value`, "give the lease time as a number in the chosen unit (0 = infinite), e.g. expiry='60'");
        }
        const unit = attr(lease, 'unit');
        if (unit && !LEASE_UNITS.includes(unit.value)) {
          const lower = unit.value.trim().toLowerCase();
          report(
            unit,
            `Invalid value for attribute 'unit' in element 'lease': '${unit.value}'.`,
            "unit is 'seconds', 'minutes' (the default) or 'hours', in lower case",
            LEASE_UNITS.includes(lower) ? [{ title: `Use unit='${lower}'`, edits: [{ range: unit.valueRange, newText: lower }] }] : undefined,
          );
        }
      });
    }
  },
};
