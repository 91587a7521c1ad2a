import { children } from '../xml';
import type { Rule } from '../rule';
import { removeElement } from './fix-edits';

export const forwardNatDuplicate: Rule = {
  id: 'forward-nat-duplicate',
  severity: 'error',
  layer: 'parse',
  spec: ['FW-4'],
  description: '<forward> takes at most one <nat>.',
  elements: ['nat'],
  check({ facts, xml, report }) {
    for (const extra of facts.forward ? children(facts.forward, 'nat').slice(1) : []) {
      report(extra, `Only one <nat> element is allowed in <forward> of network ${facts.name}`, 'merge its <address> and <port> into the first <nat>', [
        { title: 'Remove this <nat>', edits: [removeElement(xml.text, extra)] },
      ]);
    }
  },
};
