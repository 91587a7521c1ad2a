import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { OffsetRange, ParsedXml, WellFormednessError, XmlAttribute, XmlElement } from './xml';
import { libxmlFirstError } from './xml-wellformed';

/**
 * Text -> positioned element tree. fast-xml-parser finds the elements and their extents
 * (captureMetaData); attribute names/values get their ranges from a scan of each start tag,
 * whose extent the parser already found. Well-formedness is judged separately, the way libxml2
 * (libvirt's parser) judges it and in its words (xml-wellformed.ts; a fuzz test compares it with
 * xmllint). A malformed document still yields the tree of its well-formed prefix, so rules keep
 * working while the user types.
 */

const PARSER_OPTIONS = {
  preserveOrder: true,
  captureMetaData: true,
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  // No callbacks use the path: don't build a jPath string for every tag.
  jPath: false,
} as const;
const parser = new XMLParser({ ...PARSER_OPTIONS, processEntities: true });
/** Entity processing costs a pass over every text node: skip it when there is no `&` at all. */
const parserWithoutEntities = new XMLParser({ ...PARSER_OPTIONS, processEntities: false });
const META = XMLParser.getMetaDataSymbol() as unknown as symbol;

type RawNode = Record<string | symbol, unknown>;
interface RawMeta {
  startIndex?: number;
  endIndex?: number;
}

const MAX_RECOVERY_ATTEMPTS = 32;

/**
 * Text the lenient parse does not judge itself, so libxml2's checks must run: entity and
 * character references, CDATA, DOCTYPE, processing instructions and XML declarations (only one,
 * only first), `--` inside comments, `]]>` in text, characters XML forbids.
 */
const NEEDS_FULL_CHECK_CHARS = /[&\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/;
const DASHES_INSIDE_COMMENT = /(?<!<!)--(?!>)/;

function needsFullCheck(text: string): boolean {
  // Plain substring searches first: one regex with a look-behind over the whole text costs more.
  return (
    NEEDS_FULL_CHECK_CHARS.test(text) ||
    text.includes('<![') ||
    text.includes('<!DOCTYPE') ||
    text.includes('<?') ||
    text.includes(']]>') ||
    (text.includes('--') && DASHES_INSIDE_COMMENT.test(text))
  );
}

export function parseXml(text: string): ParsedXml {
  const build: BuildState = { text, suspicious: needsFullCheck(text) };
  let raw = tryParse(text);
  let root = raw ? buildRoot(raw, build) : undefined;
  // The libxml2 pass runs when the tree shows any sign of trouble; a fuzz test against xmllint
  // proves the gate lets nothing malformed through.
  const errors = build.suspicious || !raw || !root ? wellFormednessErrors(text) : [];
  if (!raw) {
    // Re-parse ever shorter prefixes, cutting at a tag start before the first error.
    let cut = errors.length > 0 && errors[0].range.start > 0 ? errors[0].range.start : text.length;
    for (let i = 0; i < MAX_RECOVERY_ATTEMPTS && !raw && cut > 0; i++) {
      cut = text.lastIndexOf('<', cut - 1);
      if (cut <= 0) break;
      raw = tryParse(text.slice(0, cut));
    }
    root = raw ? buildRoot(raw, build) : undefined;
  }
  return { text, root, errors };
}

function tryParse(text: string): RawNode[] | undefined {
  try {
    return (text.includes('&') ? parser : parserWithoutEntities).parse(text) as RawNode[];
  } catch {
    return undefined;
  }
}

function wellFormednessErrors(text: string): WellFormednessError[] {
  if (text.trim() === '') return [{ message: 'Document is empty', range: { start: 0, end: 0 } }];
  const first = libxmlFirstError(text);
  if (first === undefined) return [];
  if (first !== 'doctype') return [{ message: first.message, range: { start: first.offset, end: endOfToken(text, first.offset) } }];
  // A DOCTYPE (entities, internal subset): out of the libxml2 emulation's scope.
  const result = XMLValidator.validate(text, { allowBooleanAttributes: false });
  if (result === true) return [];
  const { msg, line, col } = result.err;
  const start = offsetOfLineCol(text, line, col);
  return [{ message: `Malformed XML: ${msg}`, range: { start, end: endOfToken(text, start) } }];
}

function offsetOfLineCol(text: string, line: number, col: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf('\n', offset);
    if (nl < 0) return text.length;
    offset = nl + 1;
  }
  return Math.min(text.length, offset + Math.max(0, col - 1));
}

