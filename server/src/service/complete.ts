/**
 * Completion from the network model at the cursor, on documents as they are being typed:
 * element names valid under the enclosing element (singletons already present are not offered;
 * a snippet fills in required attributes and children), attribute names of the current element
 * (present ones and excluded alternatives left out, required first), attribute values of
 * enumerated types (and host interfaces for device names when host facts are known), and the
 * closing tag. Pure: TextDocument and Position in, LSP types out.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CompletionItemKind,
  InsertTextFormat,
  MarkupKind,
  TextEdit,
  type CompletionItem,
  type CompletionList,
  type Position,
  type Range,
} from 'vscode-languageserver-types';
import { elementDef, networkModel, typeDef, type AttributeDef, type ElementDef } from './model';
import { isNamespaceDeclaration, lookupNamespace, matchElement, splitQName } from './model-match';
import { attributeMarkdown, elementMarkdown, isNewerThanInstalled, valueDoc } from './model-docs';
import { contextAt, openElementAt, scanDocument, type ScannedDocument, type ScannedElement } from './xml-scan';
import { EXCLUSIVE_ATTRIBUTES, EXCLUSIVE_CHILDREN, VIRTUALPORT_PARAMETERS } from './rules/schema-alternatives';
import type { HostFacts } from './host-facts';
import type { OffsetRange, XmlAttribute } from './xml';

export interface CompletionOptions {
  /** The character that triggered completion, if any: each trigger only completes what it starts. */
  triggerCharacter?: string;
  host?: HostFacts;
}

export const COMPLETION_TRIGGER_CHARACTERS = ['<', ' ', '"', "'", '=', '/'];

const EMPTY: CompletionList = { isIncomplete: false, items: [] };

export function doComplete(document: TextDocument, position: Position, options: CompletionOptions = {}): CompletionList {
  const text = document.getText();
  const offset = document.offsetAt(position);
  const doc = scanDocument(text);
  const context = contextAt(doc, offset);
  const trigger = options.triggerCharacter;
  const toRange = (r: OffsetRange): Range => ({ start: document.positionAt(r.start), end: document.positionAt(r.end) });
  const env: Env = { doc, text, toRange, host: options.host ?? {}, document };
  switch (context.kind) {
    case 'element-name':
      if (trigger !== undefined && trigger !== '<') return EMPTY;
      return list(elementItems(env, context.parent, context.element, context.range, 'tag'));
    case 'end-tag': {
      if (trigger !== undefined && trigger !== '/') return EMPTY;
      const open = context.element ?? openElementAt(doc, context.range.start - 2);
      return list(open ? [closingItem(env, open, context.range, text[context.end - 1] !== '>' && text[context.range.end] !== '>')] : []);
    }
    case 'attribute-name':
      if (trigger !== undefined && trigger !== ' ') return EMPTY;
      return list(attributeNameItems(env, context.element, context.attribute, context.range));
    case 'attribute-value':
      if (trigger !== undefined && trigger !== '"' && trigger !== "'") return EMPTY;
      return list(attributeValueItems(env, context.element, context.attribute, context.range, false));
    case 'after-equals':
      if (trigger !== undefined && trigger !== '=') return EMPTY;
      return list(attributeValueItems(env, context.element, context.attribute, context.range, true));
    case 'text': {
      if (trigger !== undefined) return EMPTY;
      const word = /[\w:.-]*$/.exec(text.slice(0, offset))?.[0] ?? '';
      const range = { start: offset - word.length, end: offset };
      const items = elementItems(env, context.parent, undefined, range, 'text');
      if (context.parent && !context.parent.endTag) items.push(closingItem(env, context.parent, range, true, '</'));
      return list(items);
    }
    case 'none':
      return EMPTY;
  }
}

interface Env {
  doc: ScannedDocument;
  text: string;
  document: TextDocument;
  host: HostFacts;
  toRange(range: OffsetRange): Range;
}

function list(items: CompletionItem[]): CompletionList {
  return { isIncomplete: false, items };
}

// ---------------------------------------------------------------------------------------------
// Elements

/**
 * `tag`: the user typed `<` (and maybe part of the name) — `range` is the name.
 * `text`: in character data — the item brings its own `<`.
 */
