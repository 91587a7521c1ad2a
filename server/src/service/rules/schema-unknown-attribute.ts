import type { QuickFix, Rule } from '../rule';
import { isNamespaceDeclaration } from '../model-match';
import { closestName, knownElements, ONLY_VALIDATE_REJECTS, schemaMessage } from './schema-common';
import { removeAttributeFix, renameAttributeFix } from './schema-fixes';

export const schemaUnknownAttribute: Rule = {
  id: 'schema-unknown-attribute',
  severity: 'warning',
  layer: 'schema',
  spec: ['ID-11', '§5.1'],
  description: 'Attributes the network schema does not allow on their element (libvirt ignores them; net-define --validate rejects them).',
  check(context) {
    const { xml, report } = context;
    const { elements, matches } = knownElements(context);
    for (let i = 0; i < elements.length; i++) {
      const element = elements[i];
      const { def } = matches[i];
      const defs = matches[i].attributes;
      // Indexed, not for-of: this runs per element, and an indexed loop never makes an iterator.
      const attributes = element.attributes;
      for (let j = 0; j < attributes.length; j++) {
        const attribute = attributes[j];
        if (defs.has(attribute.name) || isNamespaceDeclaration(attribute.name)) continue;
        const allowed = def.attributes.map((a) => a.name);
        const detail =
          allowed.length === 0
            ? `Element ${element.name} takes no attributes, found '${attribute.name}'`
            : `Element ${element.name} has no attribute '${attribute.name}'; allowed: ${allowed.join(', ')}`;
        const suggestion = closestName(attribute.name, allowed.filter((name) => !element.attributes.some((a) => a.name === name)));
        const fixes: QuickFix[] = [];
        if (suggestion !== undefined) fixes.push(renameAttributeFix(attribute, suggestion));
        fixes.push(removeAttributeFix(xml.text, attribute));
        const didYouMean = suggestion === undefined ? '' : `did you mean '${suggestion}'? `;
        report(attribute.nameRange, schemaMessage(detail), `${didYouMean}libvirt's parser ignores it, so it has no effect; ${ONLY_VALIDATE_REJECTS}`, fixes);
      }
    }
  },
};
