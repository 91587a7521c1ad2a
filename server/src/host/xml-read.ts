// Reading the XML that libvirt prints (network, port, domain): fast-xml-parser configured so
// values stay exactly as libvirt wrote them. Names like "123" must stay strings, whitespace in
// names is significant, and entities are decoded here (all of them, numeric ones included).
import { XMLParser } from 'fast-xml-parser';

export type XmlNode = { [key: string]: unknown };

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: false,
  // Every child element is a list: callers never guess between one and many.
  isArray: (_name: string, _path: unknown, _leaf: boolean, isAttribute: boolean) => !isAttribute,
});

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (whole, ref: string) => {
    if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    return NAMED[ref] ?? whole;
  });
}

/** The root element named `root`, or an Error when the text is not that document. */
export function parseXmlRoot(xml: string, root: string): XmlNode {
  const doc = parser.parse(xml) as XmlNode;
  const top = children(doc, root)[0];
  if (!top) throw new Error(`expected a <${root}> document`);
  return top;
}

export function children(node: XmlNode | undefined, name: string): XmlNode[] {
  const value = node?.[name];
  if (!Array.isArray(value)) return [];
  // An empty element (<dhcp/>) parses as '' : treat it as a node without content.
  return value.map((v) => (typeof v === 'object' && v !== null ? (v as XmlNode) : { '#text': [String(v)] }));
}

export function child(node: XmlNode | undefined, name: string): XmlNode | undefined {
  return children(node, name)[0];
}

export function attr(node: XmlNode | undefined, name: string): string | undefined {
  const value = node?.[`@${name}`];
  return typeof value === 'string' ? decodeXmlEntities(value) : undefined;
}

/** Text content of the first `name` child, exactly as written (not trimmed). */
export function childText(node: XmlNode | undefined, name: string): string | undefined {
  const value = node?.[name];
  if (!Array.isArray(value) || value.length === 0) return undefined;
  const first: unknown = value[0];
  if (typeof first === 'string') return decodeXmlEntities(first);
  if (typeof first === 'object' && first !== null) {
    const text = (first as XmlNode)['#text'];
    if (Array.isArray(text)) return decodeXmlEntities(text.map(String).join(''));
    if (typeof text === 'string') return decodeXmlEntities(text);
    return '';
  }
  return undefined;
}
