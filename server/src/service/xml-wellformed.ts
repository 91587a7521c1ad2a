/**
 * The first well-formedness error of a document, found and worded the way libxml2 (2.9.x, the
 * parser libvirt uses) finds and words it, so that our message is the one `virsh net-define`
 * prints after "(network_definition):LINE: ". One linear pass, which also tells a ScanSink what
 * it reads (xml-tree.ts builds the element tree from it: one pass for both jobs).
 *
 * libvirt reads the document as a C string, so a NUL character ends it. Documents with a
 * DOCTYPE are not judged here (their entities and subsets are out of scope): the caller falls
 * back to a generic validator for them.
 */
import { decodeReference } from './xml-attribute';

export interface LibxmlError {
  message: string;
  /** Offset where libxml2 noticed the problem. */
  offset: number;
}

class Stop {
  constructor(readonly error: LibxmlError) {}
}

/** A DOCTYPE: out of scope (see the file comment). */
class Doctype {}

function isBlank(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r';
}

/** XML 1.0 (5th edition) NameStartChar, as libxml2 checks it in its default mode. */
function isNameStartCode(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    c === 0x5f ||
    c === 0x3a ||
    (c >= 0xc0 && c <= 0xd6) ||
    (c >= 0xd8 && c <= 0xf6) ||
    (c >= 0xf8 && c <= 0x2ff) ||
    (c >= 0x370 && c <= 0x37d) ||
    (c >= 0x37f && c <= 0x1fff) ||
    (c >= 0x200c && c <= 0x200d) ||
    (c >= 0x2070 && c <= 0x218f) ||
    (c >= 0x2c00 && c <= 0x2fef) ||
    (c >= 0x3001 && c <= 0xd7ff) ||
    (c >= 0xf900 && c <= 0xfdcf) ||
    (c >= 0xfdf0 && c <= 0xfffd) ||
    (c >= 0x10000 && c <= 0xeffff)
  );
}

/** XML 1.0 NameChar. */
export function isNameCode(c: number): boolean {
  return isNameStartCode(c) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2e || c === 0xb7 || (c >= 0x300 && c <= 0x36f) || (c >= 0x203f && c <= 0x2040);
}

/** XML Char. */
function isXmlChar(c: number): boolean {
  return c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);
}

/**
 * What the scanner reads, in document order, as offsets into the text. Events stop at the first
 * error; a sink must not be trusted after one.
 */
export interface ScanSink {
  /** `<name` spans [start, nameEnd). */
  openTag(start: number, nameEnd: number): void;
  /**
   * `name="value"`: the name, and the value between its quotes (raw). `literal`: the scanner knows
   * the value holds no reference and no white space to normalise, so it reads as written.
   */
  attribute(nameStart: number, nameEnd: number, valueStart: number, valueEnd: number, literal: boolean): void;
  /** The start tag ends before `end` (after `>` or `/>`); a self-closing element is complete. */
  closeStartTag(end: number, selfClosing: boolean): void;
  /** Character data of the open element: raw text [from, to) with no references, or a CDATA section's content. */
  text(from: number, to: number): void;
  /** The text of an entity or character reference in content. */
  reference(decoded: string): void;
  /** `</name>` spans [start, end). */
  endTag(start: number, end: number): void;
}

interface OpenTag {
  prefix?: string;
  local: string;
  /** Offset of `<`: its line is counted only when a message needs it. */
  start: number;
}

/** What XML forbids in a document (below U+0020 except tab, newline, CR; lone surrogates; U+FFFE, U+FFFF). */
export const FORBIDDEN = String.raw`\x00-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF`;

/** Whether [aStart, aEnd) and [bStart, bEnd) of `text` hold the same characters (no substrings made). */
export function sameText(text: string, aStart: number, aEnd: number, bStart: number, bEnd: number): boolean {
  if (aEnd - aStart !== bEnd - bStart) return false;
  for (let i = 0; i < aEnd - aStart; i++) if (text.charCodeAt(aStart + i) !== text.charCodeAt(bStart + i)) return false;
  return true;
}

/** skipQName's answers when there is no prefix colon to point at. */
const NO_PREFIX = -1;
const NO_NAME = -2;

interface QName {
  prefix?: string;
  local: string;
}

