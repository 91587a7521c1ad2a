import type { QuickFix, TextEdit } from '../rule';
import { attr, child, children, type XmlAttribute, type XmlElement } from '../xml';
import { bitsOf, parseAddress, parseLibvirtUInt, type Family, type ParsedAddress } from '../ip';
import { utf8Length } from '../utf8';

/**
 * Shared helpers of the dns/route/devices rules: how libvirt reads numbers and UUIDs in those
 * elements, which elements its parser actually reads, and small text edits for quick fixes.
 */

const C_SPACE = '[ \\t\\n\\v\\f\\r]';
const UINT_MAX = 0xffffffffn;
const ULONG_MAX = 0xffffffffffffffffn;

/**
 * `virStrToLong_ullp(s, NULL, 10, &v)` (virXMLPropULongLong base 10, e.g. bandwidth rates):
 * leading C whitespace, an optional '+', decimal digits and nothing after; no '-'; at most 2^64-1.
 */
export function parseULongLong10(text: string): bigint | undefined {
  const m = new RegExp(`^${C_SPACE}*\\+?([0-9]+)$`).exec(text);
  if (!m) return undefined;
  const value = BigInt(m[1]);
  return value <= ULONG_MAX ? value : undefined;
}

/**
 * `virStrToLong_ui(s, NULL, 0, &v)` (virtualport managerid/typeid/typeidversion): strtoul in base 0
 * (hex `0x…`, octal `0…`, decimal), and a '-' is accepted with the value wrapped modulo 2^32
 * (`-1` is 4294967295) as long as the magnitude fits in 32 bits.
 */
export function parseUIntBase0(text: string): number | undefined {
  const m = new RegExp(`^${C_SPACE}*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)$`).exec(text);
  if (!m) return undefined;
  const digits = m[2];
  const magnitude = /^0[xX]/.test(digits) ? BigInt(digits) : digits.length > 1 && digits.startsWith('0') ? BigInt(`0o${digits.slice(1)}`) : BigInt(digits);
  if (magnitude > ULONG_MAX || magnitude > UINT_MAX) return undefined;
  const value = m[1] === '-' ? (UINT_MAX + 1n - magnitude) & UINT_MAX : magnitude;
  return Number(value);
}

/**
 * `virUUIDParse`: leading whitespace, then 16 pairs of hex digits with any number of '-' or ' '
 * before each pair, then only whitespace. Returns the 16 bytes.
 */
export function parseUuid(text: string): number[] | undefined {
  let i = 0;
  const isSpace = (c: string | undefined): boolean => c !== undefined && /[ \t\n\v\f\r]/.test(c);
  const isHex = (c: string | undefined): boolean => c !== undefined && /[0-9a-fA-F]/.test(c);
  while (isSpace(text[i])) i++;
  const bytes: number[] = [];
  while (bytes.length < 16) {
    if (i >= text.length) return undefined;
    if (text[i] === '-' || text[i] === ' ') {
      i++;
      continue;
    }
    if (!isHex(text[i]) || !isHex(text[i + 1])) return undefined;
    bytes.push(parseInt(text.slice(i, i + 2), 16));
    i += 2;
  }
  for (; i < text.length; i++) if (!isSpace(text[i])) return undefined;
  return bytes;
}

