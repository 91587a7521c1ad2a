import type { OffsetRange, XmlAttribute } from './xml';
import { ScannedAttribute, decodeAttributeValue } from './xml-attribute';

/**
 * A forgiving read of one start tag, for the trees of documents that are not well-formed (parse.ts)
 * and for completion while typing (xml-scan.ts): half-typed attributes are kept, not refused.
 */

export interface StartTag {
  nameLength: number;
  attributes: XmlAttribute[];
  end: number;
  selfClosing: boolean;
}

/** XML white space: JS's \s would also accept NBSP and U+FEFF, which XML does not. */
const WS = '[ \\t\\r\\n]';
const TAG_NAME = /[^ \t\r\n=/>"'<]*/y;
/** One well-formed attribute, with the whitespace before it. */
const ATTRIBUTE = new RegExp(`${WS}+([^ \\t\\r\\n=/>"'<]+)${WS}*=${WS}*(?:"([^"<]*)"|'([^'<]*)')`, 'y');
const TAG_END = new RegExp(`${WS}*(/?>)`, 'y');

/** Scans `<name attr="v" ...>` starting at `start` (which points at `<`). Tolerates half-typed tags. */
export function scanStartTag(text: string, start: number): StartTag {
  TAG_NAME.lastIndex = start + 1;
  TAG_NAME.exec(text);
  let i = TAG_NAME.lastIndex;
  const nameLength = i - start - 1;
  const attributes: XmlAttribute[] = [];
  for (;;) {
    ATTRIBUTE.lastIndex = i;
    const m = ATTRIBUTE.exec(text);
    if (m) {
      const raw = m[2] ?? m[3];
      const end = ATTRIBUTE.lastIndex;
      const valueEnd = end - 1;
      const nameStart = end - m[0].length + m[0].search(/[^ \t\r\n]/);
      attributes.push(new ScannedAttribute(m[1], decodeAttributeValue(raw), nameStart, valueEnd - raw.length, valueEnd));
      i = end;
      continue;
    }
    TAG_END.lastIndex = i;
    const close = TAG_END.exec(text);
    if (close) return { nameLength, attributes, end: TAG_END.lastIndex, selfClosing: close[1] === '/>' };
    const slow = scanMalformedAttribute(text, i, attributes);
    if (slow === undefined) return { nameLength, attributes, end: skipSpace(text, i), selfClosing: false };
    i = slow;
  }
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && isXmlSpace(text[i])) i++;
  return i;
}

function isXmlSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r';
}

const NAME_CHAR = /[^ \t\r\n=/>"'<]/;

/**
 * The slow path for a half-typed attribute (no value, no quotes, an unterminated quote):
 * records what is there and returns where to continue, or undefined at the end of the tag.
 */
function scanMalformedAttribute(text: string, from: number, attributes: XmlAttribute[]): number | undefined {
  let i = skipSpace(text, from);
  if (i >= text.length || text[i] === '<' || text[i] === '>') return undefined;
  if (text[i] === '/' && text[i + 1] === '>') return undefined;
  const nameStart = i;
  while (i < text.length && NAME_CHAR.test(text[i])) i++;
  if (i === nameStart) return i + 1; // stray character: skip it
  const name = text.slice(nameStart, i);
  const nameRange: OffsetRange = { start: nameStart, end: i };
  let j = skipSpace(text, i);
  if (text[j] !== '=') {
    attributes.push({ name, value: '', nameRange, valueRange: { start: i, end: i }, range: nameRange });
    return i;
  }
  j = skipSpace(text, j + 1);
  const quote = text[j];
  if (quote !== '"' && quote !== "'") {
    attributes.push({ name, value: '', nameRange, valueRange: { start: j, end: j }, range: { start: nameStart, end: j } });
    return j;
  }
  let close = text.indexOf(quote, j + 1);
  const unterminated = close < 0 || text.slice(j + 1, close).includes('<');
  if (unterminated) close = endOfLine(text, j + 1);
  attributes.push({
    name,
    value: decodeAttributeValue(text.slice(j + 1, close)),
    nameRange,
    valueRange: { start: j + 1, end: close },
    range: { start: nameStart, end: Math.min(text.length, close + 1) },
  });
  return unterminated ? close : close + 1;
}

function endOfLine(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  return nl < 0 ? text.length : nl;
}