/** IS_BYTE_CHAR: what may continue a start tag's attribute list (-1: the end of the text). */
function isByteCode(code: number): boolean {
  return code >= 0x20 || code === 0x9 || code === 0xa || code === 0xd;
}

/** ASCII letters and `_`: the Name start characters of almost every tag and attribute. */
function isAsciiNameStart(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f;
}

function isAsciiNameChar(c: number): boolean {
  return isAsciiNameStart(c) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2e;
}

/** A character XML allows anywhere, decided without a code point: tab, newline, CR, and BMP text below the surrogates. */
function isPlainChar(c: number): boolean {
  return c >= 0x20 ? c < 0xd800 : c === 0x9 || c === 0xa || c === 0xd;
}

class Scanner {
  private pos = 0;
  private readonly end: number;
  private readonly text: string;
  /** Where the current start tag's attribute names start and end (reused: one pair of arrays per document). */
  private readonly attStarts: number[] = [];
  private readonly attEnds: number[] = [];

  constructor(
    text: string,
    private readonly sink: ScanSink | undefined,
  ) {
    const nul = text.indexOf('\u0000');
    this.end = nul >= 0 ? nul : text.length;
    this.text = text;
  }

  private fail(message: string, at = this.pos): never {
    throw new Stop({ message, offset: Math.min(at, this.text.length) });
  }

  private lineOffset = 0;
  private lineCount = 1;

  /** The line of `offset`, counting on from the last call (offsets only grow). */
  private lineAt(offset: number): number {
    if (offset < this.lineOffset) {
      this.lineOffset = 0;
      this.lineCount = 1;
    }
    for (let i = this.lineOffset; i < offset; i++) {
      const c = this.text.charCodeAt(i);
      if (c === 10) this.lineCount++;
      else if (c === 13 && this.text.charCodeAt(i + 1) !== 10) this.lineCount++;
    }
    this.lineOffset = offset;
    return this.lineCount;
  }

  private cur(): string | undefined {
    return this.pos < this.end ? this.text[this.pos] : undefined;
  }

  private at(offset: number): string | undefined {
    const i = this.pos + offset;
    return i < this.end ? this.text[i] : undefined;
  }

  private startsWith(s: string): boolean {
    return this.pos + s.length <= this.end && this.text.startsWith(s, this.pos);
  }

  private codeAt(i: number): number {
    return i < this.end ? (this.text.codePointAt(i) ?? 0) : 0;
  }

  private skipBlanks(): number {
    const text = this.text;
    const start = this.pos;
    let pos = start;
    while (pos < this.end) {
      const c = text.charCodeAt(pos);
      if (c !== 0x20 && c !== 0xa && c !== 0x9 && c !== 0xd) break;
      pos++;
    }
    this.pos = pos;
    return pos - start;
  }

  /** The code unit `offset` past the current position, -1 past the end (plain numbers: these run per attribute). */
  private unit(offset = 0): number {
    const i = this.pos + offset;
    return i < this.end ? this.text.charCodeAt(i) : -1;
  }

  /** At `>` or `/>`: the end of a start tag. */
  private atTagEnd(): boolean {
    const c = this.unit();
    return c === 0x3e || (c === 0x2f && this.unit(1) === 0x3e);
  }

  /** xmlParseName / xmlParseQName (prefix:local accepted as one name). Undefined when none starts here. */
  private parseName(): string | undefined {
    const start = this.pos;
    if (!this.skipNameStart(true)) return undefined;
    this.skipNameChars(true);
    return this.text.slice(start, this.pos);
  }

  /** Steps over a NameStartChar (`:` only when `colon`); false when there is none. */
  private skipNameStart(colon: boolean): boolean {
    if (this.pos >= this.end) return false;
    const c = this.text.charCodeAt(this.pos);
    if (isAsciiNameStart(c)) {
      this.pos++;
      return true;
    }
    if (c === 0x3a) {
      if (colon) this.pos++;
      return colon;
    }
    const code = this.codeAt(this.pos);
    if (!isNameStartCode(code)) return false;
    this.pos += code > 0xffff ? 2 : 1;
    return true;
  }

