// Does an editor document define the same network as libvirt's persistent definition
// (`net-dumpxml --inactive`)? Compared as element/attribute trees, never as text.
//
// The choice, and why:
// - Whitespace, attribute order, quote style, comments and the order of *different* sibling
//   elements do not count: libvirt re-formats all of them (it prints children in its own order).
//   The order of siblings with the *same* name counts (<ip>, <host>, <range> keep their order).
// - Things libvirt fills in by itself when the document leaves them out are ignored, and only
//   those: <uuid>, <mac>, the bridge's name/stp='on'/delay='0' (or the whole <bridge> made of
//   them), <forward>'s mode='nat', the root's `connections`. "Ignore every element the document
//   lacks" would hide real edits: deleting <dhcp> to turn DHCP off must offer a redefine.
// - An empty element the document has and libvirt dropped (<dns/>, <dhcp/>) is no difference:
//   libvirt does not keep empty optional containers.
// - UUID and MAC values compare as libvirt parses them (case, dashes), IPv6 addresses in their
//   canonical form; other values exactly.
// Anything else libvirt normalises (e.g. delay='00') shows as a difference: the worst case is
// a redefine offered that changes nothing.
import * as ipaddr from 'ipaddr.js';
import { parseXml } from '../service/parse';
import type { ParsedXml, XmlElement } from '../service/xml';

/** A description of the first difference, or undefined when the definitions are the same. `doc` comes parsed (the editor's, once per version). */
export function definitionDifference(doc: ParsedXml, liveXml: string): string | undefined {
  const live = parseXml(liveXml);
  if (!doc.root || doc.errors.length > 0) return 'the document is not well-formed';
  if (!live.root) return 'the live definition could not be read';
  return compareElements(doc.root, live.root, `/${doc.root.name}`);
}

type Defaults = Record<string, (value: string) => boolean>;

const anyValue = (): boolean => true;

/** Attributes libvirt adds when absent, per element path. */
const FILLED_ATTRIBUTES: Record<string, Defaults> = {
  '/network': { connections: anyValue },
  '/network/bridge': { name: anyValue, stp: (v) => v === 'on', delay: (v) => v === '0' },
  '/network/forward': { mode: (v) => v === 'nat' },
};

/** Elements libvirt adds when absent, per parent path. */
const FILLED_ELEMENTS: Record<string, Record<string, (element: XmlElement) => boolean>> = {
  '/network': {
    uuid: () => true,
    mac: () => true,
    bridge: (e) => e.children.length === 0 && e.attributes.every((a) => FILLED_ATTRIBUTES['/network/bridge'][a.name]?.(a.value)),
  },
};

/** Values compared as libvirt parses them. */
const VALUE_FORMS: Record<string, (value: string) => string> = {
  '/network/uuid#text': (v) => v.replace(/[\s-]/g, '').toLowerCase(),
  '/network/mac@address': (v) => v.toLowerCase(),
  '/network/ip/dhcp/host@mac': (v) => v.toLowerCase(),
};

function form(key: string, value: string): string {
  const known = VALUE_FORMS[key];
  if (known) return known(value);
  // libvirt prints the IPv6 addresses it parsed in their canonical form (fd00:0::1 -> fd00::1).
  if (value.includes(':') && ipaddr.IPv6.isValid(value)) return ipaddr.IPv6.parse(value).toNormalizedString();
  return value;
}

function compareElements(doc: XmlElement, live: XmlElement, path: string): string | undefined {
  const docAttrs = attributeMap(doc);
  const liveAttrs = attributeMap(live);
  for (const [name, value] of docAttrs) {
    const liveValue = liveAttrs.get(name);
    if (liveValue === undefined) return `${path}@${name} is not in the live definition`;
    if (form(`${path}@${name}`, value) !== form(`${path}@${name}`, liveValue)) return `${path}@${name}: '${value}' here, '${liveValue}' live`;
  }
  for (const [name, value] of liveAttrs) {
    if (!docAttrs.has(name) && !FILLED_ATTRIBUTES[path]?.[name]?.(value)) return `${path}@${name}='${value}' is only in the live definition`;
  }

  if (doc.children.length === 0 && live.children.length === 0) {
    const blank = doc.text.trim() === '' && live.text.trim() === ''; // <ip ...>\n  </ip> is <ip .../>
    if (!blank && form(`${path}#text`, doc.text) !== form(`${path}#text`, live.text)) return `${path}: text '${doc.text}' here, '${live.text}' live`;
    return undefined;
  }

  const docGroups = groupByName(doc.children);
  const liveGroups = groupByName(live.children);
  for (const [name, docChildren] of docGroups) {
    const liveChildren = liveGroups.get(name) ?? [];
    const kept = liveChildren.length === 0 ? docChildren.filter((c) => !isEmpty(c)) : docChildren;
    if (kept.length !== liveChildren.length) return `${path}/${name}: ${kept.length} here, ${liveChildren.length} live`;
    for (let i = 0; i < kept.length; i++) {
      const difference = compareElements(kept[i], liveChildren[i], `${path}/${name}`);
      if (difference) return kept.length > 1 ? difference.replace(`${path}/${name}`, `${path}/${name}[${i + 1}]`) : difference;
    }
  }
  for (const [name, liveChildren] of liveGroups) {
    if (docGroups.has(name)) continue;
    const filled = FILLED_ELEMENTS[path]?.[name];
    if (!filled || !liveChildren.every(filled)) return `${path}/${name} is only in the live definition`;
  }
  return undefined;
}

function attributeMap(element: XmlElement): Map<string, string> {
  const map = new Map<string, string>();
  for (const a of element.attributes) if (a.name !== 'xmlns' && !a.name.startsWith('xmlns:')) map.set(a.name, a.value);
  return map;
}

function groupByName(elements: readonly XmlElement[]): Map<string, XmlElement[]> {
  const groups = new Map<string, XmlElement[]>();
  for (const e of elements) {
    const group = groups.get(e.name);
    if (group) group.push(e);
    else groups.set(e.name, [e]);
  }
  return groups;
}

function isEmpty(element: XmlElement): boolean {
  return element.attributes.length === 0 && element.children.length === 0 && element.text.trim() === '';
}
