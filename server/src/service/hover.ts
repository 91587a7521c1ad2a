/**
 * Hover on element names (start or end tag), attribute names and attribute values: the model's
 * documentation, the value type or allowed values, `since` when newer than the installed libvirt,
 * and for a value of an enumerated type a line about that value. Pure: LSP types out.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver-types';
import { elementDef, typeDef } from './model';
import { allowedChildNames, matchElement } from './model-match';
import { attributeMarkdown, elementMarkdown, valueDoc } from './model-docs';
import { scanDocument, type ScannedElement } from './xml-scan';
import type { OffsetRange, XmlAttribute } from './xml';

export function doHover(document: TextDocument, position: Position): Hover | null {
  const offset = document.offsetAt(position);
  const doc = scanDocument(document.getText());
  const hover = (markdown: string, range: OffsetRange): Hover => ({
    contents: { kind: MarkupKind.Markdown, value: markdown },
    range: { start: document.positionAt(range.start), end: document.positionAt(range.end) },
  });
  const within = (r: OffsetRange): boolean => r.start <= offset && offset <= r.end && r.end > r.start;
  for (const element of doc.elements) {
    if (within(element.nameRange)) return elementHover(element, element.nameRange, hover);
    if (element.endTag && within(element.endTag.nameRange)) return elementHover(element, element.endTag.nameRange, hover);
    if (offset < element.start || offset > element.startTagEnd) continue;
    for (const attribute of element.attributes) {
      if (within(attribute.nameRange)) return attributeHover(element, attribute, false, attribute.nameRange, hover);
      if (within(attribute.valueRange)) return attributeHover(element, attribute, true, attribute.valueRange, hover);
    }
  }
  return null;
}

type MakeHover = (markdown: string, range: OffsetRange) => Hover;

function elementHover(element: ScannedElement, range: OffsetRange, hover: MakeHover): Hover | null {
  const match = matchElement(element);
  if (match.kind === 'known') {
    const parentMatch = element.parent ? matchElement(element.parent) : undefined;
    const parentDef = parentMatch?.kind === 'known' ? parentMatch.def : undefined;
    const ref = parentDef?.children.find((c) => c.ref === match.id);
    return hover(elementMarkdown(match.def, ref, parentDef), range);
  }
  if (match.kind === 'unknown' && match.parentId !== undefined) {
    const parent = elementDef(match.parentId)?.name ?? match.parentId;
    const allowed = allowedChildNames(match.parentId);
    const list = allowed.length > 0 ? `Allowed in \`<${parent}>\`: ${allowed.map((n) => `\`<${n}>\``).join(', ')}.` : `\`<${parent}>\` has no child elements.`;
    return hover(`\`<${element.name}>\` is not part of the libvirt network schema here: libvirt ignores it. ${list}`, range);
  }
  return null;
}

function attributeHover(element: ScannedElement, attribute: XmlAttribute, onValue: boolean, range: OffsetRange, hover: MakeHover): Hover | null {
  const match = matchElement(element);
  if (match.kind !== 'known') return null;
  const def = match.def.attributes.find((a) => a.name === attribute.name);
  if (!def) {
    if (onValue) return null;
    const allowed = match.def.attributes.map((a) => `\`${a.name}\``).join(', ');
    return hover(`\`${attribute.name}\` is not an attribute of \`<${match.def.name}>\`: libvirt ignores it.${allowed ? ` Allowed: ${allowed}.` : ''}`, range);
  }
  const values = typeDef(def.type)?.enum;
  const markdown = attributeMarkdown(match.id, def, !(onValue && values));
  if (!onValue || !values) return hover(markdown, range);
  const value = attribute.value;
  const line = values.includes(value)
    ? `**\`${value}\`**: ${valueDoc(match.id, def, value) ?? `one of ${values.join(', ')}`}`
    : `**\`${value}\`** is not an allowed value: use one of ${values.map((v) => `\`${v}\``).join(', ')}.`;
  return hover(`${line}\n\n---\n\n${markdown}`, range);
}
