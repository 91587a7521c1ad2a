import { children } from '../xml';
import { parseAddress, parseLibvirtUInt } from '../ip';
import type { Rule } from '../rule';
import { routeAttributes } from './devices-support';

export const routePrefixInvalid: Rule = {
  id: 'route-prefix-invalid',
  severity: 'error',
  layer: 'parse',
  spec: ['RT-1', 'RT-10', 'RT-11'],
  description: 'A <route> prefix must be a number from 0 to 32 (IPv4) or 0 to 128 (IPv6).',
  elements: ['route'],
  check({ root, facts, report }) {
    for (const route of children(root, 'route')) {
      const a = routeAttributes(route);
      if (!a.prefix) continue;
      const prefix = parseLibvirtUInt(a.prefix.value);
      if (prefix === undefined) {
        report(
          a.prefix,
          `Invalid value for attribute 'prefix' in element 'route': '${a.prefix.value}'. Expected non-negative integer value`,
          'prefix is the length of the destination network in bits, e.g. 24',
        );
        continue;
      }
      if (!a.branch) continue;
      const max = a.branch === 'ipv4' ? 32 : 128;
      if (prefix <= max) continue;
      report(
        a.prefix,
        `${facts.name}: Invalid prefix ${prefix} specified in route definition, must be 0 - ${max}`,
        a.branch === 'ipv4' && prefix <= 128 && a.address && parseAddress(a.address.value)?.family === 'ipv6'
          ? "an IPv6 route needs family='ipv6'"
          : `an ${a.branch === 'ipv4' ? 'IPv4' : 'IPv6'} prefix is at most ${max}`,
      );
    }
  },
};
