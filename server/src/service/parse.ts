import type * as FastXmlParser from 'fast-xml-parser';
import { elementNamesOf, type ParsedXml, type WellFormednessError, type XmlElement } from './xml';
import { libxmlFirstError, type LibxmlError } from './xml-wellformed';
import { TreeBuilder, TreeElement } from './xml-tree';
import { scanPlainDocument } from './xml-plain-scan';
import { scanStartTag } from './xml-start-tag';

/**
 * Text -> positioned element tree, and its well-formedness judged the way libxml2 (libvirt's
 * parser) judges it, in its words (xml-wellformed.ts; a fuzz test compares it with xmllint).
 *
 * A well-formed document (what is validated on almost every keystroke) is read once: the
 * well-formedness scan builds the tree as it goes (xml-tree.ts), and a plain one is read by a
 * quicker scan (xml-plain-scan.ts) that leaves anything unusual to the careful one. Otherwise
 * fast-xml-parser, which forgives, gives the tree, of the well-formed prefix if need be, so rules
 * keep working while the user types; it also judges documents with a DOCTYPE, which the scan
 * leaves alone.
 */
export function parseXml(text: string): ParsedXml {
  const plain = new TreeBuilder(text);
  if (scanPlainDocument(text, plain) && plain.root) return { text, root: plain.root, errors: [], elementNames: plain.elementNames };
  const tree = new TreeBuilder(text);
  const first = libxmlFirstError(text, tree);
  if (first === undefined && tree.root) return { text, root: tree.root, errors: [], elementNames: tree.elementNames };
  const errors = wellFormednessErrors(text, first);
  const root = lenientTree(text, errors);
  return { text, root, errors, elementNames: elementNamesOf(root) };
}

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
  processEntities: true,
} as const;

/**
 * fast-xml-parser, loaded on first need: only malformed documents and ones with a DOCTYPE need it,
 * and a CLI run over well-formed files then never loads it (the CLI ships it as a file of its own).
 */
let fxp: { library: typeof FastXmlParser; parser: FastXmlParser.XMLParser; meta: symbol } | undefined;
function fastXmlParser(): NonNullable<typeof fxp> {
  if (!fxp) {
    const library = require('fast-xml-parser') as typeof FastXmlParser;
    fxp = { library, parser: new library.XMLParser(PARSER_OPTIONS), meta: library.XMLParser.getMetaDataSymbol() as unknown as symbol };
  }
  return fxp;
}

type RawNode = Record<string | symbol, unknown>;
interface RawMeta {
  startIndex?: number;
  endIndex?: number;
}

const MAX_RECOVERY_ATTEMPTS = 32;

/**
 * fast-xml-parser's forgiving tree: of the whole text when it can, else of the longest prefix it
 * can read before the first error. Exported for a test that compares it with the scan's tree.
 */
export function lenientTree(text: string, errors: WellFormednessError[]): XmlElement | undefined {
  if (!text.includes('<')) return undefined; // no element to find (a path, a stray paste): spare the parser
  let raw = tryParse(text);
  if (!raw) {
    // Re-parse ever shorter prefixes, cutting at a tag start before the first error.
    let cut = errors.length > 0 && errors[0].range.start > 0 ? errors[0].range.start : text.length;
    for (let i = 0; i < MAX_RECOVERY_ATTEMPTS && !raw && cut > 0; i++) {
      cut = text.lastIndexOf('<', cut - 1);
      if (cut <= 0) break;
      raw = tryParse(text.slice(0, cut));
    }
  }
  return raw ? rootOf(raw, text) : undefined;
}

function tryParse(text: string): RawNode[] | undefined {
  try {
    return fastXmlParser().parser.parse(text) as RawNode[];
  } catch {
    return undefined;
  }
}

function wellFormednessErrors(text: string, first: LibxmlError | 'doctype' | undefined): WellFormednessError[] {
  if (text.trim() === '') return [{ message: 'Document is empty', range: { start: 0, end: 0 } }];
  if (first === undefined) return [];
  if (first !== 'doctype') return [{ message: first.message, range: { start: first.offset, end: endOfToken(text, first.offset) } }];
  // A DOCTYPE (entities, internal subset): out of the libxml2 emulation's scope.
  const result = fastXmlParser().library.XMLValidator.validate(text, { allowBooleanAttributes: false });
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

/** The first element fast-xml-parser found at the top level. */
function rootOf(raw: RawNode[], text: string): XmlElement | undefined {
  for (const node of raw) {
    if (node['#text'] !== undefined) continue;
    const element = buildElement(node, undefined, text);
    if (element) return element;
  }
  return undefined;
}

function tagNameOf(node: RawNode): string | undefined {
  for (const key in node) if (key !== ':@' && key !== '#text') return key;
  return undefined;
}

function buildElement(node: RawNode, parent: XmlElement | undefined, text: string): XmlElement | undefined {
  const name = tagNameOf(node);
  const meta = node[fastXmlParser().meta] as RawMeta | undefined;
  if (!name || name.startsWith('?') || meta?.startIndex === undefined) return undefined;
  const start = meta.startIndex;
  const tag = scanStartTag(text, start);
  const end = meta.endIndex ?? (parent ? parent.range.end : text.length);
  const element = new TreeElement(name, tag.attributes, parent, start, end, tag.end, tag.selfClosing, tag.end);
  const content = node[name];
  let textContent = '';
  if (Array.isArray(content)) {
    for (const c of content as RawNode[]) {
      const t = c['#text'];
      if (t !== undefined) textContent += String(t);
      else {
        const childElement = buildElement(c, element, text);
        if (childElement) element.addChild(childElement);
      }
    }
  }
  element.text = textContent;
  if (!tag.selfClosing) {
    const closing = text.lastIndexOf('</', end - 1);
    const closedHere = meta.endIndex !== undefined && closing >= tag.end;
    element.textEnd = closedHere ? closing : end;
  }
  return element;
}
