// What the host rules of the language service need to know about this machine and a libvirt
// connection: the connection's networks (from a snapshot), and, when the connection is local,
// the kernel routes libvirt's networkCheckRouteCollision reads and the existing interface names.
// Reads /proc and /sys only: nothing is spawned here.
import { readdir, readFile } from 'node:fs/promises';
import { endianness } from 'node:os';
import * as ipaddr from 'ipaddr.js';
import type { HostFacts, HostNetwork, HostRoute } from '../service/host-facts';
import { netmaskPrefix } from '../service/ip';
import type { ConnectionSnapshot } from './types';

export interface MachineNetworking {
  routes: HostRoute[];
  interfaces: string[];
}

const PROC_NET_ROUTE = '/proc/net/route';
const PROC_NET_IPV6_ROUTE = '/proc/net/ipv6_route';
const SYS_CLASS_NET = '/sys/class/net';

/** Routes and interface names of the network namespace this process runs in. */
export async function readMachineNetworking(): Promise<MachineNetworking> {
  const [v4, v6, interfaces] = await Promise.all([
    readFile(PROC_NET_ROUTE, 'utf8').catch(() => ''),
    readFile(PROC_NET_IPV6_ROUTE, 'utf8').catch(() => ''), // no IPv6 in this kernel
    readdir(SYS_CLASS_NET).catch(() => [] as string[]),
  ]);
  return { routes: [...parseIpv4Routes(v4), ...parseIpv6Routes(v6)], interfaces: [...interfaces].sort() };
}

/**
 * /proc/net/route: `Iface Destination Gateway Flags RefCnt Use Metric Mask ...`, addresses as the
 * in-memory u32 in hex. Every line counts, as in libvirt (which compares destination and mask
 * of each line with the network's subnet, whatever the flags).
 */
export function parseIpv4Routes(text: string, littleEndian = endianness() === 'LE'): HostRoute[] {
  const routes: HostRoute[] = [];
  for (const line of text.split('\n').slice(1)) {
    const fields = line.trim().split(/\s+/);
    if (fields.length < 8) continue;
    const [iface, destination, , , , , , mask] = fields;
    const dest = hexToIpv4Octets(destination, littleEndian);
    const maskOctets = hexToIpv4Octets(mask, littleEndian);
    if (!dest || !maskOctets) continue;
    const prefix = netmaskPrefix(ipaddr.fromByteArray(maskOctets));
    if (prefix < 0) continue; // a non-contiguous mask: no subnet to compare
    routes.push({ iface, family: 'ipv4', destination: dest.join('.'), prefix });
  }
  return routes;
}

function hexToIpv4Octets(hex: string, littleEndian: boolean): number[] | undefined {
  if (!/^[0-9A-Fa-f]{8}$/.test(hex)) return undefined;
  const value = parseInt(hex, 16);
  const octets = [value >>> 24, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff];
  return littleEndian ? octets.reverse() : octets;
}

// Flags in /proc/net/ipv6_route that mark entries which are not routes to a subnet.
const RTF_REJECT = 0x0200;
const RTF_CACHE = 0x01000000;
const RTF_LOCAL = 0x80000000;

/**
 * /proc/net/ipv6_route: `dest prefix src src_prefix next_hop metric refcnt use flags iface`, hex.
 * Local entries (the host's own addresses), cached and reject (unreachable) routes are left out.
 */
export function parseIpv6Routes(text: string): HostRoute[] {
  const routes: HostRoute[] = [];
  for (const line of text.split('\n')) {
    const fields = line.trim().split(/\s+/);
    if (fields.length < 10 || !/^[0-9a-f]{32}$/i.test(fields[0])) continue;
    const flags = parseInt(fields[8], 16);
    if (Number.isNaN(flags) || (flags & (RTF_REJECT | RTF_CACHE | RTF_LOCAL)) !== 0) continue;
    const groups = fields[0].match(/.{4}/g)!.map((g) => parseInt(g, 16).toString(16));
    routes.push({ iface: fields[9], family: 'ipv6', destination: groups.join(':'), prefix: parseInt(fields[1], 16) });
  }
  return routes;
}

/** HostFacts from a connection's last snapshot and, for a local connection, this machine. */
export function hostFactsFrom(snapshot: ConnectionSnapshot | undefined, machine: MachineNetworking | undefined): HostFacts {
  const facts: HostFacts = {};
  if (snapshot) facts.uri = snapshot.uri;
  if (snapshot?.ok) facts.networks = snapshot.networks.map(toHostNetwork);
  if (machine) {
    facts.routes = machine.routes;
    facts.interfaces = machine.interfaces;
  }
  return facts;
}

function toHostNetwork(n: Extract<ConnectionSnapshot, { ok: true }>['networks'][number]): HostNetwork {
  return {
    name: n.name,
    uuid: n.uuid,
    active: n.active,
    ...(n.bridge !== undefined ? { bridge: n.bridge } : {}),
    subnets: n.ips.map((ip) => ({ family: ip.family, address: ip.address, prefix: ip.prefix })),
  };
}