function endOfToken(text: string, start: number): number {
  const m = /[^\s<>]*[<>]?/y;
  m.lastIndex = start;
  const match = m.exec(text);
  const end = start + (match ? match[0].length : 0);
  return end > start ? end : Math.min(text.length, start + 1);
}

interface BuildState {
  text: string;
  /** Set when something the lenient parser let through may be malformed: libxml2's checks must look. */
  suspicious: boolean;
}

/** An XML Name (with an optional prefix), the subset libvirt documents use. */
const XML_NAME = /^[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?$/;

function buildRoot(raw: RawNode[], build: BuildState): XmlElement | undefined {
  let root: XmlElement | undefined;
  for (const node of raw) {
    const outsideText = node['#text'];
    if (outsideText !== undefined) {
      if (!/^[ \t\r\n]*$/.test(String(outsideText))) build.suspicious = true;
      continue;
    }
    const element = buildElement(node, undefined, build);
    if (!element) continue;
    if (root) build.suspicious = true; // a second root element
    else root = element;
  }
  if (!root || !MISC.test(build.text.slice(0, root.range.start)) || !MISC.test(build.text.slice(root.range.end))) build.suspicious = true;
  return root;
}

/** What may stand outside the root element without a closer look: white space and comments. */
const MISC = /^(?:[ \t\r\n]|<!--(?:(?!--)[\s\S])*-->)*$/;

function tagNameOf(node: RawNode): string | undefined {
  for (const key in node) if (key !== ':@' && key !== '#text') return key;
  return undefined;
}

function buildElement(node: RawNode, parent: XmlElement | undefined, build: BuildState): XmlElement | undefined {
  const name = tagNameOf(node);
  const meta = node[META] as RawMeta | undefined;
  if (name === '' || meta?.startIndex === undefined) build.suspicious = true;
  if (!name || name.startsWith('?') || meta?.startIndex === undefined) return undefined;
  const text = build.text;
  const start = meta.startIndex;
  const tag = scanStartTag(text, start);
  if (tag.malformed || tag.nameLength !== name.length || !text.startsWith(name, start + 1) || !XML_NAME.test(name)) build.suspicious = true;
  const end = meta.endIndex ?? (parent ? parent.range.end : text.length);
  const element: XmlElement = {
    name,
    attributes: tag.attributes,
    children: [],
    parent,
    range: { start, end },
    nameRange: { start: start + 1, end: start + 1 + tag.nameLength },
    startTagEnd: tag.end,
    selfClosing: tag.selfClosing,
    text: '',
    textRange: { start: tag.end, end: tag.end },
  };
  const content = node[name];
  let textContent = '';
  if (Array.isArray(content)) {
    const nodes = content as RawNode[];
    for (let i = 0; i < nodes.length; i++) {
      const c = nodes[i];
      const t = c['#text'];
      if (t !== undefined) {
        textContent += String(t);
        continue;
      }
      const childElement = buildElement(c, element, build);
      if (childElement) element.children.push(childElement);
    }
  }
  element.text = textContent;
  if (meta.endIndex === undefined) build.suspicious = true; // never closed
  if (!tag.selfClosing) {
    const closing = text.lastIndexOf('</', end - 1);
    const closedHere = meta.endIndex !== undefined && closing >= tag.end;
    // The closing tag must be the first markup after the last child (a stray `</x` before it was swallowed).
    const tail = element.children.length > 0 ? element.children[element.children.length - 1].range.end : tag.end;
    if (!closedHere || !isClosingTag(text, closing, end, name) || text.indexOf('<', tail) !== closing) build.suspicious = true;
    element.textRange = { start: tag.end, end: closedHere ? closing : end };
  }
  return element;
}

/** `</name>` (white space allowed before `>`) exactly spans [from, to). */
function isClosingTag(text: string, from: number, to: number, name: string): boolean {
  return text.startsWith(name, from + 2) && /^[ \t\r\n]*$/.test(text.slice(from + 2 + name.length, to - 1)) && text[to - 1] === '>';
}

interface StartTag {
  nameLength: number;
  attributes: XmlAttribute[];
  end: number;
  selfClosing: boolean;
  /** Half-typed or otherwise not well-formed (no value, no quotes, duplicate name, stray text). */
  malformed: boolean;
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
  let malformed = false;
  for (;;) {
    ATTRIBUTE.lastIndex = i;
    const m = ATTRIBUTE.exec(text);
    if (m) {
      const raw = m[2] ?? m[3];
      const end = ATTRIBUTE.lastIndex;
      const valueEnd = end - 1;
      const nameStart = end - m[0].length + m[0].search(/[^ \t\r\n]/);
      attributes.push(new ScannedAttribute(m[1], decodeEntities(raw), nameStart, valueEnd - raw.length, valueEnd, end));
      i = end;
      continue;
    }
    TAG_END.lastIndex = i;
    const close = TAG_END.exec(text);
    if (close) return { nameLength, attributes, end: TAG_END.lastIndex, selfClosing: close[1] === '/>', malformed: malformed || hasBadOrDuplicateName(attributes) };
    malformed = true;
    const slow = scanMalformedAttribute(text, i, attributes);
    if (slow === undefined) return { nameLength, attributes, end: skipSpace(text, i), selfClosing: false, malformed };
    i = slow;
  }
}

/** One allocation per attribute: the ranges are derived on demand (rules read them only to report). */
class ScannedAttribute implements XmlAttribute {
  constructor(
    readonly name: string,
    readonly value: string,
    private readonly nameStart: number,
    private readonly valueStart: number,
    private readonly valueEnd: number,
    private readonly end: number,
  ) {}
  get nameRange(): OffsetRange {
    return { start: this.nameStart, end: this.nameStart + this.name.length };
  }
  get valueRange(): OffsetRange {
    return { start: this.valueStart, end: this.valueEnd };
  }
  get range(): OffsetRange {
    return { start: this.nameStart, end: this.end };
  }
}

function hasBadOrDuplicateName(attributes: XmlAttribute[]): boolean {
  for (let i = 0; i < attributes.length; i++) {
    if (!XML_NAME.test(attributes[i].name)) return true;
    for (let j = 0; j < i; j++) if (attributes[i].name === attributes[j].name) return true;
  }
  return false;
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
    value: decodeEntities(text.slice(j + 1, close)),
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

const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

const NEEDS_DECODING = /[&\t\n\r]/;

function decodeEntities(raw: string): string {
  if (!NEEDS_DECODING.test(raw)) return raw; // the common case: nothing to normalise
  if (!raw.includes('&')) return raw.replace(/[\t\n\r]/g, ' ');
  return raw
    .replace(/[\t\n\r]/g, ' ') // attribute-value normalisation (XML 1.0 §3.3.3)
    .replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, body: string) => {
      if (body.startsWith('#x')) return safeCodePoint(parseInt(body.slice(2), 16), whole);
      if (body.startsWith('#')) return safeCodePoint(parseInt(body.slice(1), 10), whole);
      return NAMED_ENTITIES[body] ?? whole;
    });
}

function safeCodePoint(cp: number, fallback: string): string {
  return Number.isFinite(cp) && cp >= 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : fallback;
}
