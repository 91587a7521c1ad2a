/** Quick-fix edits shared by the schema rules. */
import type { QuickFix, TextEdit } from '../rule';
import type { OffsetRange, XmlAttribute, XmlElement } from '../xml';

/** The name in the element's end tag, when it has one. */
export function endTagNameRange(text: string, element: XmlElement): OffsetRange | undefined {
  if (element.selfClosing) return undefined;
  const closing = `</${element.name}`;
  const at = text.lastIndexOf(closing, element.range.end);
  if (at < element.startTagEnd || at + closing.length > element.range.end) return undefined;
  return { start: at + 2, end: at + closing.length };
}

export function renameElementFix(text: string, element: XmlElement, newName: string): QuickFix {
  const edits: TextEdit[] = [{ range: element.nameRange, newText: newName }];
  const end = endTagNameRange(text, element);
  if (end) edits.push({ range: end, newText: newName });
  return { title: `Rename <${element.name}> to <${newName}>`, edits };
}

export function renameAttributeFix(attribute: XmlAttribute, newName: string): QuickFix {
  return { title: `Rename attribute '${attribute.name}' to '${newName}'`, edits: [{ range: attribute.nameRange, newText: newName }] };
}

export function replaceValueFix(attribute: XmlAttribute, newValue: string): QuickFix {
  return { title: `Change '${attribute.value}' to '${newValue}'`, edits: [{ range: attribute.valueRange, newText: newValue }] };
}

/** Where new attributes go in a start tag: after the last attribute, or after the name. */
export function attributeInsertionPoint(element: XmlElement): number {
  const last = element.attributes[element.attributes.length - 1];
  return last ? last.range.end : element.nameRange.end;
}

export function addAttributeFix(element: XmlElement, name: string, value = ''): QuickFix {
  return { title: `Add attribute '${name}'`, edits: [{ range: at(attributeInsertionPoint(element)), newText: ` ${name}="${value}"` }] };
}

export function declareNamespaceFix(root: XmlElement, prefix: string | undefined, uri: string): QuickFix {
  return { title: `Declare xmlns:${prefix ?? ''} on <${root.name}>`, edits: [{ range: at(root.nameRange.end), newText: ` xmlns:${prefix ?? ''}='${uri}'` }] };
}

/** Removes an attribute together with the whitespace before it. */
export function removeAttributeFix(text: string, attribute: XmlAttribute): QuickFix {
  let start = attribute.range.start;
  while (start > 0 && /\s/.test(text[start - 1])) start--;
  return { title: `Remove attribute '${attribute.name}'`, edits: [{ range: { start, end: attribute.range.end }, newText: '' }] };
}

function at(offset: number): OffsetRange {
  return { start: offset, end: offset };
}
