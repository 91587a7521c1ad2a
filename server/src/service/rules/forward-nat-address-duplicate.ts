import { child, children } from '../xml';
import type { Rule } from '../rule';
import { removeElement } from './fix-edits';

export const forwardNatAddressDuplicate: Rule = {
  id: 'forward-nat-address-duplicate',
  severity: 'error',
  layer: 'parse',
  spec: ['FW-6'],
  description: '<nat> takes at most one <address> range.',
  elements: ['nat'],
  check({ facts, xml, report }) {
    const nat = facts.forward && child(facts.forward, 'nat');
    for (const extra of nat ? children(nat, 'address').slice(1) : []) {
      report(
        extra,
        `Only one <address> element is allowed in <nat> in <forward> in network ${facts.name}`,
        'give a single start-end range covering all the SNAT addresses',
        [{ title: 'Remove this <address>', edits: [removeElement(xml.text, extra)] }],
      );
    }
  },
};
