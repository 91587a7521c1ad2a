import * as ipaddr from 'ipaddr.js';
import { memoizedOn } from './memo';

/**
 * Address and subnet math as libvirt does it, on ipaddr.js. libvirt parses addresses with
 * getaddrinfo(AI_NUMERICHOST), i.e. inet_aton for IPv4 (`10.1`, `0xC0A80101` are accepted);
 * ipaddr.js's `parse` accepts exactly those forms.
 */
export type Family = 'ipv4' | 'ipv6';
export type Address = ipaddr.IPv4 | ipaddr.IPv6;

export interface ParsedAddress {
  family: Family;
  addr: Address;
  /** What libvirt would print back (no zone id). */
  text: string;
  /** True when written in the canonical dotted-quad / RFC 5952-compatible form the schema accepts. */
  canonical: boolean;
}

/**
 * A canonical dotted quad (four decimal octets up to 255, no leading zeros) as a 32-bit number,
 * or -1: the common case, read without ipaddr's regex ladder and without allocating.
 */
function canonicalDottedQuad(input: string): number {
  let value = 0;
  let octet = 0;
  let digits = 0;
  let dots = 0;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c === 0x2e) {
      if (digits === 0 || dots === 3) return -1;
      value = value * 256 + octet;
      octet = 0;
      digits = 0;
      dots++;
    } else if (c >= 0x30 && c <= 0x39) {
      if (digits > 0 && octet === 0) return -1; // a leading zero
      octet = octet * 10 + (c - 0x30);
      if (octet > 255) return -1;
      digits++;
    } else return -1;
  }
  return dots === 3 && digits > 0 ? value * 256 + octet : -1;
}

/**
 * Memo of parsed addresses for the current validation: rules look at the same attribute values
 * again and again. `resetAddressMemo` empties it at the start of every validation, so nothing is
 * carried from one document (or one run) to the next.
 */
let memo = new Map<string, ParsedAddress | undefined>();

export function resetAddressMemo(): void {
  if (memo.size > 0) memo = new Map();
}

export function parseAddress(input: string): ParsedAddress | undefined {
  if (memo.has(input)) return memo.get(input);
  const parsed = parseAddressUncached(input);
  memo.set(input, parsed);
  return parsed;
}

/** parseAddress without the memo, for callers that read each value once (e.g. per-host facts). */
export function parseAddressUncached(input: string): ParsedAddress | undefined {
  const quad = canonicalDottedQuad(input);
  if (quad >= 0) return { family: 'ipv4', addr: new ipaddr.IPv4([quad >>> 24, (quad >>> 16) & 255, (quad >>> 8) & 255, quad & 255]), text: input, canonical: true };
  if (!ipaddr.isValid(input)) return undefined;
  let addr: Address;
  try {
    addr = ipaddr.parse(input);
  } catch {
    return undefined;
  }
  const family = familyOf(addr);
  const canonical = family === 'ipv4' ? ipaddr.IPv4.isValidFourPartDecimal(input) && !/(^|\.)0\d/.test(input) : !input.includes('%');
  return { family, addr, text: formatAddress(addr), canonical };
}

export function bitsOf(family: Family): number {
  return family === 'ipv4' ? 32 : 128;
}

export function toBigInt(addr: Address): bigint {
  if (addr.kind() === 'ipv4') {
    // One BigInt, not two per byte: rules convert every address they compare.
    const o = (addr as ipaddr.IPv4).octets; // indexed: array destructuring iterates, and allocates while unoptimised
    return BigInt(o[0] * 0x1000000 + o[1] * 0x10000 + o[2] * 0x100 + o[3]);
  }
  const parts = (addr as ipaddr.IPv6).parts;
  let n = 0n;
  for (let i = 0; i < parts.length; i++) n = (n << 16n) | BigInt(parts[i]);
  return n;
}