  /** Steps over NameChars (`:` only when `colon`). */
  private skipNameChars(colon: boolean): void {
    const text = this.text;
    const end = this.end;
    let pos = this.pos;
    while (pos < end) {
      const c = text.charCodeAt(pos);
      if (isAsciiNameChar(c)) pos++;
      else if (c === 0x3a) {
        if (!colon) break;
        pos++;
      } else if (c < 0x80) break;
      else {
        const code = this.codeAt(pos);
        if (!isNameCode(code)) break;
        pos += code > 0xffff ? 2 : 1;
      }
    }
    this.pos = pos;
  }

  /** xmlParseQName, with its recovery for names that are not prefix:local. */
  private parseQName(): QName | undefined {
    const start = this.pos;
    const colon = this.skipQName();
    if (colon === NO_NAME) return undefined;
    if (colon === NO_PREFIX) return { local: this.text.slice(start, this.pos) };
    return { prefix: this.text.slice(start, colon), local: this.text.slice(colon + 1, this.pos) };
  }

  /**
   * Steps over a QName as xmlParseQName reads it, recovery included, without making strings (an
   * attribute's name is only needed as text when a message or `xmlns` needs it). Returns the
   * offset of the colon after a prefix, NO_PREFIX, or NO_NAME when no name starts here.
   */
  private skipQName(): number {
    if (!this.skipNameStart(false)) {
      // Not an NCName: `:name` is read as one Name.
      if (this.cur() !== ':' || !this.skipNameStart(true)) return NO_NAME;
      this.skipNameChars(true);
      return NO_PREFIX;
    }
    this.skipNameChars(false);
    if (this.cur() !== ':') return NO_PREFIX;
    const colon = this.pos;
    this.pos++;
    if (!this.skipNameStart(false)) {
      // `a:` followed by no NCName: the rest (an Nmtoken, maybe empty) joins one unprefixed name.
      this.skipNameChars(true);
      return NO_PREFIX;
    }
    this.skipNameChars(false);
    if (this.cur() === ':') {
      // `a:b:c`: prefix `a`, local part `b:c`.
      this.pos++;
      if (this.skipNameStart(true)) this.skipNameChars(true);
    }
    return colon;
  }

  /** The local part of the QName [start, end) whose prefix colon skipQName found. */
  private localPart(start: number, colon: number, end: number): string {
    return this.text.slice(colon >= 0 ? colon + 1 : start, end);
  }

  run(): void {
    if (this.end === 0) this.fail('Document is empty', 0);
    if (this.text.charCodeAt(0) === 0xfeff) this.pos = 1;
    if (this.startsWith('<?xml') && isBlank(this.at(5))) this.parseXmlDecl();
    this.parseMisc();
    if (this.startsWith('<!DOCTYPE')) throw new Doctype();
    if (this.cur() !== '<') this.fail("Start tag expected, '<' not found");
    this.parseElement();
    this.parseMisc();
    if (this.pos < this.end) this.fail('Extra content at the end of the document');
  }

  private parseXmlDecl(): void {
    this.pos += 5;
    this.skipBlanks();
    if (!this.startsWith('version')) this.fail('Malformed declaration expecting version');
    this.pos += 7;
    this.parseEqQuoted('version');
    for (const pseudo of ['encoding', 'standalone']) {
      const before = this.pos;
      const blanks = this.skipBlanks();
      if (this.startsWith(pseudo)) {
        if (blanks === 0) this.fail('Blank needed here');
        this.pos += pseudo.length;
        const value = this.parseEqQuoted(pseudo);
        if (pseudo === 'standalone' && value !== 'yes' && value !== 'no') this.fail('standalone accepts only \'yes\' or \'no\'');
      } else this.pos = before;
    }
    this.skipBlanks();
    if (this.startsWith('?>')) this.pos += 2;
    else this.fail("parsing XML declaration: '?>' expected");
  }

  private parseEqQuoted(what: string): string {
    this.skipBlanks();
    if (this.cur() !== '=') this.fail(what === 'version' ? 'Malformed declaration expecting version' : `Blank needed here`);
    this.pos++;
    this.skipBlanks();
    const q = this.cur();
    if (q !== '"' && q !== "'") this.fail(what === 'version' ? "String not started expecting ' or \"" : "String not started expecting ' or \"");
    const close = this.text.indexOf(q, this.pos + 1);
    if (close < 0 || close >= this.end) this.fail('String not closed expecting " or \'');
    const value = this.text.slice(this.pos + 1, close);
    this.pos = close + 1;
    return value;
  }

