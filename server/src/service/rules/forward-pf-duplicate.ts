import type { Rule } from '../rule';
import { removeElement } from './fix-edits';
import { forwardPool } from './libvirt-values';

export const forwardPfDuplicate: Rule = {
  id: 'forward-pf-duplicate',
  severity: 'error',
  layer: 'parse',
  spec: ['FW-22'],
  description: '<forward> takes at most one <pf>.',
  elements: ['pf'],
  check({ facts, xml, report }) {
    if (!facts.forward) return;
    const pool = forwardPool(facts.forward);
    // Next to interfaces or addresses, every <pf> is dropped unread (forward-children-ignored).
    if (pool.kind !== 'pf') return;
    for (const extra of pool.pfs.slice(1)) {
      report(extra, `Only one <pf> element is allowed in <forward> of network ${facts.name}`, 'a network draws its VFs from a single physical function', [
        { title: 'Remove this <pf>', edits: [removeElement(xml.text, extra)] },
      ]);
    }
  },
};
