import { attr, child, children, type XmlAttribute, type XmlElement } from '../xml';
import { FORWARD_MODES } from '../facts';
import { memoizedOn } from '../memo';

/**
 * How libvirt reads values, for the identity/bridge/forward rules, where ip.ts has no helper:
 * C `strtoul` and the `virStrToLong_*` wrappers other than base-10 uip (ip.ts parseLibvirtUInt),
 * `virUUIDParse`, and libvirt's habit of treating an empty `string(...)` XPath result as "absent".
 */

const C_SPACE = /[ \t\n\v\f\r]/;
const UINT_MAX = 0xffffffffn;
const ULONG_MAX = 0xffffffffffffffffn;

interface Strtoul {
  /** Unsigned result as C computes it (negated modulo 2^64 when a '-' was read), ULONG_MAX on overflow. */
  value: bigint;
  /** Magnitude of the digits read. */
  magnitude: bigint;
  negative: boolean;
  /** Index just past the last character consumed; 0 when no digits were read (C sets endptr = s). */
  end: number;
  overflow: boolean;
}

/** glibc `strtoul(s, &end, base)` on a 64-bit host; base 0, 8, 10 or 16. */
export function strtoul(s: string, base: 0 | 8 | 10 | 16): Strtoul {
  let i = 0;
  while (i < s.length && C_SPACE.test(s[i])) i++;
  let negative = false;
  if (s[i] === '+' || s[i] === '-') {
    negative = s[i] === '-';
    i++;
  }
  let radix: number = base;
  const hexPrefix = (s[i] === '0' && (s[i + 1] === 'x' || s[i + 1] === 'X') && /[0-9a-fA-F]/.test(s[i + 2] ?? ''));
  if ((base === 0 || base === 16) && hexPrefix) {
    radix = 16;
    i += 2;
  } else if (base === 0) {
    radix = s[i] === '0' ? 8 : 10;
  }
  const digitsStart = i;
  let magnitude = 0n;
  let overflow = false;
  for (; i < s.length; i++) {
    const d = parseInt(s[i], 36);
    if (Number.isNaN(d) || d >= radix) break;
    magnitude = magnitude * BigInt(radix) + BigInt(d);
    if (magnitude > ULONG_MAX) overflow = true;
  }
  if (i === digitsStart) return { value: 0n, magnitude: 0n, negative: false, end: 0, overflow: false };
  const value = overflow ? ULONG_MAX : negative ? (ULONG_MAX + 1n - magnitude) % (ULONG_MAX + 1n) : magnitude;
  return { value, magnitude, negative, end: i, overflow };
}

/** `virStrToLong_ui(s, NULL, 10, &v)`: accepts '-N' for N <= UINT_MAX, wrapping modulo 2^32 ('-1' = 4294967295). */
export function strToUi(s: string): number | undefined {
  const r = strtoul(s, 10);
  if (r.end === 0 || r.end !== s.length || r.overflow) return undefined;
  let value = r.value;
  if (r.negative) {
    if (r.magnitude > UINT_MAX) return undefined;
    value &= UINT_MAX;
  }
  return value > UINT_MAX ? undefined : Number(value);
}

/** `virStrToLong_uip(s, NULL, 0, &v)` (virXMLPropUInt base 0): hex, octal or decimal; any '-' is an error. */
export function strToUipBase0(s: string): number | undefined {
  const r = strtoul(s, 0);
  if (r.end === 0 || r.end !== s.length || r.overflow || r.negative) return undefined;
  return r.value > UINT_MAX ? undefined : Number(r.value);
}

/** `virStrToLong_ulp(s, NULL, 10, &v)`: unsigned long (64-bit), any '-' is an error. */
export function strToUlp(s: string): bigint | undefined {
  const r = strtoul(s, 10);
  if (r.end === 0 || r.end !== s.length || r.overflow || r.negative) return undefined;
  return r.value;
}

/** `virUUIDParse`: surrounding whitespace, then 32 hex digits in pairs, with '-' or ' ' allowed before any pair. */
export function isValidUuid(s: string): boolean {
  return /^[ \t\n\v\f\r]*(?:[- ]*[0-9a-fA-F]{2}){16}[ \t\n\v\f\r]*$/.test(s);
}

/** `string(./x/@a)` as libvirt's virXPathString sees it: the attribute, unless absent or empty. */
export function nonEmptyAttr(element: XmlElement | undefined, name: string): XmlAttribute | undefined {
  const a = element && attr(element, name);
  return a && a.value !== '' ? a : undefined;
}

/** Modes libvirt's parser knows (case-sensitive). */
export const KNOWN_FORWARD_MODES: readonly string[] = ['none', ...FORWARD_MODES];

/** Modes that may not carry a bridge name, zone or macTableManager (FM-4..FM-6). */
export const DIRECT_MODES: readonly string[] = ['private', 'vepa', 'passthrough', 'hostdev'];

/** What virNetworkForwardDefParseXML keeps of the children of `<forward>` (FW-22 precedence). */
export interface ForwardPool {
  /** `forward/@dev`, when non-empty. */
  dev: XmlAttribute | undefined;
  interfaces: readonly XmlElement[];
  addresses: readonly XmlElement[];
  pfs: readonly XmlElement[];
  /** Which kind of child libvirt parses: dev/interfaces > addresses > pf. */
  kind: 'interfaces' | 'addresses' | 'pf' | 'none';
  /** Elements that stand for the forward devices libvirt counts in `nifs`, in order (dev counts as the first). */
  devices: readonly (XmlElement | XmlAttribute)[];
}

/** Read once per parsed `<forward>` (the tree never changes): fifteen rules ask. */
export const forwardPool: (forward: XmlElement) => ForwardPool = memoizedOn(readForwardPool);

function readForwardPool(forward: XmlElement): ForwardPool {
  const dev = nonEmptyAttr(forward, 'dev');
  const interfaces = children(forward, 'interface');
  const addresses = children(forward, 'address');
  const pfs = children(forward, 'pf');
  const kind = interfaces.length > 0 || dev ? 'interfaces' : addresses.length > 0 ? 'addresses' : pfs.length > 0 ? 'pf' : 'none';
  let devices: readonly (XmlElement | XmlAttribute)[] = [];
  if (kind === 'interfaces') {
    // With both, <forward dev> is ifs[0] and the first <interface> merely repeats it.
    devices = dev ? [dev, ...interfaces.slice(1)] : interfaces;
  } else if (kind === 'addresses') {
    devices = addresses;
  }
  return { dev, interfaces, addresses, pfs, kind, devices };
}

/** The first `<forward>`, the only one libvirt reads. */
export function firstForward(root: XmlElement): XmlElement | undefined {
  return child(root, 'forward');
}

/** `string(./mtu/@size)`: the first `size` of any `<mtu>` (document order), unless empty. */
export function mtuSizeAttribute(root: XmlElement): XmlAttribute | undefined {
  for (const mtu of children(root, 'mtu')) {
    const size = attr(mtu, 'size');
    if (size) return size.value === '' ? undefined : size;
  }
  return undefined;
}

/**
 * What libvirt checks of a host name: that it starts with an ASCII letter or digit (c_isalnum).
 * A character test, not a regex: it runs for every host, and a regex call costs ten times more.
 */
export function startsLikeHostName(name: string): boolean {
  const c = name.charCodeAt(0);
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
}
