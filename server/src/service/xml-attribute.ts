import type { OffsetRange, XmlAttribute } from './xml';

/**
 * An attribute as both tree builders (the strict one in xml-tree.ts, the lenient one in
 * parse.ts) make it: one allocation, the ranges derived on demand (rules read them only to report).
 */
export class ScannedAttribute implements XmlAttribute {
  constructor(
    readonly name: string,
    readonly value: string,
    private readonly nameStart: number,
    private readonly valueStart: number,
    private readonly valueEnd: number,
  ) {}
  get nameRange(): OffsetRange {
    return { start: this.nameStart, end: this.nameStart + this.name.length };
  }
  get valueRange(): OffsetRange {
    return { start: this.valueStart, end: this.valueEnd };
  }
  /** To the closing quote, which directly follows the value. */
  get range(): OffsetRange {
    return { start: this.nameStart, end: this.valueEnd + 1 };
  }
}

const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

const NEEDS_DECODING = /[&\t\n\r]/;

/** A line end (CR LF reads as one, XML 1.0 §2.11), or a tab: each is one space in an attribute value. */
const WHITE_SPACE_TO_NORMALISE = /\r\n?|[\t\n]/g;

/** An attribute value as libvirt reads it: references resolved, white space normalised (XML 1.0 §3.3.3). */
export function decodeAttributeValue(raw: string): string {
  if (!NEEDS_DECODING.test(raw)) return raw; // the common case: nothing to normalise
  if (!raw.includes('&')) return raw.replace(WHITE_SPACE_TO_NORMALISE, ' ');
  return raw.replace(WHITE_SPACE_TO_NORMALISE, ' ').replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, body: string) => decodeReference(body) ?? whole);
}

/** The text of `&body;` (`lt`, `#65`, `#x41`), undefined when it is not a predefined or valid character reference. */
export function decodeReference(body: string): string | undefined {
  if (body.startsWith('#x')) return safeCodePoint(parseInt(body.slice(2), 16));
  if (body.startsWith('#')) return safeCodePoint(parseInt(body.slice(1), 10));
  return NAMED_ENTITIES[body];
}

function safeCodePoint(cp: number): string | undefined {
  return Number.isFinite(cp) && cp >= 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : undefined;
}
