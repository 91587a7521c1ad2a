import { children } from '../xml';
import { parseAddress } from '../ip';
import type { Rule } from '../rule';
import { fix, routeAttributes } from './devices-support';
import { removeAttribute } from './fix-edits';

export const routeNetmaskInvalid: Rule = {
  id: 'route-netmask-invalid',
  severity: 'error',
  layer: 'parse',
  spec: ['RT-8', 'RT-11'],
  description: 'A <route> netmask must be an IPv4 netmask, and IPv6 routes take prefix= instead.',
  elements: ['route'],
  check({ root, xml, facts, report }) {
    for (const route of children(root, 'route')) {
      const a = routeAttributes(route);
      if (!a.netmask || !a.branch) continue;
      const address = a.address?.value ?? '(null)';
      if (a.branch === 'ipv6') {
        report(a.netmask, `${facts.name}: Specifying netmask invalid for IPv6 address '${address}' in route definition`, "IPv6 routes use prefix='N' instead of a netmask", [
          fix('Remove netmask=', removeAttribute(xml.text, a.netmask)),
        ]);
        continue;
      }
      const netmask = parseAddress(a.netmask.value);
      if (!netmask) report(a.netmask, `${facts.name}: Bad netmask address '${a.netmask.value}' in route definition`, "write the netmask as a dotted quad, e.g. 255.255.255.0, or use prefix='24' instead");
      else if (netmask.family !== 'ipv4') report(a.netmask, `${facts.name}: Invalid netmask '${a.netmask.value}' for address '${address}' (both must be IPv4)`, "netmasks are IPv4 only; IPv6 routes use family='ipv6' and prefix='N'");
    }
  },
};
