import type { Rule } from '../rule';
import { elementDef } from '../model';
import { matchElement } from '../model-match';
import { knownElements, ONLY_VALIDATE_REJECTS, schemaMessage, tag } from './schema-common';

export const schemaMissingElement: Rule = {
  id: 'schema-missing-element',
  severity: 'warning',
  layer: 'schema',
  spec: ['§5.1'],
  description: 'A child element the network schema requires is missing (e.g. <tag> in <vlan>, <hostname> in a DNS <host>).',
  check({ root, xml, report }) {
    // On a malformed document the tree is the well-formed prefix: children after the cut are unknown.
    if (xml.errors.length > 0) return;
    for (const { element, id } of knownElements(root)) {
      const def = elementDef(id);
      if (!def) continue;
      for (const ref of def.children) {
        if (ref.min === 0) continue;
        const count = element.children.filter((c) => {
          const match = matchElement(c);
          return match.kind === 'known' && match.id === ref.ref;
        }).length;
        if (count >= ref.min) continue;
        report(
          element.nameRange,
          schemaMessage(`Element ${element.name}: missing required child ${tag(ref.ref)}${ref.min > 1 ? ` (at least ${ref.min})` : ''}`),
          ONLY_VALIDATE_REJECTS,
        );
      }
    }
  },
};
