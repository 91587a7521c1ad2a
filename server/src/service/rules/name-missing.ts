import { child } from '../xml';
import type { Rule } from '../rule';

export const nameMissing: Rule = {
  id: 'name-missing',
  severity: 'error',
  layer: 'parse',
  spec: ['ID-1'],
  description: 'A network needs a non-empty <name>.',
  check({ root, facts, report }) {
    if (facts.name !== '') return;
    const name = child(root, 'name');
    report(name ?? root, 'missing name information', 'add <name>mynet</name> as the first child of <network>');
  },
};