export function fromBigInt(n: bigint, family: Family): Address {
  const bytes: number[] = [];
  for (let i = 0; i < bitsOf(family) / 8; i++) {
    bytes.unshift(Number(n & 0xffn));
    n >>= 8n;
  }
  return ipaddr.fromByteArray(bytes);
}

export function formatAddress(addr: Address): string {
  return addr.kind() === 'ipv4' ? addr.toString() : (addr as ipaddr.IPv6).toRFC5952String().replace(/%.*$/, '');
}

/**
 * Prefix length of a netmask, or -1 when its one-bits are not contiguous (libvirt's
 * virSocketAddrGetNumNetmaskBits). Memoised per parsed address (parseAddress shares them within a
 * validation): rules ask again and again.
 */
export const netmaskPrefix: (mask: Address) => number = memoizedOn((mask: Address) => mask.prefixLengthFromSubnetMask() ?? -1);

/** libvirt's classful default for an IPv4 address without prefix or netmask; -1 for class D/E. */
export function classfulPrefix(addr: ipaddr.IPv4): number {
  const a = addr.octets[0];
  if (addr.octets.every((o) => o === 0)) return 0;
  if (a < 128) return 8;
  if (a < 192) return 16;
  if (a < 224) return 24;
  return -1;
}

export function maskBits(prefix: number, family: Family): bigint {
  const key = family === 'ipv4' ? prefix : -1 - prefix;
  let mask = masks.get(key);
  if (mask === undefined) {
    const bits = BigInt(bitsOf(family));
    mask = ((1n << bits) - 1n) ^ ((1n << (bits - BigInt(prefix))) - 1n);
    if (Number.isInteger(prefix) && prefix >= 0 && prefix <= bitsOf(family)) masks.set(key, mask);
  }
  return mask;
}

/** Masks of the valid prefixes (IPv6 ones at -1 - prefix): at most 162, asked for per address. */
const masks = new Map<number, bigint>();

export function networkOf(addr: Address, prefix: number): bigint {
  return toBigInt(addr) & maskBits(prefix, familyOf(addr));
}

export function broadcastOf(addr: Address, prefix: number): bigint {
  const family = familyOf(addr);
  return networkOf(addr, prefix) | (((1n << BigInt(bitsOf(family))) - 1n) ^ maskBits(prefix, family));
}

export function familyOf(addr: Address): Family {
  return addr.kind() === 'ipv4' ? 'ipv4' : 'ipv6';
}

export function inSubnet(addr: Address, network: Address, prefix: number): boolean {
  if (addr.kind() !== network.kind()) return false;
  if (prefix <= 0) return true;
  // ipaddr.js compares octets/parts: no BigInt on this hot path (one call per DHCP host).
  return (addr as ipaddr.IPv4).match(network as ipaddr.IPv4, Math.min(prefix, bitsOf(familyOf(addr))));
}

export interface Subnet {
  family: Family;
  network: bigint;
  prefix: number;
}

export function subnetOf(addr: Address, prefix: number): Subnet {
  return { family: familyOf(addr), network: networkOf(addr, prefix), prefix };
}

/** Containment in either direction. */
export function subnetsOverlap(a: Subnet, b: Subnet): boolean {
  if (a.family !== b.family) return false;
  const shorter = Math.min(a.prefix, b.prefix);
  const mask = maskBits(shorter, a.family);
  return (a.network & mask) === (b.network & mask);
}

export function formatSubnet(s: Subnet): string {
  return `${formatAddress(fromBigInt(s.network, s.family))}/${s.prefix}`;
}

// ---- libvirt <ip> definition semantics (used by the ip/dhcp rules) ----

/**
 * libvirt's virStrToLong_uip in base 10, as virXMLPropUInt uses it: optional leading
 * whitespace, optional '+', digits and nothing after; no '-' at all; at most UINT_MAX.
 */
export function parseLibvirtUInt(text: string): number | undefined {
  const m = /^[ \t\n\v\f\r]*\+?([0-9]+)$/.exec(text);
  if (!m) return undefined;
  const value = BigInt(m[1]);
  return value <= 0xffffffffn ? Number(value) : undefined;
}

