/** Quick-fix edits shared by the schema rules. */
import type { QuickFix, TextEdit } from '../rule';
import type { OffsetRange, XmlAttribute, XmlElement } from '../xml';
import { addAttribute, removeAttribute, replaceValue } from './fix-edits';

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
  return { title: `Change '${attribute.value}' to '${newValue}'`, edits: [replaceValue(attribute, newValue)] };
}

export function addAttributeFix(text: string, element: XmlElement, name: string, value = ''): QuickFix {
  return { title: `Add attribute '${name}'`, edits: [addAttribute(element, name, value, text)] };
}

export function declareNamespaceFix(root: XmlElement, prefix: string | undefined, uri: string): QuickFix {
  return { title: `Declare xmlns:${prefix ?? ''} on <${root.name}>`, edits: [{ range: at(root.nameRange.end), newText: ` xmlns:${prefix ?? ''}='${uri}'` }] };
}

/** Removes an attribute together with the whitespace before it. */
export function removeAttributeFix(text: string, attribute: XmlAttribute): QuickFix {
  return { title: `Remove attribute '${attribute.name}'`, edits: [removeAttribute(text, attribute)] };
}

function at(offset: number): OffsetRange {
  return { start: offset, end: offset };
}