/** virUUIDFormat: lower-case 8-4-4-4-12. */
export function formatUuid(bytes: readonly number[]): string {
  const hex = bytes.map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** `virXPathString`/`virXPathEvalString`: an attribute that is absent or empty reads as absent. */
export function nonEmpty(element: XmlElement, name: string): XmlAttribute | undefined {
  const a = attr(element, name);
  return a && a.value !== '' ? a : undefined;
}

/** The `<dns>` libvirt parses: the first one. */
export function firstDns(root: XmlElement): XmlElement | undefined {
  return child(root, 'dns');
}

/** Where libvirt reads a `<virtualport>`, `<bandwidth>` or `<vlan>`: the network and each portgroup (first of each). */
export interface DeviceScope {
  /** The `<network>` root or a `<portgroup>`. */
  owner: XmlElement;
  portgroup: XmlElement | undefined;
}

export function deviceScopes(root: XmlElement): DeviceScope[] {
  return [{ owner: root, portgroup: undefined }, ...children(root, 'portgroup').map((pg) => ({ owner: pg, portgroup: pg }))];
}

/** `xmlNodeGetContent`: all text below the element (CDATA included). */
export function contentOf(element: XmlElement): string {
  return element.text + element.children.map(contentOf).join('');
}

// ---- quick fixes (the edits themselves are in fix-edits.ts) ----

export function fix(title: string, ...edits: TextEdit[]): QuickFix {
  return { title, edits };
}

// ---- <route> as virNetDevIPRouteParseXML / virNetDevIPRouteCreate read it ----

export interface RouteAttributes {
  family: XmlAttribute | undefined;
  address: XmlAttribute | undefined;
  netmask: XmlAttribute | undefined;
  gateway: XmlAttribute | undefined;
  prefix: XmlAttribute | undefined;
  metric: XmlAttribute | undefined;
  /** The family branch libvirt takes: family absent or 'ipv4', 'ipv6', or undefined when unrecognised. */
  branch: Family | undefined;
}

/** virXMLPropString: an empty attribute is present (unlike virXPathString). */
export function routeAttributes(route: XmlElement): RouteAttributes {
  const family = attr(route, 'family');
  return {
    family,
    address: attr(route, 'address'),
    netmask: attr(route, 'netmask'),
    gateway: attr(route, 'gateway'),
    prefix: attr(route, 'prefix'),
    metric: attr(route, 'metric'),
    branch: family === undefined || family.value === 'ipv4' ? 'ipv4' : family.value === 'ipv6' ? 'ipv6' : undefined,
  };
}

/** A `<route>` that passes every check of virNetDevIPRouteCreate but the network-address one (RT-1..RT-12). */
export interface RouteDef {
  attributes: RouteAttributes;
  family: Family;
  address: ParsedAddress;
  gateway: ParsedAddress;
  netmask: ParsedAddress | undefined;
  /** The prefix attribute, 0 when absent. */
  prefix: number;
}

export function routeDef(route: XmlElement): RouteDef | undefined {
  const a = routeAttributes(route);
  const prefix = a.prefix ? parseLibvirtUInt(a.prefix.value) : 0;
  if (prefix === undefined) return undefined;
  if (a.metric) {
    const metric = parseLibvirtUInt(a.metric.value);
    if (metric === undefined || metric === 0) return undefined;
  }
  if (!a.address || !a.gateway || !a.branch) return undefined;
  const address = parseAddress(a.address.value);
  const gateway = parseAddress(a.gateway.value);
  if (!address || !gateway || address.family !== a.branch || gateway.family !== a.branch) return undefined;
  let netmask: ParsedAddress | undefined;
  if (a.netmask) {
    if (a.branch === 'ipv6') return undefined;
    netmask = parseAddress(a.netmask.value);
    if (!netmask || netmask.family !== 'ipv4' || a.prefix) return undefined;
  }
  if (prefix > bitsOf(a.branch)) return undefined;
  return { attributes: a, family: a.branch, address, gateway, netmask, prefix };
}

// ---- <virtualport> as virNetDevVPortProfileParse reads it, and the allocation-time merge ----

export const VPORT_TYPES = ['802.1Qbg', '802.1Qbh', 'openvswitch', 'midonet'] as const;
export type VPortType = (typeof VPORT_TYPES)[number];

export interface VPortParam<T> {
  attribute: XmlAttribute;
  value: T;
}

export interface VPortProfile {
  element: XmlElement;
  /** undefined: no type attribute (VIR_NETDEV_VPORT_PROFILE_NONE). */
  type: VPortType | undefined;
  managerid?: VPortParam<number>;
  typeid?: VPortParam<number>;
  typeidversion?: VPortParam<number>;
  instanceid?: VPortParam<number[]>;
  /** Only when non-empty (libvirt tests profileID[0]). */
  profileid?: VPortParam<string>;
  interfaceid?: VPortParam<number[]>;
}

export const VPORT_NUMERIC = [
  { name: 'managerid', max: 0xff, range: 'value of managerid out of range' },
  { name: 'typeid', max: 0xffffff, range: 'value for typeid out of range' },
  { name: 'typeidversion', max: 0xff, range: 'value of typeidversion out of range' },
] as const;

/** profileID is a char[40] (VIR_NETDEV_VPORT_PROFILE_ID_MAX). */
export const MAX_PROFILEID_BYTES = 39;

/** Parameters a typed virtualport may not carry (virNetDevVPortProfileCheckNoExtras); midonet is not checked. */
export const VPORT_EXTRAS: Record<VPortType, readonly string[]> = {
  '802.1Qbg': ['profileid', 'interfaceid'],
  '802.1Qbh': ['managerid', 'typeid', 'typeidversion', 'instanceid', 'interfaceid'],
  openvswitch: ['managerid', 'typeid', 'typeidversion', 'instanceid'],
  midonet: [],
};

/** The `<virtualport>` elements libvirt parses: the network's first (type required) and each portgroup's first. */
export function virtualportElements(root: XmlElement): { element: XmlElement; scope: DeviceScope; requireType: boolean }[] {
  const found: { element: XmlElement; scope: DeviceScope; requireType: boolean }[] = [];
  for (const scope of deviceScopes(root)) {
    const element = child(scope.owner, 'virtualport');
    if (element) found.push({ element, scope, requireType: scope.portgroup === undefined });
  }
  return found;
}

/** The profile libvirt stores, or undefined when its parser rejects the element (VP-1..VP-7). */
export function parseVirtualport(element: XmlElement, requireType: boolean): VPortProfile | undefined {
  const typeAttr = attr(element, 'type');
  let type: VPortType | undefined;
  if (typeAttr) {
    if (!(VPORT_TYPES as readonly string[]).includes(typeAttr.value)) return undefined;
    type = typeAttr.value as VPortType;
  } else if (requireType) return undefined;
  const profile: VPortProfile = { element, type };
  const parameters = child(element, 'parameters');
  if (parameters) {
    for (const n of VPORT_NUMERIC) {
      const a = attr(parameters, n.name);
      if (!a) continue;
      const value = parseUIntBase0(a.value);
      if (value === undefined || value > n.max) return undefined;
      profile[n.name] = { attribute: a, value };
    }
    for (const name of ['instanceid', 'interfaceid'] as const) {
      const a = attr(parameters, name);
      if (!a) continue;
      const value = parseUuid(a.value);
      if (!value) return undefined;
      profile[name] = { attribute: a, value };
    }
    const profileid = attr(parameters, 'profileid');
    if (profileid) {
      if (utf8Length(profileid.value) > MAX_PROFILEID_BYTES) return undefined;
      if (profileid.value !== '') profile.profileid = { attribute: profileid, value: profileid.value };
    }
  }
  if (type && VPORT_EXTRAS[type].some((name) => profile[name as keyof VPortProfile] !== undefined)) return undefined;
  return profile;
}

export type MergeProblem = { target: XmlAttribute | XmlElement; message: string };

export interface MergedVPort {
  type: VPortType | undefined;
  managerid?: number;
  typeid?: number;
  typeidversion?: number;
  instanceid?: number[];
  profileid?: string;
  interfaceid?: number[];
}

/**
 * virNetDevVPortProfileMerge3(interface = none, network, portgroup): no `merged` when no source has
 * a type (no virtualport is used at all). libvirt stops at the first mismatch; every parameter
 * mismatch is listed here (a type mismatch ends the merge).
 */
export function mergeVirtualports(network: VPortProfile | undefined, portgroup: VPortProfile | undefined): { merged?: MergedVPort; problems: MergeProblem[] } {
  const problems: MergeProblem[] = [];
  if (!network?.type && !portgroup?.type) return { problems };
  const result: MergedVPort = { type: undefined };
  for (const mods of [network, portgroup]) {
    if (!mods) continue;
    if (mods.type) {
      if (result.type && result.type !== mods.type) {
        problems.push({ target: attr(mods.element, 'type') ?? mods.element, message: `attempt to merge virtualports with mismatched types (${result.type} and ${mods.type})` });
        return { problems };
      }
      result.type = mods.type;
    }
    const t = result.type;
    const qbg = t === undefined || t === '802.1Qbg';
    for (const name of ['managerid', 'typeid', 'typeidversion'] as const) {
      const p = mods[name];
      if (!p || !qbg) continue;
      const have = result[name];
      if (have !== undefined && have !== p.value) problems.push({ target: p.attribute, message: `attempt to merge virtualports with mismatched ${name}s (${have} and ${p.value})` });
      else result[name] = p.value;
    }
    const uuids = [
      { name: 'instanceid', applies: qbg },
      { name: 'interfaceid', applies: t === undefined || t === 'openvswitch' },
    ] as const;
    for (const u of uuids) {
      const p = mods[u.name];
      if (!p || !u.applies) continue;
      const have = result[u.name];
      if (have && formatUuid(have) !== formatUuid(p.value)) {
        problems.push({ target: p.attribute, message: `attempt to merge virtualports with mismatched ${u.name}s ('${formatUuid(have)}' and '${formatUuid(p.value)}')` });
      } else result[u.name] = p.value;
    }
    const p = mods.profileid;
    if (p && (t === undefined || t === 'openvswitch' || t === '802.1Qbh')) {
      if (result.profileid !== undefined && result.profileid !== p.value) {
        problems.push({ target: p.attribute, message: `attempt to merge virtualports with mismatched profileids ('${result.profileid}' and '${p.value}')` });
      } else result.profileid = p.value;
    }
  }
  return problems.length > 0 ? { problems } : { merged: result, problems };
}

/** A way a guest interface can use the network: without a portgroup (the default one, if any) or through one portgroup. */
export interface VPortContext {
  portgroup: XmlElement | undefined;
  network: VPortProfile | undefined;
  portgroupProfile: VPortProfile | undefined;
}

/**
 * The combinations networkAllocatePort can meet, with parsed profiles; undefined when a
 * virtualport the combination needs does not parse (the definition is rejected anyway).
 */
export function virtualportContexts(root: XmlElement): VPortContext[] | undefined {
  const networkElement = child(root, 'virtualport');
  const network = networkElement ? parseVirtualport(networkElement, true) : undefined;
  if (networkElement && !network) return undefined;
  const contexts: VPortContext[] = [];
  const portgroups = children(root, 'portgroup');
  // virPortGroupFindByName(NULL) returns the first portgroup with default='yes' (case-insensitive).
  const hasDefault = portgroups.some((pg) => attr(pg, 'default')?.value.toLowerCase() === 'yes');
  if (!hasDefault) contexts.push({ portgroup: undefined, network, portgroupProfile: undefined });
  for (const portgroup of portgroups) {
    const element = child(portgroup, 'virtualport');
    const portgroupProfile = element ? parseVirtualport(element, false) : undefined;
    if (element && !portgroupProfile) continue;
    contexts.push({ portgroup, network, portgroupProfile });
  }
  return contexts;
}

// ---- <bandwidth> and <vlan> ----

/** The `<bandwidth>` elements libvirt parses (network and each portgroup, the first of each), with the first `<inbound>`/`<outbound>`. */
export function bandwidthElements(root: XmlElement): { bandwidth: XmlElement; scope: DeviceScope; rates: XmlElement[] }[] {
  const found: { bandwidth: XmlElement; scope: DeviceScope; rates: XmlElement[] }[] = [];
  for (const scope of deviceScopes(root)) {
    const bandwidth = child(scope.owner, 'bandwidth');
    if (!bandwidth) continue;
    const rates = [child(bandwidth, 'inbound'), child(bandwidth, 'outbound')].filter((r): r is XmlElement => r !== undefined);
    found.push({ bandwidth, scope, rates });
  }
  return found;
}

export const RATE_ATTRIBUTES = ['average', 'peak', 'burst', 'floor'] as const;

/** virXMLPropULongLong(…, 10, …) > 0: present and valid. */
export function rateAttribute(rate: XmlElement, name: string): { attribute: XmlAttribute; valid: boolean } | undefined {
  const a = attr(rate, name);
  return a ? { attribute: a, valid: parseULongLong10(a.value) !== undefined } : undefined;
}

/** The `<vlan>` elements libvirt parses: the network's first and each portgroup's first. */
export function vlanElements(root: XmlElement): XmlElement[] {
  return deviceScopes(root)
    .map((scope) => child(scope.owner, 'vlan'))
    .filter((v): v is XmlElement => v !== undefined);
}
