import type { QuickFix, Rule } from '../rule';
import { removeAttribute } from './fix-edits';
import { forwardPool } from './libvirt-values';

export const forwardOpenDevNotAllowed: Rule = {
  id: 'forward-open-dev-not-allowed',
  severity: 'error',
  layer: 'parse',
  spec: ['FM-3'],
  description: "<forward mode='open'> takes no forward device.",
  elements: ['forward'],
  check({ facts, xml, report }) {
    if (!facts.forward || facts.forwardMode !== 'open') return;
    const pool = forwardPool(facts.forward);
    const first = pool.devices[0];
    if (!first) return;
    const fixes: QuickFix[] =
      first === pool.dev && pool.interfaces.length === 0 ? [{ title: 'Remove dev', edits: [removeAttribute(xml.text, pool.dev)] }] : [];
    report(
      first,
      `forward dev not allowed for network '${facts.name}' with forward mode='open'`,
      'an open network sets up no forwarding rules, so there is nothing to restrict to a device: remove it',
      fixes,
    );
  },
};