  /** Comments, PIs and white space (xmlParseMisc). */
  private parseMisc(): void {
    for (;;) {
      if (this.startsWith('<?')) this.parsePI();
      else if (this.startsWith('<!--')) this.parseComment();
      else if (isBlank(this.cur())) this.pos++;
      else return;
    }
  }

  private parsePI(): void {
    const start = this.pos;
    this.pos += 2;
    const target = this.parseName();
    if (target === undefined) this.fail('xmlParsePI : no target name');
    if (target.toLowerCase() === 'xml') this.fail(target === 'xml' ? 'XML declaration allowed only at the start of the document' : 'Invalid PI name', start + 2);
    if (this.startsWith('?>')) {
      this.pos += 2;
      return;
    }
    if (!isBlank(this.cur())) this.fail(`ParsePI: PI ${target} space expected`);
    const close = this.text.indexOf('?>', this.pos);
    if (close < 0 || close + 2 > this.end) this.fail(`PI ${target} never end ...`, this.end);
    this.checkChars(this.pos, close, (c) => `xmlParsePI: invalid xmlChar value ${c}`);
    this.pos = close + 2;
  }

  private parseComment(): void {
    const start = this.pos + 4;
    let i = start;
    for (;;) {
      const dash = this.text.indexOf('--', i);
      if (dash < 0 || dash + 2 > this.end) {
        this.checkChars(start, this.end, (c) => `xmlParseComment: invalid xmlChar value ${c}`);
        this.fail('Comment not terminated', this.end);
      }
      this.checkChars(i, dash, (c) => `xmlParseComment: invalid xmlChar value ${c}`);
      if (this.text[dash + 2] === '>' && dash + 2 < this.end) {
        this.pos = dash + 3;
        return;
      }
      this.fail(`Double hyphen within comment: <!--${this.text.slice(start, dash).slice(0, 50)}`, dash);
      i = dash + 1;
    }
  }

  private checkChars(from: number, to: number, message: (code: number) => string): void {
    for (let i = from; i < to; i++) {
      const c = this.text.codePointAt(i) ?? 0;
      if (c > 0xffff) i++;
      if (!isXmlChar(c)) this.fail(message(c), i);
    }
  }

  private parseElement(): void {
    const stack: OpenTag[] = [];
    for (;;) {
      // Here at '<' of a start tag.
      const open = this.parseStartTag();
      if (open) stack.push(open);
      while (stack.length > 0) {
        const inner = this.parseContent(stack[stack.length - 1]);
        if (inner === 'child') break;
        // At '</'.
        this.parseEndTag(stack.pop() as OpenTag);
      }
      if (stack.length === 0) return;
    }
  }