function elementItems(env: Env, parent: ScannedElement | undefined, editing: ScannedElement | undefined, range: OffsetRange, mode: 'tag' | 'text'): CompletionItem[] {
  const snippetAllowed = mode === 'text' || (editing !== undefined && !editing.terminated && editing.attributes.length === 0);
  if (!parent) {
    if (env.doc.roots.some((r) => r !== editing && r.name !== '')) return [];
    const root = elementDef(networkModel.root);
    return root ? [elementItem(env, networkModel.root, root, undefined, undefined, range, mode, snippetAllowed, 0)] : [];
  }
  const match = matchElement(parent);
  if (match.kind !== 'known') return [];
  const siblings = parent.children.filter((c) => c !== editing && c.name !== '');
  const excluded = new Set<string>();
  for (const [a, b] of EXCLUSIVE_CHILDREN[match.id] ?? []) {
    if (siblings.some((c) => sameModelElement(c, a))) excluded.add(b);
    if (siblings.some((c) => sameModelElement(c, b))) excluded.add(a);
  }
  const items: CompletionItem[] = [];
  match.def.children.forEach((ref, index) => {
    const def = elementDef(ref.ref);
    if (!def || excluded.has(ref.ref)) return;
    const present = siblings.filter((c) => sameModelElement(c, ref.ref)).length;
    if (ref.max !== null && present >= ref.max) return;
    const missingRequired = ref.min > present;
    items.push(elementItem(env, ref.ref, def, parent, match.def, range, mode, snippetAllowed, missingRequired ? index : 100 + index));
  });
  return items;
}

function sameModelElement(element: ScannedElement, id: string): boolean {
  const match = matchElement(element);
  return match.kind === 'known' && match.id === id;
}

function elementItem(
  env: Env,
  id: string,
  def: ElementDef,
  parent: ScannedElement | undefined,
  parentDef: ElementDef | undefined,
  range: OffsetRange,
  mode: 'tag' | 'text',
  snippetAllowed: boolean,
  order: number,
): CompletionItem {
  const naming = qualifiedName(env, def, parent);
  const ref = parentDef?.children.find((c) => c.ref === id);
  const lead = mode === 'text' ? '<' : '';
  const body = snippetAllowed ? `${lead}${elementSnippet(id, naming.name, new Tabstops(), '')}` : naming.name;
  const item: CompletionItem = {
    label: naming.name,
    kind: CompletionItemKind.Module,
    detail: elementDetail(def, ref),
    documentation: { kind: MarkupKind.Markdown, value: elementMarkdown(def, ref, parentDef) },
    sortText: String(order).padStart(4, '0'),
    filterText: `${lead}${naming.name}`,
    textEdit: TextEdit.replace(env.toRange(range), snippetAllowed ? withFinalTabstop(body) : body),
    insertTextFormat: snippetAllowed ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
  };
  if (naming.declare) item.additionalTextEdits = [naming.declare];
  if (ref && ref.min > 0) item.preselect = order < 100;
  return item;
}

function elementDetail(def: ElementDef, ref: { min: number; max: number | null } | undefined): string {
  const parts: string[] = [];
  if (ref) parts.push(ref.min > 0 ? 'required' : ref.max === 1 ? 'optional' : 'repeatable');
  if (isNewerThanInstalled(def.since)) parts.push(`libvirt ≥ ${def.since}`);
  return parts.join(' · ');
}

/** The name to write for a model element: a namespaced one uses the prefix in scope, or declares one. */
function qualifiedName(env: Env, def: ElementDef, parent: ScannedElement | undefined): { name: string; declare?: TextEdit } {
  if (def.namespace === undefined || !parent) return { name: def.name };
  const { prefix, local } = splitQName(def.name);
  for (let e: ScannedElement | undefined = parent; e; e = e.parent) {
    const declaration = e.attributes.find((a) => isNamespaceDeclaration(a.name) && a.name !== 'xmlns' && a.value === def.namespace);
    if (declaration) return { name: `${declaration.name.slice('xmlns:'.length)}:${local}` };
  }
  if (prefix !== undefined && lookupNamespace(parent, prefix) === undefined) {
    let root: ScannedElement = parent;
    while (root.parent) root = root.parent;
    const at = env.toRange({ start: root.nameRange.end, end: root.nameRange.end });
    return { name: def.name, declare: TextEdit.insert(at.start, ` xmlns:${prefix}="${def.namespace}"`) };
  }
  return { name: def.name };
}

