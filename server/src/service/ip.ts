import * as ipaddr from 'ipaddr.js';

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

export function parseAddress(input: string): ParsedAddress | undefined {
  if (!ipaddr.isValid(input)) return undefined;
  let addr: Address;
  try {
    addr = ipaddr.parse(input);
  } catch {
    return undefined;
  }
  const family: Family = addr.kind() === 'ipv4' ? 'ipv4' : 'ipv6';
  const canonical = family === 'ipv4' ? ipaddr.IPv4.isValidFourPartDecimal(input) && !/(^|\.)0\d/.test(input) : !input.includes('%');
  const text = family === 'ipv4' ? addr.toString() : (addr as ipaddr.IPv6).toRFC5952String().replace(/%.*$/, '');
  return { family, addr, text, canonical };
}

export function bitsOf(family: Family): number {
  return family === 'ipv4' ? 32 : 128;
}

export function toBigInt(addr: Address): bigint {
  let n = 0n;
  for (const byte of addr.toByteArray()) n = (n << 8n) | BigInt(byte);
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

/** Prefix length of a netmask, or -1 when its one-bits are not contiguous (libvirt's virSocketAddrGetNumNetmaskBits). */
export function netmaskPrefix(mask: Address): number {
  const prefix = mask.prefixLengthFromSubnetMask();
  return prefix === null ? -1 : prefix;
}

/** libvirt's classful default for an IPv4 address without prefix or netmask; -1 for class D/E. */
export function classfulPrefix(addr: ipaddr.IPv4): number {
  const [a] = addr.octets;
  if (addr.octets.every((o) => o === 0)) return 0;
  if (a < 128) return 8;
  if (a < 192) return 16;
  if (a < 224) return 24;
  return -1;
}

export function maskBits(prefix: number, family: Family): bigint {
  const bits = BigInt(bitsOf(family));
  const p = BigInt(prefix);
  return ((1n << bits) - 1n) ^ ((1n << (bits - p)) - 1n);
}

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
  if (familyOf(addr) !== familyOf(network)) return false;
  return networkOf(addr, prefix) === networkOf(network, prefix);
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
