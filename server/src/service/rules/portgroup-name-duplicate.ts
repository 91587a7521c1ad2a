import { attr, children } from '../xml';
import type { Rule } from '../rule';

/** networkValidate (V-17): portgroup names are unique (exact comparison). */
export const portgroupNameDuplicate: Rule = {
  id: 'portgroup-name-duplicate',
  severity: 'error',
  layer: 'validate',
  spec: ['V-17'],
  description: 'Two <portgroup> elements with the same name.',
  elements: ['portgroup'],
  check({ root, facts, report }) {
    const seen = new Set<string>();
    for (const portgroup of children(root, 'portgroup')) {
      const name = attr(portgroup, 'name');
      if (!name) continue;
      if (seen.has(name.value)) {
        report(name, `unsupported configuration: multiple <portgroup> elements with the same name (${name.value}) in network '${facts.name}'`, 'rename this portgroup or merge it into the first one');
      }
      seen.add(name.value);
    }
  },
};
