import type { TextEdit } from '../rule';
import type { XmlAttribute, XmlElement } from '../xml';

/** Text edits for quick fixes of the identity/bridge/forward rules. */

/** Replaces an attribute's value (between the quotes). */
export function replaceValue(attribute: XmlAttribute, newValue: string): TextEdit {
  return { range: attribute.valueRange, newText: escapeAttr(newValue) };
}

/** Removes `name="value"` together with the whitespace before it. */
export function removeAttribute(text: string, attribute: XmlAttribute): TextEdit {
  let start = attribute.range.start;
  while (start > 0 && /[ \t\r\n]/.test(text[start - 1])) start--;
  return { range: { start, end: attribute.range.end }, newText: '' };
}

/** Inserts ` name="value"` after the element's last attribute (or its name), quoted like its neighbours. */
export function addAttribute(element: XmlElement, name: string, value: string, text?: string): TextEdit {
  const last = element.attributes[element.attributes.length - 1];
  const at = last ? last.range.end : element.nameRange.end;
  const quote = last && text?.[last.valueRange.start - 1] === "'" ? "'" : '"';
  return { range: { start: at, end: at }, newText: ` ${name}=${quote}${escapeAttr(value)}${quote}` };
}

/** Sets an attribute: replaces its value when present, adds it otherwise. */
export function setAttribute(element: XmlElement, name: string, value: string, text?: string): TextEdit {
  const existing = element.attributes.find((a) => a.name === name);
  return existing ? replaceValue(existing, value) : addAttribute(element, name, value, text);
}

/** Removes an element; when it sits alone on its line, the whole line goes. */
export function removeElement(text: string, element: XmlElement): TextEdit {
  let start = element.range.start;
  let end = element.range.end;
  let lineStart = start;
  while (lineStart > 0 && /[ \t]/.test(text[lineStart - 1])) lineStart--;
  let lineEnd = end;
  while (lineEnd < text.length && /[ \t]/.test(text[lineEnd])) lineEnd++;
  const aloneOnLine = (lineStart === 0 || text[lineStart - 1] === '\n') && (lineEnd === text.length || text[lineEnd] === '\n' || text[lineEnd] === '\r');
  if (aloneOnLine) {
    start = lineStart;
    end = lineEnd;
    if (text[end] === '\r') end++;
    if (text[end] === '\n') end++;
  }
  return { range: { start, end }, newText: '' };
}

function escapeAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}
