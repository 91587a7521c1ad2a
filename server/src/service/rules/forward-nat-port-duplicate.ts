import { child, children } from '../xml';
import type { Rule } from '../rule';
import { removeElement } from './fix-edits';

export const forwardNatPortDuplicate: Rule = {
  id: 'forward-nat-port-duplicate',
  severity: 'error',
  layer: 'parse',
  spec: ['FW-10'],
  description: '<nat> takes at most one <port> range.',
  elements: ['nat'],
  check({ facts, xml, report }) {
    const nat = facts.forward && child(facts.forward, 'nat');
    for (const extra of nat ? children(nat, 'port').slice(1) : []) {
      report(extra, `Only one <port> element is allowed in <nat> in <forward> in network ${facts.name}`, 'give a single start-end port range', [
        { title: 'Remove this <port>', edits: [removeElement(xml.text, extra)] },
      ]);
    }
  },
};
