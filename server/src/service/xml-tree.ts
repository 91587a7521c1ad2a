import type { XmlElement } from './xml';
import type { ScanSink } from './xml-wellformed';
import { ScannedAttribute, decodeAttributeValue } from './xml-attribute';

/**
 * Builds the positioned element tree from the well-formedness scan's events, so a well-formed
 * document is read once for both jobs. Trust `root` only when the scan found no error.
 */
export class TreeBuilder implements ScanSink {
  root: XmlElement | undefined;
  /** The element whose start tag or content is being read. */
  private current: XmlElement | undefined;

  constructor(private readonly source: string) {}

  openTag(start: number, name: string): void {
    const parent = this.current;
    const nameEnd = start + 1 + name.length;
    const element: XmlElement = {
      name,
      attributes: [],
      children: [],
      parent,
      range: { start, end: nameEnd },
      nameRange: { start: start + 1, end: nameEnd },
      startTagEnd: nameEnd,
      selfClosing: false,
      text: '',
      textRange: { start: nameEnd, end: nameEnd },
    };
    if (parent) parent.children.push(element);
    else this.root ??= element;
    this.current = element;
  }

  attribute(nameStart: number, nameEnd: number, valueStart: number, valueEnd: number): void {
    const source = this.source;
    const value = decodeAttributeValue(source.slice(valueStart, valueEnd));
    this.current?.attributes.push(new ScannedAttribute(source.slice(nameStart, nameEnd), value, nameStart, valueStart, valueEnd, valueEnd + 1));
  }

  closeStartTag(end: number, selfClosing: boolean): void {
    const element = this.current;
    if (!element) return;
    element.startTagEnd = end;
    element.selfClosing = selfClosing;
    element.textRange.start = element.textRange.end = end;
    if (selfClosing) this.close(end);
  }

  text(from: number, to: number): void {
    const text = this.source.slice(from, to);
    // Line ends reach the parser as \n (XML 1.0 §2.11), as libvirt reads them.
    if (this.current) this.current.text += text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  }

  reference(decoded: string): void {
    if (this.current) this.current.text += decoded;
  }

  endTag(start: number, end: number): void {
    if (this.current) this.current.textRange.end = start;
    this.close(end);
  }

  private close(end: number): void {
    const element = this.current;
    if (!element) return;
    element.range.end = end;
    this.current = element.parent;
  }
}
