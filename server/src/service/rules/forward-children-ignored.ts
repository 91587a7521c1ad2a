import type { Rule } from '../rule';
import { removeElement } from './fix-edits';
import { forwardPool } from './libvirt-values';

export const forwardChildrenIgnored: Rule = {
  id: 'forward-children-ignored',
  severity: 'warning',
  layer: 'lint',
  spec: ['FW-22', '§6.23'],
  description: 'libvirt silently drops <address> and <pf> next to <interface>, and <pf> next to <address>.',
  elements: ['address', 'pf'],
  check({ facts, xml, report }) {
    if (!facts.forward) return;
    const pool = forwardPool(facts.forward);
    // forward/@dev together with <address>/<pf> is an error of its own (forward-dev-with-address-or-pf).
    if (pool.dev && (pool.addresses.length > 0 || pool.pfs.length > 0)) return;
    const ignored =
      pool.kind === 'interfaces' ? [...pool.addresses, ...pool.pfs] : pool.kind === 'addresses' ? [...pool.pfs] : [];
    const winner = pool.kind === 'interfaces' ? '<interface>' : '<address>';
    for (const element of ignored.sort((a, b) => a.range.start - b.range.start)) {
      report(
        element,
        `<${element.name}> is ignored: libvirt uses the ${winner} elements of <forward> in network ${facts.name} and silently drops <${element.name}>`,
        `list the device pool one way only: ${pool.kind === 'interfaces' ? '<interface>, <address> or <pf>' : '<address> or <pf>'}`,
        [{ title: `Remove <${element.name}>`, edits: [removeElement(xml.text, element)] }],
      );
    }
  },
};