/**
 * libvirt's virStrToLong_ullp in base 0 (virXMLPropULongLong(..., 0, ...), e.g. lease expiry):
 * optional leading whitespace and '+', then hex (0x…), octal (0…) or decimal; at most 2^64-1.
 */
export function parseLibvirtULongLong(text: string): bigint | undefined {
  const m = /^[ \t\n\v\f\r]*\+?(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)$/.exec(text);
  if (!m) return undefined;
  const digits = m[1];
  const value = /^0[xX]/.test(digits) ? BigInt(digits) : digits.length > 1 && digits.startsWith('0') ? BigInt(`0o${digits.slice(1)}`) : BigInt(digits);
  return value <= 0xffffffffffffffffn ? value : undefined;
}

/**
 * virSocketAddrGetIPPrefix: an explicit prefix (> 0) wins, then the netmask's bits (-1 when not
 * contiguous), then IPv4 classful (0.0.0.0 -> 0, class D/E -> -1), then IPv6 64 (`::` -> 0).
 * `prefix` 0 means "not given".
 */
export function libvirtEffectivePrefix(address: ParsedAddress, prefix: number, netmask: ParsedAddress | undefined): number {
  if (prefix > 0) return prefix;
  if (netmask) return netmaskPrefix(netmask.addr);
  if (address.family === 'ipv4') return classfulPrefix(address.addr as ipaddr.IPv4);
  return toBigInt(address.addr) === 0n ? 0 : 64;
}

/** An `<ip>` whose attributes virNetworkIPDefParseXML accepts (IP-1..IP-12 pass). */
export interface LibvirtIpDef {
  family: Family;
  address: ParsedAddress;
  netmask: ParsedAddress | undefined;
  /** The `prefix` attribute as parsed; 0 when absent ("unset"). */
  prefixAttr: number;
  /** Effective prefix (libvirtEffectivePrefix): may be -1 (non-contiguous netmask, class D/E). */
  prefix: number;
}

/**
 * The `<ip>` as libvirt's parser reads it from its attributes, or undefined when the parser
 * rejects them. `get` returns an attribute's value or undefined when absent. Like libvirt's
 * virXPathString, an empty `address`, `netmask` or `family` counts as absent; an empty `prefix`
 * is invalid.
 */
export function libvirtIpDef(get: (name: string) => string | undefined): LibvirtIpDef | undefined {
  const nonEmpty = (name: string): string | undefined => {
    const v = get(name);
    return v === undefined || v === '' ? undefined : v;
  };
  const addressText = nonEmpty('address');
  if (addressText === undefined) return undefined;
  const address = parseAddress(addressText);
  if (!address) return undefined;
  const netmaskText = nonEmpty('netmask');
  const netmask = netmaskText === undefined ? undefined : parseAddress(netmaskText);
  if (netmaskText !== undefined && !netmask) return undefined;
  const prefixText = get('prefix');
  const prefixAttr = prefixText === undefined ? 0 : parseLibvirtUInt(prefixText);
  if (prefixAttr === undefined) return undefined;
  const family = nonEmpty('family') ?? 'ipv4';
  if (family === 'ipv4') {
    if (address.family !== 'ipv4') return undefined;
    if (netmask) {
      if (netmask.family !== 'ipv4' || prefixAttr > 0) return undefined;
    } else if (prefixAttr > 32) return undefined;
  } else if (family === 'ipv6') {
    if (address.family !== 'ipv6' || netmask || prefixAttr > 128) return undefined;
  } else return undefined;
  return { family, address, netmask, prefixAttr, prefix: libvirtEffectivePrefix(address, prefixAttr, netmask) };
}

/**
 * virMacAddrParse: six groups of 1-2 hex digits separated by ':'; after the sixth group any
 * character <= ' ' (or the end) ends the address; libvirt compares a signed char, so any
 * non-ASCII character does too. Returns the six bytes.
 */