class Tabstops {
  private n = 0;
  next(): number {
    return ++this.n;
  }
}

function escapeSnippet(text: string): string {
  return text.replace(/[$}\\]/g, (c) => `\\${c}`);
}

function attributeSnippet(attribute: AttributeDef, stops: Tabstops): string {
  const values = typeDef(attribute.type)?.enum;
  const n = stops.next();
  const placeholder = values ? `\${${n}|${values.map((v) => v.replace(/[,|\\$}]/g, (c) => `\\${c}`)).join(',')}|}` : `\${${n}}`;
  return `${attribute.name}="${placeholder}"`;
}

/** `bridge name="$1"/>`, `name>$1</name>`, `vlan>\n\t<tag id="$1"/>\n</vlan>`… (without the leading `<`). */
function elementSnippet(id: string, name: string, stops: Tabstops, indent: string): string {
  const def = elementDef(id);
  if (!def) return escapeSnippet(name);
  const attributes = def.attributes
    .filter((a) => a.required)
    .map((a) => ` ${attributeSnippet(a, stops)}`)
    .join('');
  // A stop right after the attributes, where optional attributes go (typing a space offers them).
  const optional = def.attributes.some((a) => !a.required) ? `\${${stops.next()}}` : '';
  const open = `${escapeSnippet(name)}${attributes}${optional}`;
  if (def.text !== undefined) return `${open}>\${${stops.next()}}</${escapeSnippet(name)}>`;
  const required = def.children.filter((c) => c.min > 0);
  if (required.length > 0) {
    const inner = required
      .map((c) => `\n${indent}\t<${elementSnippet(c.ref, elementDef(c.ref)?.name ?? c.ref, stops, `${indent}\t`)}`)
      .join('');
    const more = def.children.length > required.length && indent === '' ? `\n\t$0` : '';
    return `${open}>${inner}${more}\n${indent}</${escapeSnippet(name)}>`;
  }
  if ((def.children.length > 0 || def.anyContent) && indent === '') return `${open}>\n\t$0\n</${escapeSnippet(name)}>`;
  if (def.children.length > 0 || def.anyContent) return `${open}></${escapeSnippet(name)}>`;
  return `${open}/>`;
}

function withFinalTabstop(snippet: string): string {
  return snippet.includes('$0') ? snippet : `${snippet}$0`;
}

function closingItem(env: Env, element: ScannedElement, range: OffsetRange, addBracket: boolean, lead = ''): CompletionItem {
  const text = `${lead}${element.name}${addBracket ? '>' : ''}`;
  return {
    label: `</${element.name}>`,
    kind: CompletionItemKind.Keyword,
    detail: 'closing tag',
    filterText: `${lead}${element.name}`,
    sortText: '0000',
    textEdit: TextEdit.replace(env.toRange(range), text),
  };
}

// ---------------------------------------------------------------------------------------------
// Attributes

