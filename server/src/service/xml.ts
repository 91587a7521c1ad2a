/** The positioned element tree every rule reads. Offsets are UTF-16 indexes into the document text. */
export interface OffsetRange {
  start: number;
  end: number;
}

export interface XmlAttribute {
  name: string;
  /** Decoded value (entities resolved). */
  value: string;
  nameRange: OffsetRange;
  /** The value between the quotes. */
  valueRange: OffsetRange;
  /** name="value", quotes included. */
  range: OffsetRange;
}

export interface XmlElement {
  /** Qualified name as written, e.g. `dnsmasq:option`. */
  name: string;
  readonly attributes: readonly XmlAttribute[];
  readonly children: readonly XmlElement[];
  parent: XmlElement | undefined;
  /** From `<` to the end of the closing tag (or of the text, when never closed). */
  range: OffsetRange;
  nameRange: OffsetRange;
  /** Offset just after the start tag's `>` (equal to range.end for `<x/>`). */
  startTagEnd: number;
  selfClosing: boolean;
  /** Direct text content, concatenated and decoded, whitespace kept (libvirt reads `string(./name[1])`). */
  text: string;
  /** Between the start and end tags. */
  textRange: OffsetRange;
}

export interface WellFormednessError {
  message: string;
  range: OffsetRange;
}

export interface ParsedXml {
  text: string;
  root: XmlElement | undefined;
  errors: WellFormednessError[];
  /** The names of the tree's elements, as written (with any prefix). */
  elementNames: ReadonlySet<string>;
}

/** The names of the elements under (and including) `root`. */
export function elementNamesOf(root: XmlElement | undefined): Set<string> {
  const names = new Set<string>();
  const visit = (element: XmlElement): void => {
    names.add(element.name);
    for (const c of element.children) visit(c);
  };
  if (root) visit(root);
  return names;
}

// Plain loops: these run for every element in every rule, often before the JIT has warmed up.
export function attr(element: XmlElement, name: string): XmlAttribute | undefined {
  const attributes = element.attributes;
  for (let i = 0; i < attributes.length; i++) if (attributes[i].name === name) return attributes[i];
  return undefined;
}

export function attrValue(element: XmlElement, name: string): string | undefined {
  return attr(element, name)?.value;
}

export function child(element: XmlElement, name: string): XmlElement | undefined {
  const list = element.children;
  for (let i = 0; i < list.length; i++) if (list[i].name === name) return list[i];
  return undefined;
}

export function children(element: XmlElement, name: string): XmlElement[] {
  const result: XmlElement[] = [];
  const list = element.children;
  for (let i = 0; i < list.length; i++) if (list[i].name === name) result.push(list[i]);
  return result;
}
