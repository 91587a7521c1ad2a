/**
 * A tolerant scan of a document as it is being typed, for completion and hover: every start tag
 * (terminated or not), end tag, comment and text run, nested by a forgiving stack, plus what sits
 * under a given offset. Unlike parse.ts it never cuts the document at the first error, so the
 * elements after a half-typed tag are still seen. Pure: no fs, no LSP.
 */
import { scanStartTag } from './xml-start-tag';
import type { OffsetRange, XmlAttribute } from './xml';
import type { MatchableElement } from './model-match';

export interface ScannedElement extends MatchableElement {
  name: string;
  attributes: XmlAttribute[];
  parent: ScannedElement | undefined;
  children: ScannedElement[];
  /** Offset of `<`. */
  start: number;
  nameRange: OffsetRange;
  /** End of the start tag: after `>`/`/>`, or where an unterminated tag stops. */
  startTagEnd: number;
  /** The start tag has its `>`. */
  terminated: boolean;
  selfClosing: boolean;
  /** The element's end tag, when found. */
  endTag?: { start: number; nameRange: OffsetRange; end: number };
  /** Where its content ends: its end tag, an enclosing element's end tag, or the end of the text. */
  contentEnd: number;
}

export interface ScannedDocument {
  text: string;
  /** Top-level elements (normally one: `<network>`). */
  roots: ScannedElement[];
  /** Every start tag, in document order. */
  elements: ScannedElement[];
  /** Comments, CDATA sections, processing instructions and DOCTYPEs: no completion inside. */
  opaque: OffsetRange[];
}

export function scanDocument(text: string): ScannedDocument {
  const doc: ScannedDocument = { text, roots: [], elements: [], opaque: [] };
  const stack: ScannedElement[] = [];
  let i = 0;
  const skipTo = (from: number, marker: string): number => {
    const at = text.indexOf(marker, from);
    return at < 0 ? text.length : at + marker.length;
  };
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    if (lt < 0) break;
    i = lt;
    if (text.startsWith('<!--', i)) {
      const end = skipTo(i + 4, '-->');
      doc.opaque.push({ start: i, end });
      i = end;
    } else if (text.startsWith('<![CDATA[', i)) {
      const end = skipTo(i + 9, ']]>');
      doc.opaque.push({ start: i, end });
      i = end;
    } else if (text.startsWith('<?', i) || text.startsWith('<!', i)) {
      const end = skipTo(i + 2, text.startsWith('<?', i) ? '?>' : '>');
      doc.opaque.push({ start: i, end });
      i = end;
    } else if (text.startsWith('</', i)) {
      i = scanEndTag(text, i, stack);
    } else {
      const tag = scanStartTag(text, i);
      const terminated = text[tag.end - 1] === '>' && tag.end > i + 1;
      const parent = stack[stack.length - 1];
      const element: ScannedElement = {
        name: text.slice(i + 1, i + 1 + tag.nameLength),
        attributes: tag.attributes,
        parent,
        children: [],
        start: i,
        nameRange: { start: i + 1, end: i + 1 + tag.nameLength },
        startTagEnd: tag.end,
        terminated,
        selfClosing: tag.selfClosing,
        contentEnd: tag.selfClosing || !terminated ? tag.end : text.length,
      };
      doc.elements.push(element);
      (parent ? parent.children : doc.roots).push(element);
      // A tag still being typed does not open an element: what follows it are its siblings.
      if (terminated && !tag.selfClosing && element.name !== '') stack.push(element);
      i = Math.max(tag.end, i + 1);
    }
  }
  return doc;
}

function scanEndTag(text: string, start: number, stack: ScannedElement[]): number {
  const nameMatch = /[^\s>/<]*/y;
  nameMatch.lastIndex = start + 2;
  const name = nameMatch.exec(text)?.[0] ?? '';
  const nameRange = { start: start + 2, end: start + 2 + name.length };
  let end = nameRange.end;
  while (end < text.length && text[end] !== '>' && text[end] !== '<') end++;
  if (text[end] === '>') end++;
  for (let k = stack.length - 1; k >= 0; k--) {
    if (stack[k].name !== name) continue;
    stack[k].endTag = { start, nameRange, end };
    // Elements left open inside it end here too.
    for (const open of stack.slice(k)) open.contentEnd = start;
    stack.length = k;
    break;
  }
  return Math.max(end, start + 2);
}

