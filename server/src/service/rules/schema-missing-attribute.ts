import type { Rule } from '../rule';
import { attr } from '../xml';
import { isStartTagComplete, knownElements, ONLY_VALIDATE_REJECTS, schemaMessage } from './schema-common';
import { addAttributeFix } from './schema-fixes';

export const schemaMissingAttribute: Rule = {
  id: 'schema-missing-attribute',
  severity: 'warning',
  layer: 'schema',
  spec: ['§5.1'],
  description: 'An attribute the network schema requires is missing.',
  check(context) {
    const { xml, report } = context;
    const { elements, matches } = knownElements(context);
    for (let i = 0; i < elements.length; i++) {
      const element = elements[i];
      const required = matches[i].requiredAttributes;
      // A start tag still being typed is not missing anything yet.
      if (required.length === 0 || !isStartTagComplete(xml.text, element)) continue;
      for (let j = 0; j < required.length; j++) {
        const attribute = required[j];
        if (attr(element, attribute.name)) continue;
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
