import type { OffsetRange, XmlAttribute, XmlElement } from './xml';
import type { ScanSink } from './xml-wellformed';
import { ScannedAttribute, decodeAttributeValue } from './xml-attribute';

/**
 * Shared by every element without children or attributes. Readonly to the compiler, not frozen: a
 * frozen array has its own elements kind, and loops over it (for-of) leave V8's fast path.
 */
const NO_CHILDREN: readonly XmlElement[] = [];
const NO_ATTRIBUTES: readonly XmlAttribute[] = [];

/**
 * An element of the tree. Big documents (thousands of DHCP hosts) make thousands of these on
 * every keystroke, so the ranges rules read only to report are derived on demand.
 */
export class TreeElement implements XmlElement {
  // Assigned in the constructor, not declared as class fields: field definitions cost more per
  // object while the code is still cold, as it is in a CLI run.
  declare children: readonly XmlElement[];
  /**
   * The text read so far: one string, or the pieces of a text broken up by children, comments or
   * references, joined on first read. A <dhcp> with 5,000 hosts has 5,000 runs of indentation:
   * appended one by one they made 5,000 string objects that live as long as the tree.
   */
  declare private textPieces: string | string[];
  constructor(
    readonly name: string,
    public attributes: readonly XmlAttribute[],
    readonly parent: XmlElement | undefined,
    /** Where the element starts (its `<`) and ends: `range`, kept as two numbers. */
    private readonly start: number,
    public end: number,
    public startTagEnd: number,
    public selfClosing: boolean,
    /** Where the content ends: the closing tag's `<`. */
    public textEnd: number,
  ) {
    this.children = NO_CHILDREN;
    this.textPieces = '';
  }

  addChild(child: XmlElement): void {
    // Leaves (most elements) share one empty array; any non-empty one is this element's own.
    if (this.children.length === 0) this.children = [child];
    else (this.children as XmlElement[]).push(child);
  }

  get text(): string {
    const pieces = this.textPieces;
    if (typeof pieces === 'string') return pieces;
    return (this.textPieces = pieces.join(''));
  }
  set text(text: string) {
    this.textPieces = text;
  }
  appendText(piece: string): void {
    const pieces = this.textPieces;
    if (pieces === '') this.textPieces = piece;
    else if (typeof pieces === 'string') this.textPieces = [pieces, piece];
    else pieces.push(piece);
  }

  get range(): OffsetRange {
    return { start: this.start, end: this.end };
  }
  get nameRange(): OffsetRange {
    return { start: this.start + 1, end: this.start + 1 + this.name.length };
  }
  get textRange(): OffsetRange {
    return { start: this.startTagEnd, end: this.textEnd };
  }
}

/**
 * Builds the positioned element tree from the well-formedness scan's events, so a well-formed
 * document is read once for both jobs. Trust `root` only when the scan found no error.
 */
export class TreeBuilder implements ScanSink {
  root: XmlElement | undefined;
  /** The element whose start tag or content is being read. */
  private current: TreeElement | undefined;
  /**
   * The current start tag's attributes (the first `attributeCount`), copied to an array of the
   * right size when it closes. Counted, not emptied: emptying an array frees its storage.
   */
  private readonly attributes: XmlAttribute[] = [];
  private attributeCount = 0;
  private readonly strings = new StringPool();
  /** The names of the elements read so far. */
  readonly elementNames = new Set<string>();
  private lastName = '';

  constructor(private readonly source: string) {}

  openTag(start: number, nameEnd: number): void {
    const parent = this.current;
    const name = this.strings.intern(this.source, start + 1, nameEnd);
    // Siblings mostly share a name (thousands of <host>s): one comparison instead of a Set insert.
    if (name !== this.lastName) this.elementNames.add((this.lastName = name));
    const element = new TreeElement(name, NO_ATTRIBUTES, parent, start, nameEnd, nameEnd, false, nameEnd);
    if (parent) parent.addChild(element);
    else this.root ??= element;
    this.current = element;
    this.attributeCount = 0;
  }

  attribute(nameStart: number, nameEnd: number, valueStart: number, valueEnd: number, literal: boolean): void {
    const source = this.source;
    const raw = source.slice(valueStart, valueEnd);
    const value = literal ? raw : decodeAttributeValue(raw);
    this.attributes[this.attributeCount++] = new ScannedAttribute(this.strings.intern(source, nameStart, nameEnd), value, nameStart, valueStart, valueEnd);
  }

  closeStartTag(end: number, selfClosing: boolean): void {
    const element = this.current;
    if (!element) return;
    if (this.attributeCount > 0) element.attributes = this.attributes.slice(0, this.attributeCount);
    element.startTagEnd = end;
    element.selfClosing = selfClosing;
    element.textEnd = end;
    if (selfClosing) this.close(end);
  }

  text(from: number, to: number): void {
    const text = this.strings.intern(this.source, from, to);
    // Line ends reach the parser as \n (XML 1.0 §2.11), as libvirt reads them.
    if (this.current) this.current.appendText(text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text);
  }

  reference(decoded: string): void {
    if (this.current) this.current.appendText(decoded);
  }

  endTag(start: number, end: number): void {
    if (this.current) this.current.textEnd = start;
    this.close(end);
  }

  private close(end: number): void {
    const element = this.current;
    if (!element) return;
    element.end = end;
    this.current = element.parent as TreeElement | undefined;
  }
}

/**
 * One string per distinct short name or indentation: a document names `host`, `mac` and `ip`
 * thousands of times, and each copy would live as long as the tree. The one kept is V8's own
 * (internalized) copy: rules compare names with literals (`a.name === 'mac'`) everywhere, and two
 * internalized strings compare by pointer, where a sliced copy is compared character by character.
 */
class StringPool {
  /**
   * Slots picked by length and end characters: an array read per name, not a hash-table lookup
   * (this runs five times per DHCP host). A slot taken by another string only costs a fresh copy.
   */
  private readonly slots: (string | undefined)[] = new Array<string | undefined>(POOL_SLOTS);

  intern(source: string, from: number, to: number): string {
    const length = to - from;
    if (length > 32 || length === 0) return source.slice(from, to);
    const slot = (length * 97 + source.charCodeAt(from) * 31 + source.charCodeAt(to - 1)) & (POOL_SLOTS - 1);
    const known = this.slots[slot];
    if (known !== undefined) return known.length === length && source.startsWith(known, from) ? known : source.slice(from, to);
    const kept = internalized(source.slice(from, to));
    this.slots[slot] = kept;
    return kept;
  }
}

/** A power of two, well above the distinct short names and indentations of a document. */
const POOL_SLOTS = 512;

/** V8 internalizes property names: a string made one comes back as V8's copy. */
function internalized(text: string): string {
  return Object.keys({ [text]: 0 })[0];
}