export function parseLibvirtMac(text: string): number[] | undefined {
  // A scan rather than a regex with six captures: this allocates only the result.
  const bytes: number[] = [];
  let i = 0;
  for (let group = 0; group < 6; group++) {
    if (group > 0 && text.charCodeAt(i++) !== 0x3a) return undefined;
    const high = hexDigitValue(text.charCodeAt(i++));
    if (high < 0) return undefined;
    const low = hexDigitValue(text.charCodeAt(i));
    if (low < 0) bytes.push(high);
    else {
      bytes.push(high * 16 + low);
      i++;
    }
  }
  const after = text.charCodeAt(i); // NaN at the end
  return after > 0x20 && after < 0x80 ? undefined : bytes;
}

/** 0..15 for a hex digit's UTF-16 code, -1 otherwise (NaN included). */
function hexDigitValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0x61 && code <= 0x66) return code - 0x57;
  if (code >= 0x41 && code <= 0x46) return code - 0x37;
  return -1;
}

export function isMulticastMac(bytes: readonly number[]): boolean {
  return (bytes[0] & 1) === 1;
}

/** The usual spelling of a MAC, which libvirtMacText returns as it is. */
const USUAL_MAC = /^[0-9a-f]{2}(?::[0-9a-f]{2}){5}$/;

/**
 * The MAC libvirt reads in `text` (parseLibvirtMac), spelled the usual way: two lower-case hex
 * digits per byte, colon-separated; undefined when libvirt rejects it. One string per MAC, so it
 * serves as a key; `text` itself when already spelled so (no array, no new string: thousands of
 * DHCP hosts have one).
 */
export function libvirtMacText(text: string): string | undefined {
  if (USUAL_MAC.test(text)) return text;
  return parseLibvirtMac(text)?.map((b) => b.toString(16).padStart(2, '0')).join(':');
}

/** isMulticastMac for a libvirtMacText result: the low bit of the first byte, i.e. of its second digit. */
export function isMulticastMacText(mac: string): boolean {
  return (hexDigitValue(mac.charCodeAt(1)) & 1) === 1;
}

/** What virSocketAddrGetRange rejects in a DHCP range (DR-3..DR-12). */
export type RangeProblem = 'family' | 'network-family' | 'bad-prefix' | 'outside' | 'network-address' | 'broadcast-address' | 'too-large' | 'reversed';

/**
 * virSocketAddrGetRange's checks on a parsed start/end, against the `<ip>` when given. Checks
 * that depend on an earlier one passing (family, then the network's family, its prefix, then
 * containment) stop there; the rest are all reported: IPv4 network/broadcast address, and
 * "too large" (anything but the last 16 bits differ: the last two IPv4 bytes, the last IPv6
 * group), else "reversed".
 */
export function libvirtRangeProblems(start: ParsedAddress, end: ParsedAddress, network?: { address: ParsedAddress; prefix: number }): RangeProblem[] {
  if (start.family !== end.family) return ['family'];
  const problems: RangeProblem[] = [];
  if (network) {
    const { address, prefix } = network;
    if (start.family !== address.family) return ['network-family'];
    if (prefix < 0 || prefix > bitsOf(address.family)) return ['bad-prefix'];
    if (!inSubnet(start.addr, address.addr, prefix) || !inSubnet(end.addr, address.addr, prefix)) return ['outside'];
    if (start.family === 'ipv4') {
      if (toBigInt(start.addr) === networkOf(address.addr, prefix)) problems.push('network-address');
      if (toBigInt(end.addr) === broadcastOf(address.addr, prefix)) problems.push('broadcast-address');
    }
  }
  const s = toBigInt(start.addr);
  const e = toBigInt(end.addr);
  if (s >> 16n !== e >> 16n) problems.push('too-large');
  else if (e < s) problems.push('reversed');
  return problems;
}
