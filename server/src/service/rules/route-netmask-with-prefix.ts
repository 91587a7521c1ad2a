import { children } from '../xml';
import { parseAddress, parseLibvirtUInt } from '../ip';
import type { Rule } from '../rule';
import { fix, routeAttributes } from './devices-support';
import { removeAttribute } from './fix-edits';

export const routeNetmaskWithPrefix: Rule = {
  id: 'route-netmask-with-prefix',
  severity: 'error',
  layer: 'parse',
  spec: ['RT-9'],
  description: 'A <route> takes prefix or netmask, not both (even prefix=0 counts).',
  elements: ['route'],
  check({ root, xml, facts, report }) {
    for (const route of children(root, 'route')) {
      const a = routeAttributes(route);
      if (a.branch !== 'ipv4' || !a.netmask || !a.prefix || parseLibvirtUInt(a.prefix.value) === undefined) continue;
      if (parseAddress(a.netmask.value)?.family !== 'ipv4') continue;
      report(a.prefix, `${facts.name}: Route definition cannot have both a prefix and a netmask`, 'keep one of them', [
        fix('Remove prefix=', removeAttribute(xml.text, a.prefix)),
        fix('Remove netmask=', removeAttribute(xml.text, a.netmask)),
      ]);
    }
  },
};
