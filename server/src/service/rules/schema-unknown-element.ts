import type { QuickFix, Rule } from '../rule';
import { elementDef } from '../model';
import { allowedChildNames, elementIdsNamed, parentIdsOf, splitQName } from '../model-match';
import type { XmlElement } from '../xml';
import { closestName, unknownElements, ONLY_VALIDATE_REJECTS, schemaMessage, tag } from './schema-common';
import { declareNamespaceFix, renameElementFix } from './schema-fixes';

export const schemaUnknownElement: Rule = {
  id: 'schema-unknown-element',
  severity: 'warning',
  layer: 'schema',
  spec: ['ID-11', '§5.1'],
  description: 'Elements the network schema does not allow where they are (libvirt ignores them; net-define --validate rejects them).',
  check(context) {
    const { root, xml, report } = context;
    const { elements, matches } = unknownElements(context);
    for (let i = 0; i < elements.length; i++) {
      const element = elements[i];
      const match = matches[i];
      const { prefix, local } = splitQName(element.name);
      if (match.prefixUnbound) {
        const namespaced = elementIdsNamed(local).map((id) => elementDef(id)).find((def) => def?.namespace !== undefined);
        const fixes: QuickFix[] = [];
        if (namespaced?.namespace && prefix === splitQName(namespaced.name).prefix) fixes.push(declareNamespaceFix(root, prefix, namespaced.namespace));
        report(
          element.nameRange,
          schemaMessage(`Element ${element.name}: namespace prefix '${prefix ?? ''}' is not declared`),
          namespaced?.namespace
            ? `declare it on <network>: xmlns:${prefix ?? ''}='${namespaced.namespace}'; without it libvirt ignores the element, and ${ONLY_VALIDATE_REJECTS}`
            : `declare the prefix with an xmlns:${prefix ?? ''} attribute; ${ONLY_VALIDATE_REJECTS}`,
          fixes,
        );
        continue;
      }
      if (match.parentId === undefined) {
        report(element.nameRange, schemaMessage(`Element ${element.name}: expecting no namespace, found '${match.namespace ?? ''}'`), `remove the xmlns declaration: libvirt's parser sees no elements in a namespace (it then reports missing name information), and ${ONLY_VALIDATE_REJECTS}`);
        continue;
      }
      report(element.nameRange, unknownMessage(element, match.parentId, match.namespace), unknownHint(local, match.parentId), renameFixes(xml.text, element, match.parentId));
    }
  },
};

function unknownMessage(element: XmlElement, parentId: string, namespace: string | undefined): string {
  const parent = tag(parentId);
  const allowed = allowedChildNames(parentId);
  const where = namespace ? ` (namespace '${namespace}')` : '';
  if (allowed.length === 0) {
    const text = elementDef(parentId)?.text !== undefined;
    return schemaMessage(`Element <${element.name}>${where} is not allowed in ${parent}: ${parent} ${text ? 'takes text only' : 'has no child elements'}`);
  }
  return schemaMessage(`Element <${element.name}>${where} is not allowed in ${parent}; expected one of: ${allowed.join(', ')}`);
}

function unknownHint(local: string, parentId: string): string {
  const elsewhere = elementIdsNamed(local)
    .flatMap((id) => parentIdsOf(id))
    .filter((id) => id !== parentId);
  const belongs = [...new Set(elsewhere.map((id) => tag(id)))];
  const where = belongs.length > 0 ? `<${local}> belongs in ${belongs.join(' or ')}. ` : '';
  return `${where}libvirt's parser ignores it, so it has no effect; ${ONLY_VALIDATE_REJECTS}`;
}

function renameFixes(text: string, element: XmlElement, parentId: string): QuickFix[] {
  const candidates = allowedChildNames(parentId).filter((name) => name !== element.name);
  const suggestion = closestName(element.name, candidates);
  return suggestion === undefined ? [] : [renameElementFix(text, element, suggestion)];
}