  /** Start tag at '<' (xmlParseStartTag2); returns the open element, or undefined when it was empty (`/>`). */
  private parseStartTag(): OpenTag | undefined {
    const tagStart = this.pos;
    this.pos++;
    // The name as text only when the element has content (its end tag is compared) or a message needs it.
    const nameColon = this.skipQName();
    if (nameColon === NO_NAME) this.fail('StartTag: invalid element name');
    const nameEnd = this.pos;
    this.sink?.openTag(tagStart, nameEnd);
    this.skipBlanks();
    const attStarts = this.attStarts;
    const attEnds = this.attEnds;
    // A count, not `length = 0`: emptying an array frees its storage, and the next push allocates again.
    let attCount = 0;
    let namespaces: Set<string> | undefined;
    while (!this.atTagEnd() && isByteCode(this.unit())) {
      const attStart = this.pos;
      const colon = this.skipQName();
      if (colon === NO_NAME) this.fail('error parsing attribute name');
      const attNameEnd = this.pos;
      this.skipBlanks();
      if (this.unit() !== 0x3d) this.fail(`Specification mandates value for attribute ${this.localPart(attStart, colon, attNameEnd)}`);
      this.pos++;
      this.skipBlanks();
      const quote = this.pos;
      this.parseAttValue();
      this.sink?.attribute(attStart, attNameEnd, quote + 1, this.pos - 1, false);
      const isXmlns = this.text.startsWith('xmlns', attStart);
      if (isXmlns && colon === NO_PREFIX && attNameEnd - attStart === 5) {
        namespaces ??= new Set();
        if (namespaces.has('')) this.fail('Attribute xmlns redefined', attStart);
        namespaces.add('');
      } else if (isXmlns && colon === attStart + 5) {
        const local = this.text.slice(colon + 1, attNameEnd);
        namespaces ??= new Set();
        if (namespaces.has(local)) this.fail(`Attribute xmlns:${local} redefined`, attStart);
        namespaces.add(local);
      } else {
        attStarts[attCount] = attStart;
        attEnds[attCount] = attNameEnd;
        attCount++;
      }
      if (this.atTagEnd()) break;
      if (this.skipBlanks() === 0) this.fail('attributes construct error');
    }
    // [WFC: Unique Att Spec] is checked once the attribute list has been read (a handful: pairs are
    // cheapest). Equal QNames are equal texts: the split into prefix and local part follows the text.
    for (let i = 1; i < attCount; i++) {
      for (let j = 0; j < i; j++) {
        if (sameText(this.text, attStarts[j], attEnds[j], attStarts[i], attEnds[i])) {
          this.fail(`Attribute ${this.text.slice(attStarts[i], attEnds[i])} redefined`, attStarts[i]);
        }
      }
    }
    if (this.unit() === 0x2f && this.unit(1) === 0x3e) {
      this.pos += 2;
      this.sink?.closeStartTag(this.pos, true);
      return undefined;
    }
    if (this.unit() === 0x3e) {
      this.pos++;
      this.sink?.closeStartTag(this.pos, false);
      return { prefix: nameColon >= 0 ? this.text.slice(tagStart + 1, nameColon) : undefined, local: this.localPart(tagStart + 1, nameColon, nameEnd), start: tagStart };
    }
    return this.fail(`Couldn't find end of Start Tag ${this.localPart(tagStart + 1, nameColon, nameEnd)} line ${this.lineAt(tagStart)}`);
  }

  private parseAttValue(): void {
    const q = this.cur();
    if (q !== '"' && q !== "'") this.fail('AttValue: " or \' expected');
    const quote = q.charCodeAt(0);
    const text = this.text;
    const end = this.end;
    let pos = this.pos + 1;
    for (;;) {
      if (pos >= end) this.failAt(pos, `AttValue: ' expected`);
      const c = text.charCodeAt(pos);
      if (c === quote) {
        this.pos = pos + 1;
        return;
      }
      if (c === 0x3c) this.failAt(pos, "Unescaped '<' not allowed in attributes values");
      if (c === 0x26) {
        this.pos = pos;
        this.parseReference();
        pos = this.pos;
      } else if (isPlainChar(c)) pos++;
      else {
        const code = this.codeAt(pos);
        if (!isXmlChar(code)) this.failAt(pos, 'invalid character in attribute value');
        pos += code > 0xffff ? 2 : 1;
      }
    }
  }

  private failAt(pos: number, message: string): never {
    this.pos = pos;
    return this.fail(message);
  }

  /** `&name;` or `&#...;` at '&' (xmlParseReference / xmlParseEntityRef / xmlParseCharRef): the text it stands for. */
  private parseReference(): string {
    if (this.at(1) === '#') return this.parseCharRef();
    this.pos++;
    const nameStart = this.pos;
    const name = this.parseName();
    if (name === undefined) this.fail('xmlParseEntityRef: no name');
    if (this.cur() !== ';') this.fail("EntityRef: expecting ';'");
    this.pos++;
    // A Name never starts with '#': this is one of the five predefined entities, or none (no others exist without a DOCTYPE).
    const decoded = decodeReference(name);
    if (decoded === undefined) this.fail(`Entity '${name}' not defined`, nameStart);
    return decoded;
  }

