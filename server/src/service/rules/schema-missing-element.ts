import type { Rule } from '../rule';
import { isChildOfKind, knownElements, ONLY_VALIDATE_REJECTS, schemaMessage, tag } from './schema-common';

export const schemaMissingElement: Rule = {
  id: 'schema-missing-element',
  severity: 'warning',
  layer: 'schema',
  spec: ['§5.1'],
  description: 'A child element the network schema requires is missing (e.g. <tag> in <vlan>, <hostname> in a DNS <host>).',
  check(context) {
    const { xml, report } = context;
    // On a malformed document the tree is the well-formed prefix: children after the cut are unknown.
    if (xml.errors.length > 0) return;
    const { elements, matches } = knownElements(context);
    for (let i = 0; i < elements.length; i++) {
      const element = elements[i];
      const match = matches[i];
      const refs = match.def.children;
      for (let k = 0; k < refs.length; k++) {
        const ref = refs[k];
        if (ref.min === 0) continue;
        let count = 0;
        for (let j = 0; j < element.children.length; j++) if (isChildOfKind(element.children[j], match, ref.ref)) count++;
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