function attributeNameItems(env: Env, element: ScannedElement, editing: XmlAttribute | undefined, range: OffsetRange): CompletionItem[] {
  const match = matchElement(element);
  if (match.kind !== 'known') return [];
  const present = new Set(element.attributes.filter((a) => a !== editing).map((a) => a.name));
  const excluded = new Set<string>();
  for (const [a, b] of EXCLUSIVE_ATTRIBUTES[match.id] ?? []) {
    if (present.has(a)) excluded.add(b);
    if (present.has(b)) excluded.add(a);
  }
  const allowedParameters = match.id === 'virtualport.parameters' ? virtualportParameters(element) : undefined;
  const hasEquals = editing !== undefined && /^\s*=/.test(env.text.slice(editing.nameRange.end));
  const items: CompletionItem[] = [];
  match.def.attributes.forEach((attribute, index) => {
    if (present.has(attribute.name) || excluded.has(attribute.name)) return;
    if (allowedParameters && !allowedParameters.includes(attribute.name)) return;
    const values = typeDef(attribute.type)?.enum;
    const hostValues = hostValuesFor(env, match.id, attribute.name, element);
    const snippet = !hasEquals;
    const item: CompletionItem = {
      label: attribute.name,
      kind: CompletionItemKind.Property,
      detail: attributeDetail(attribute),
      documentation: { kind: MarkupKind.Markdown, value: attributeMarkdown(match.id, attribute) },
      sortText: `${attribute.required ? '0' : '1'}${String(index).padStart(3, '0')}`,
      textEdit: TextEdit.replace(env.toRange(range), snippet ? `${attributeSnippet(attribute, new Tabstops())}$0` : attribute.name),
      insertTextFormat: snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    };
    if (snippet && !values && hostValues.length > 0) item.command = { title: 'Suggest values', command: 'editor.action.triggerSuggest' };
    items.push(item);
  });
  if (!element.parent && ![...present].some((name) => name.startsWith('xmlns:'))) {
    for (const def of Object.values(networkModel.elements)) {
      const prefix = splitQName(def.name).prefix;
      if (def.namespace === undefined || prefix === undefined || present.has(`xmlns:${prefix}`)) continue;
      items.push({
        label: `xmlns:${prefix}`,
        kind: CompletionItemKind.Property,
        detail: 'namespace declaration',
        documentation: { kind: MarkupKind.Markdown, value: `Declares the \`${prefix}:\` prefix for \`${def.namespace}\`, needed by \`<${def.name}>\`.` },
        sortText: '2000',
        textEdit: TextEdit.replace(env.toRange(range), hasEquals ? `xmlns:${prefix}` : `xmlns:${prefix}="${def.namespace}"`),
      });
      present.add(`xmlns:${prefix}`);
    }
  }
  return items;
}

function attributeDetail(attribute: AttributeDef): string {
  const parts = [attribute.required ? 'required' : 'optional', attribute.type];
  if (isNewerThanInstalled(attribute.since)) parts.push(`libvirt ≥ ${attribute.since}`);
  return parts.join(' · ');
}

/** The `<parameters>` attributes the enclosing `<virtualport type>` allows (all of them without a type). */
function virtualportParameters(parameters: ScannedElement): readonly string[] | undefined {
  const type = parameters.parent?.attributes.find((a) => a.name === 'type')?.value.trim();
  return type === undefined ? undefined : VIRTUALPORT_PARAMETERS[type];
}

function attributeValueItems(env: Env, element: ScannedElement, attribute: XmlAttribute, range: OffsetRange, addQuotes: boolean): CompletionItem[] {
  const match = matchElement(element);
  if (match.kind !== 'known') return [];
  const def = match.def.attributes.find((a) => a.name === attribute.name);
  if (!def) return [];
  const quote = (v: string): string => (addQuotes ? `"${v}"` : v);
  const values = typeDef(def.type)?.enum;
  if (values) {
    return values.map((value, index) => {
      const doc = valueDoc(match.id, def, value);
      const item: CompletionItem = {
        label: value,
        kind: CompletionItemKind.EnumMember,
        sortText: String(index).padStart(4, '0'),
        textEdit: TextEdit.replace(env.toRange(range), quote(value)),
      };
      if (doc) item.documentation = { kind: MarkupKind.Markdown, value: doc };
      return item;
    });
  }
  return hostValuesFor(env, match.id, def.name, element).map((value, index) => ({
    label: value,
    kind: CompletionItemKind.Value,
    detail: env.host.uri ? `host interface (${env.host.uri})` : 'host interface',
    sortText: String(index).padStart(4, '0'),
    textEdit: TextEdit.replace(env.toRange(range), quote(value)),
  }));
}

/** Device-name attributes: the host's interfaces, when the server knows them. */
function hostValuesFor(env: Env, elementId: string, attribute: string, element: ScannedElement): string[] {
  const interfaces = env.host.interfaces ?? [];
  if (interfaces.length === 0) return [];
  const devices = ['forward@dev', 'forward.interface@dev', 'forward.pf@dev'];
  if (devices.includes(`${elementId}@${attribute}`)) return [...interfaces];
  if (elementId === 'bridge' && attribute === 'name') {
    // Only a network in bridge mode names an existing host bridge.
    const root = element.parent;
    const forward = root?.children.find((c) => c.name === 'forward');
    if (forward?.attributes.find((a) => a.name === 'mode')?.value === 'bridge') return [...interfaces];
  }
  return [];
}
