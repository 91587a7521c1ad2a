import type { Rule } from '../rule';
import { elementDef } from '../model';
import { isStartTagComplete, knownElements, ONLY_VALIDATE_REJECTS, schemaMessage } from './schema-common';
import { addAttributeFix } from './schema-fixes';

export const schemaMissingAttribute: Rule = {
  id: 'schema-missing-attribute',
  severity: 'warning',
  layer: 'schema',
  spec: ['§5.1'],
  description: 'An attribute the network schema requires is missing.',
  check({ root, xml, report }) {
    for (const { element, id } of knownElements(root)) {
      const def = elementDef(id);
      // A start tag still being typed is not missing anything yet.
      if (!def || !isStartTagComplete(xml.text, element)) continue;
      const missing = def.attributes.filter((a) => a.required && !element.attributes.some((present) => present.name === a.name));
      for (const attribute of missing) {
        report(
          element.nameRange,
          schemaMessage(`Element ${element.name}: missing required attribute '${attribute.name}'`),
          ONLY_VALIDATE_REJECTS,
          [addAttributeFix(xml.text, element, attribute.name)],
        );
      }
    }
  },
};
