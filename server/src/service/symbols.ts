/**
 * Document outline: the element tree with the attributes that identify each element
 * (`ip 192.168.122.1/24`, `host 52:54:00:… → 192.168.122.10`, `forward nat`). Pure: LSP types out.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentSymbol, SymbolKind } from 'vscode-languageserver-types';
import { parseXml } from './parse';
import { attrValue, type XmlElement } from './xml';

export function findDocumentSymbols(document: TextDocument): DocumentSymbol[] {
  const { root } = parseXml(document.getText());
  return root ? [symbolOf(document, root)] : [];
}

function symbolOf(document: TextDocument, element: XmlElement): DocumentSymbol {
  const range = { start: document.positionAt(element.range.start), end: document.positionAt(Math.max(element.range.end, element.nameRange.end)) };
  const selection = { start: document.positionAt(element.nameRange.start), end: document.positionAt(element.nameRange.end) };
  const children = element.children.map((c) => symbolOf(document, c));
  return DocumentSymbol.create(element.name, describe(element), kindOf(element), range, selection, children);
}

function kindOf(element: XmlElement): SymbolKind {
  if (!element.parent) return SymbolKind.Module;
  if (element.children.length > 0) return SymbolKind.Object;
  return element.attributes.length > 0 ? SymbolKind.Property : SymbolKind.Field;
}

/** The identifying attributes, in a short human form. */
function describe(element: XmlElement): string {
  const a = (name: string): string | undefined => attrValue(element, name);
  switch (element.name) {
    case 'name':
    case 'uuid':
    case 'title':
    case 'hostname':
      return element.text.trim();
    case 'ip':
    case 'route': {
      const address = a('address') ?? '';
      const prefix = a('prefix') ?? a('netmask');
      const via = element.name === 'route' && a('gateway') ? ` via ${a('gateway') ?? ''}` : '';
      return `${address}${prefix !== undefined ? `/${prefix}` : ''}${via}`;
    }
    case 'forward':
      return [a('mode') ?? 'nat', a('dev')].filter(Boolean).join(' ');
    case 'range':
      return `${a('start') ?? ''} – ${a('end') ?? ''}`;
    case 'host':
      return [a('mac') ?? a('id') ?? a('name'), a('ip')].filter(Boolean).join(' → ');
    default: {
      const first = element.attributes.find((attribute) => !attribute.name.startsWith('xmlns'));
      return first ? `${first.name}=${first.value}` : '';
    }
  }
}
