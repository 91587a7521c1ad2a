import { children } from '../xml';
import { parseAddress } from '../ip';
import type { QuickFix, Rule } from '../rule';
import { fix, routeAttributes } from './devices-support';
import { addAttribute } from './fix-edits';

export const routeFamilyMismatch: Rule = {
  id: 'route-family-mismatch',
  severity: 'error',
  layer: 'parse',
  spec: ['RT-6', 'RT-7', 'RT-11'],
  description: "A <route>'s address and gateway must be of its family (IPv4 unless family='ipv6').",
  elements: ['route'],
  check({ root, facts, report }) {
    for (const route of children(root, 'route')) {
      const a = routeAttributes(route);
      if (!a.branch || !a.address || !a.gateway) continue;
      const address = parseAddress(a.address.value);
      const gateway = parseAddress(a.gateway.value);
      if (!address || !gateway) continue;
      const bothV6 = address.family === 'ipv6' && gateway.family === 'ipv6';
      const fixes: QuickFix[] = !a.family && bothV6 ? [fix("Add family='ipv6'", addAttribute(route, 'family', 'ipv6'))] : [];
      if (a.branch === 'ipv4') {
        const which = a.family ? 'IPv4 family specified' : 'No family specified';
        const hint = bothV6 ? "an IPv6 route needs family='ipv6'" : 'address and gateway of one route must both be IPv4 or both IPv6';
        if (address.family !== 'ipv4') report(a.address, `${facts.name}: ${which} for non-IPv4 address '${a.address.value}' in route definition`, hint, fixes);
        // libvirt's message names the address here, not the gateway (a bug kept for fidelity).
        else if (gateway.family !== 'ipv4')
          report(a.gateway, `${facts.name}: ${which} for non-IPv4 gateway '${a.address.value}' in route definition`, `the gateway '${a.gateway.value}' is not IPv4 (libvirt's message shows the address by mistake); ${hint}`);
      } else {
        if (address.family !== 'ipv6') report(a.address, `${facts.name}: ipv6 family specified for non-IPv6 address '${a.address.value}' in route definition`, "use an IPv6 destination, or drop family='ipv6' for an IPv4 route");
        if (gateway.family !== 'ipv6') report(a.gateway, `${facts.name}: ipv6 specified for non-IPv6 gateway address '${a.gateway.value}' in route definition`, 'an IPv6 route needs an IPv6 gateway');
      }
    }
  },
};
