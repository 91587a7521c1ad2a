import { child } from '../xml';
import type { Rule } from '../rule';
import { removeElement } from './fix-edits';
import { KNOWN_FORWARD_MODES } from './libvirt-values';

export const forwardNatModeMismatch: Rule = {
  id: 'forward-nat-mode-mismatch',
  severity: 'error',
  layer: 'parse',
  spec: ['FW-5'],
  description: "<nat> is only allowed in <forward mode='nat'>.",
  elements: ['nat'],
  check({ facts, xml, report }) {
    const mode = facts.forwardMode;
    const nat = facts.forward && child(facts.forward, 'nat');
    if (!nat || mode === 'nat' || !KNOWN_FORWARD_MODES.includes(mode)) return;
    report(
      nat,
      `The <nat> element can only be used when <forward> 'mode' is 'nat' in network ${facts.name}`,
      `mode '${mode}' does no address translation: remove <nat> or use mode='nat'`,
      [{ title: 'Remove <nat>', edits: [removeElement(xml.text, nat)] }],
    );
  },
};