/** What the offset points at, for completion and hover. */
export type CursorContext =
  /** Typing an element name after `<` (`element` is the half-typed tag). */
  | { kind: 'element-name'; element: ScannedElement; parent: ScannedElement | undefined; range: OffsetRange }
  /** Inside an end tag's name. */
  | { kind: 'end-tag'; element: ScannedElement | undefined; range: OffsetRange; end: number }
  /** In a start tag where an attribute name goes (`attribute` is the one being typed, if any). */
  | { kind: 'attribute-name'; element: ScannedElement; attribute: XmlAttribute | undefined; range: OffsetRange }
  /** Between the quotes of an attribute value. */
  | { kind: 'attribute-value'; element: ScannedElement; attribute: XmlAttribute; range: OffsetRange }
  /** Right after `name=`, no quote yet. */
  | { kind: 'after-equals'; element: ScannedElement; attribute: XmlAttribute; range: OffsetRange }
  /** In character data; `parent` is the innermost open element. */
  | { kind: 'text'; parent: ScannedElement | undefined }
  | { kind: 'none' };

export function contextAt(doc: ScannedDocument, offset: number): CursorContext {
  const { text } = doc;
  if (doc.opaque.some((r) => r.start < offset && offset < r.end)) return { kind: 'none' };
  for (const element of doc.elements) {
    if (element.endTag && element.endTag.start < offset && offset <= Math.max(element.endTag.nameRange.end, element.endTag.start + 2)) {
      if (offset < element.endTag.nameRange.start) return { kind: 'none' };
      return { kind: 'end-tag', element, range: element.endTag.nameRange, end: element.endTag.end };
    }
    const inside = element.start < offset && (offset < element.startTagEnd || (!element.terminated && offset <= element.startTagEnd));
    if (!inside) continue;
    if (offset <= element.nameRange.end) return { kind: 'element-name', element, parent: element.parent, range: element.nameRange };
    for (const attribute of element.attributes) {
      const quoted = attribute.valueRange.start > attribute.nameRange.end && /["']/.test(text[attribute.valueRange.start - 1] ?? '');
      if (quoted && attribute.valueRange.start <= offset && offset <= attribute.valueRange.end) {
        return { kind: 'attribute-value', element, attribute, range: attribute.valueRange };
      }
      if (attribute.nameRange.start <= offset && offset <= attribute.nameRange.end) {
        return { kind: 'attribute-name', element, attribute, range: attribute.nameRange };
      }
      if (!quoted && attribute.range.end === offset && attribute.range.end > attribute.nameRange.end) {
        return { kind: 'after-equals', element, attribute, range: { start: offset, end: offset } };
      }
    }
    if (/\s/.test(text[offset - 1] ?? '')) return { kind: 'attribute-name', element, attribute: undefined, range: { start: offset, end: offset } };
    return { kind: 'none' };
  }
  // An unfinished end tag with no matching open element (`</` at the end of the text).
  const endTagStart = text.lastIndexOf('</', offset);
  if (endTagStart >= 0 && /^<\/[^\s<>]*$/.test(text.slice(endTagStart, offset))) {
    let end = offset;
    while (end < text.length && /[^\s<>]/.test(text[end])) end++;
    return { kind: 'end-tag', element: undefined, range: { start: endTagStart + 2, end }, end };
  }
  return { kind: 'text', parent: openElementAt(doc, offset) };
}

/** The innermost element whose content contains `offset`. */
export function openElementAt(doc: ScannedDocument, offset: number): ScannedElement | undefined {
  let found: ScannedElement | undefined;
  for (const element of doc.elements) {
    if (!element.terminated || element.selfClosing || element.name === '') continue;
    if (element.startTagEnd <= offset && offset <= element.contentEnd) found = element; // later = deeper
  }
  return found;
}