  private parseCharRef(): string {
    this.pos += 2;
    let value = 0;
    const hex = this.cur() === 'x';
    if (hex) this.pos++;
    while (this.cur() !== ';') {
      const c = this.cur();
      if (c === undefined) this.fail(hex ? 'CharRef: invalid hexadecimal value' : 'CharRef: invalid decimal value');
      const d = hex ? parseInt(c, 16) : /[0-9]/.test(c) ? Number(c) : NaN;
      if (!/[0-9a-fA-F]/.test(c) || Number.isNaN(d)) this.fail(hex ? 'CharRef: invalid hexadecimal value' : 'CharRef: invalid decimal value');
      value = Math.min(value * (hex ? 16 : 10) + d, 0x110000);
      this.pos++;
    }
    this.pos++;
    if (value >= 0x110000) this.fail('xmlParseCharRef: character reference out of bounds');
    if (!isXmlChar(value)) this.fail(`xmlParseCharRef: invalid xmlChar value ${value}`);
    return String.fromCodePoint(value);
  }

  /** Content of `open` up to its end tag ('end', at '</') or a child start tag ('child', at '<'). */
  private parseContent(open: OpenTag): 'end' | 'child' {
    const text = this.text;
    const end = this.end;
    const sink = this.sink;
    let pos = this.pos;
    let run = pos; // start of the character data not yet given to the sink
    for (;;) {
      if (pos >= end) {
        this.pos = pos;
        this.fail(`Premature end of data in tag ${open.local} line ${this.lineAt(open.start)}`, end);
      }
      const c = text.charCodeAt(pos);
      if (c === 0x3c) {
        if (sink !== undefined && pos > run) sink.text(run, pos);
        this.pos = pos;
        const n = this.at(1);
        if (n === '/') return 'end';
        if (n === '?') this.parsePI();
        else if (this.startsWith('<!--')) this.parseComment();
        else if (this.startsWith('<![CDATA[')) this.parseCData();
        else return 'child';
        pos = run = this.pos;
      } else if (c === 0x26) {
        if (sink !== undefined && pos > run) sink.text(run, pos);
        this.pos = pos;
        const decoded = this.parseReference();
        sink?.reference(decoded);
        pos = run = this.pos;
      } else if (isPlainChar(c) && c !== 0x5d) pos++;
      else {
        this.pos = pos;
        if (c === 0x5d && this.startsWith(']]>')) this.fail("Sequence ']]>' not allowed in content");
        const code = this.codeAt(pos);
        if (!isXmlChar(code)) this.fail(`PCDATA invalid Char value ${code}`);
        pos += code > 0xffff ? 2 : 1;
      }
    }
  }

  private parseCData(): void {
    const start = this.pos + 9;
    const close = this.text.indexOf(']]>', start);
    if (close < 0 || close + 3 > this.end) this.fail('CData section not finished', this.end);
    this.checkChars(start, close, (c) => `PCDATA invalid Char value ${c}`);
    this.sink?.text(start, close);
    this.pos = close + 3;
  }

  /**
   * End tag at '</' (xmlParseEndTag2): '>' is checked before the name. An open tag with a
   * prefix is compared as a QName (printing the closing tag's local part), one without as a
   * plain Name (printing the whole closing name).
   */
  private parseEndTag(open: OpenTag): void {
    const tagStart = this.pos;
    this.pos += 2;
    const nameStart = this.pos;
    let matches = false;
    let shown: string | undefined;
    if (open.prefix === undefined) {
      if (this.startsWith(open.local) && (isBlank(this.at(open.local.length)) || this.at(open.local.length) === '>')) {
        this.pos += open.local.length;
        matches = true;
      } else {
        shown = this.parseName();
        matches = shown === open.local;
      }
    } else {
      const q = this.parseQName();
      matches = q !== undefined && q.prefix === open.prefix && q.local === open.local;
      shown = q?.local;
    }
    this.skipBlanks();
    if (this.cur() !== '>') this.fail("expected '>'");
    this.pos++;
    if (!matches) this.fail(`Opening and ending tag mismatch: ${open.local} line ${this.lineAt(open.start)} and ${shown ?? 'unparsable'}`, nameStart);
    this.sink?.endTag(tagStart, this.pos);
  }
}

/**
 * libxml2's first complaint about `text`, undefined when it is well-formed, 'doctype' when out of
 * scope. `sink` hears what is read up to there.
 */
export function libxmlFirstError(text: string, sink?: ScanSink): LibxmlError | undefined | 'doctype' {
  try {
    new Scanner(text, sink).run();
    return undefined;
  } catch (e) {
    if (e instanceof Stop) return e.error;
    if (e instanceof Doctype) return 'doctype';
    throw e;
  }
}
