/**
 * Markdown documentation of model elements, attributes and values, shared by completion and hover.
 * Everything comes from schemas/network.model.json and schemas/network.value-docs.json.
 * Pure: no fs, no LSP.
 */
import valueDocsJson from '../../../schemas/network.value-docs.json';
import { elementDef, typeDef, type AttributeDef, type ChildRef, type ElementDef } from './model';

/** The libvirt these machines run; `since` entries newer than it get a note. */
export const INSTALLED_LIBVIRT = '9.0.0';

const valueDocs = valueDocsJson as unknown as Record<string, Record<string, string> | string>;

/** One line about an enumerated value, from the most specific entry (`element@attribute`, then the type). */
export function valueDoc(elementId: string, attribute: AttributeDef, value: string): string | undefined {
  for (const key of [`${elementId}@${attribute.name}`, attribute.type]) {
    const entry = valueDocs[key];
    if (typeof entry === 'object' && Object.prototype.hasOwnProperty.call(entry, value)) return entry[value];
  }
  return undefined;
}

/** Keys of the value-docs file (for its consistency test). */
export function valueDocEntries(): { key: string; values: string[] }[] {
  return Object.entries(valueDocs)
    .filter((e): e is [string, Record<string, string>] => typeof e[1] === 'object')
    .map(([key, values]) => ({ key, values: Object.keys(values) }));
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export function isNewerThanInstalled(since: string | undefined): since is string {
  return since !== undefined && compareVersions(since, INSTALLED_LIBVIRT) > 0;
}

export function sinceNote(since: string | undefined): string | undefined {
  return isNewerThanInstalled(since) ? `*Since libvirt ${since}* (newer than the installed ${INSTALLED_LIBVIRT}, which ignores it)` : undefined;
}

export function cardinality(ref: ChildRef | undefined, parent: ElementDef | undefined): string | undefined {
  if (!ref || !parent) return undefined;
  const where = `in \`<${parent.name}>\``;
  if (ref.min >= 1) return ref.max === 1 ? `required, once ${where}` : `required, one or more ${where}`;
  return ref.max === 1 ? `optional, at most once ${where}` : `optional, any number ${where}`;
}

/** "`on`, `off`" or "ipv4Addr — IPv4 address in dotted-quad form…" */
export function typeSummary(typeId: string): string {
  const type = typeDef(typeId);
  if (!type) return `\`${typeId}\``;
  if (type.enum) return `one of ${type.enum.map((v) => `\`${v}\``).join(', ')}`;
  return `\`${typeId}\` — ${type.doc}`;
}

export function elementMarkdown(def: ElementDef, ref?: ChildRef, parent?: ElementDef): string {
  const heading = [`**\`<${def.name}>\`**`, cardinality(ref, parent)].filter(Boolean).join(' · ');
  const lines = [heading, '', def.doc];
  if (def.text !== undefined) lines.push('', `**Text:** ${typeSummary(def.text)}`);
  if (def.attributes.length > 0) {
    const attributes = def.attributes.map((a) => `\`${a.name}\`${a.required ? ' (required)' : ''}`).join(', ');
    lines.push('', `**Attributes:** ${attributes}`);
  }
  const children = def.children.map((c) => elementDef(c.ref)?.name).filter((n): n is string => n !== undefined);
  if (children.length > 0) lines.push('', `**Children:** ${children.map((n) => `\`<${n}>\``).join(', ')}`);
  else if (def.anyContent) lines.push('', '**Children:** any elements in your own XML namespace');
  const since = sinceNote(def.since);
  if (since) lines.push('', since);
  return lines.join('\n');
}

/** `listValues`: one line per documented value (off when the hover is about one value already). */
export function attributeMarkdown(elementId: string, attribute: AttributeDef, listValues = true): string {
  const element = elementDef(elementId);
  const heading = `**\`${attribute.name}\`** attribute of \`<${element?.name ?? elementId}>\` · ${attribute.required ? 'required' : 'optional'}`;
  const lines = [heading, '', attribute.doc, '', `**Value:** ${typeSummary(attribute.type)}`];
  const values = typeDef(attribute.type)?.enum;
  if (values && listValues) {
    const documented = values.map((v) => ({ v, doc: valueDoc(elementId, attribute, v) })).filter((x) => x.doc !== undefined);
    if (documented.length > 0) lines.push('', ...documented.map((x) => `- \`${x.v}\`: ${x.doc ?? ''}`));
  }
  const since = sinceNote(attribute.since);
  if (since) lines.push('', since);
  return lines.join('\n');
}
