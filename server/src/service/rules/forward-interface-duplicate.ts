import { attr } from '../xml';
import type { Rule } from '../rule';
import { removeElement } from './fix-edits';
import { forwardPool } from './libvirt-values';

export const forwardInterfaceDuplicate: Rule = {
  id: 'forward-interface-duplicate',
  severity: 'error',
  layer: 'parse',
  spec: ['FW-16'],
  description: 'Each <forward><interface dev> may be listed only once.',
  elements: ['interface'],
  check({ facts, xml, report }) {
    if (!facts.forward) return;
    const seen = new Set<string>();
    for (const iface of forwardPool(facts.forward).interfaces) {
      const dev = attr(iface, 'dev');
      if (!dev) continue;
      if (!seen.has(dev.value)) {
        seen.add(dev.value);
        continue;
      }
      report(dev, `interface '${dev.value}' can only be listed once in network ${facts.name}`, 'remove the repeated <interface>', [
        { title: 'Remove this <interface>', edits: [removeElement(xml.text, iface)] },
      ]);
    }
  },
};
