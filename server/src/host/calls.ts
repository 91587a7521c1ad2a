// Each virsh call as data: the argv after `virsh -q -c URI`, and a parser for its stdout.
// Runners (runCall in virsh.ts, VirshSession.call) execute them; the parsers are unit-tested
// on output captured from the real virsh (test/fixtures/host/).
//
// Objects are always passed by option name (`--network X`), never positionally: virsh treats
// a positional value that starts with `--` as an option, even when quoted. Callers pass UUIDs:
// virsh tries X as a UUID before as a name, so a network named like another network's UUID
// would be confused with that other network (HostNetworks.uuidOf resolves names safely).
import { attr, child, childText, parseXmlRoot } from './xml-read';
import { parseNetworkXml, type NetworkXmlSummary } from './network-xml';

export interface VirshCall<T> {
  readonly args: readonly string[];
  parse(stdout: string): T;
}

function call<T>(args: readonly string[], parse: (stdout: string) => T): VirshCall<T> {
  return { args, parse };
}

const ignoreOutput = (): void => undefined;

/** Output lines without the trailing empty ones virsh adds. */
export function outputLines(stdout: string): string[] {
  const lines = stdout.split('\n');
  while (lines.length > 0 && lines[lines.length - 1].trim() === '') lines.pop();
  return lines;
}

// ---- networks -------------------------------------------------------------------------------

/**
 * Which networks `net-list` returns. UUIDs, not names: a name may contain a newline, a UUID
 * cannot, so the one-per-line output is unambiguous.
 */
export type NetworkFilter = 'all' | 'active' | 'persistent' | 'autostart';

const FILTER_ARGS: Record<NetworkFilter, readonly string[]> = {
  all: ['--all'],
  active: [],
  persistent: ['--all', '--persistent'],
  autostart: ['--all', '--autostart'],
};

export function netListUuids(filter: NetworkFilter): VirshCall<string[]> {
  return call(['net-list', ...FILTER_ARGS[filter], '--uuid'], parseUuidLines);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A UUID as virsh prints it (with dashes). */
export function isUuid(text: string): boolean {
  return UUID.test(text);
}

export function parseUuidLines(stdout: string): string[] {
  return outputLines(stdout).map((line) => {
    const uuid = line.trim();
    if (!UUID.test(uuid)) throw new Error(`expected a UUID, got ${JSON.stringify(line)}`);
    return uuid;
  });
}

export interface NetInfo {
  name: string;
  uuid: string;
  active: boolean;
  persistent: boolean;
  autostart: boolean;
  bridge?: string;
}

export function netInfo(network: string): VirshCall<NetInfo> {
  return call(['net-info', '--network', network], parseNetInfo);
}

/** `Key:   value` lines; the name comes first and may itself span lines. */
export function parseNetInfo(stdout: string): NetInfo {
  const text = outputLines(stdout).join('\n');
  const nameMatch = /^Name:\s+/.exec(text);
  const uuidAt = text.lastIndexOf('\nUUID:');
  if (!nameMatch || uuidAt < 0) throw new Error('net-info output has no Name/UUID');
  const fields = new Map<string, string>();
  for (const line of text.slice(uuidAt + 1).split('\n')) {
    const m = /^([A-Za-z ]+):\s*(.*)$/.exec(line);
    if (m) fields.set(m[1], m[2].trim());
  }
  const yes = (key: string): boolean => fields.get(key) === 'yes';
  const bridge = fields.get('Bridge');
  return {
    name: text.slice(nameMatch[0].length, uuidAt),
    uuid: fields.get('UUID') ?? '',
    active: yes('Active'),
    persistent: yes('Persistent'),
    autostart: yes('Autostart'),
    ...(bridge ? { bridge } : {}),
  };
}

/** The XML as libvirt prints it (`inactive`: the persistent config, not the live one). */
export function netDumpXml(network: string, opts: { inactive?: boolean } = {}): VirshCall<string> {
  return call(['net-dumpxml', '--network', network, ...(opts.inactive ? ['--inactive'] : [])], (s) => s.replace(/\n*$/, '\n'));
}

export function netSummary(network: string): VirshCall<NetworkXmlSummary> {
  return call(['net-dumpxml', '--network', network], parseNetworkXml);
}

export function netDefine(file: string): VirshCall<void> {
  return call(['net-define', '--file', file], ignoreOutput);
}

export function netStart(network: string): VirshCall<void> {
  return call(['net-start', '--network', network], ignoreOutput);
}

export function netDestroy(network: string): VirshCall<void> {
  return call(['net-destroy', '--network', network], ignoreOutput);
}

export function netUndefine(network: string): VirshCall<void> {
  return call(['net-undefine', '--network', network], ignoreOutput);
}

export function netAutostart(network: string, enable: boolean): VirshCall<void> {
  return call(['net-autostart', '--network', network, ...(enable ? [] : ['--disable'])], ignoreOutput);
}

// ---- DHCP leases and ports --------------------------------------------------------------------

export interface DhcpLease {
  /** As virsh prints it, local time: `2030-01-01 00:00:00`. */
  expiry: string;
  mac: string;
  family: 'ipv4' | 'ipv6';
  address: string;
  prefix: number;
  hostname?: string;
  clientId?: string;
}

export function netDhcpLeases(network: string): VirshCall<DhcpLease[]> {
  return call(['net-dhcp-leases', '--network', network], parseDhcpLeases);
}

// Columns: Expiry Time (date and time), MAC address, Protocol, IP address/prefix, Hostname,
// Client ID or DUID; `-` where a value is missing. None of them contains spaces.
export function parseDhcpLeases(stdout: string): DhcpLease[] {
  return tableRows(stdout).map((line) => {
    const cols = line.trim().split(/\s+/);
    if (cols.length < 7 || !/^(ipv4|ipv6)$/.test(cols[3])) throw new Error(`unexpected lease line ${JSON.stringify(line)}`);
    const [date, time, mac, family, cidr, hostname, clientId] = cols;
    const slash = cidr.lastIndexOf('/');
    return {
      expiry: `${date} ${time}`,
      mac,
      family: family as 'ipv4' | 'ipv6',
      address: slash < 0 ? cidr : cidr.slice(0, slash),
      prefix: slash < 0 ? (family === 'ipv4' ? 32 : 128) : Number(cidr.slice(slash + 1)),
      ...(hostname !== '-' ? { hostname } : {}),
      ...(clientId !== '-' ? { clientId } : {}),
    };
  });
}

export function netPortList(network: string): VirshCall<string[]> {
  return call(['net-port-list', '--network', network, '--uuid'], parseUuidLines);
}

export interface NetworkPortInfo {
  uuid: string;
  ownerName?: string;
  ownerUuid?: string;
  mac?: string;
  /** `<plug type>`: network, bridge, direct, hostdev-pci. */
  plugType?: string;
  /** The bridge or host device the port is plugged into. */
  plugDev?: string;
}

export function netPortDumpXml(network: string, port: string): VirshCall<NetworkPortInfo> {
  return call(['net-port-dumpxml', '--network', network, '--port', port], parseNetworkPortXml);
}

export function parseNetworkPortXml(xml: string): NetworkPortInfo {
  const port = parseXmlRoot(xml, 'networkport');
  const owner = child(port, 'owner');
  const plug = child(port, 'plug');
  const info: NetworkPortInfo = { uuid: (childText(port, 'uuid') ?? '').trim() };
  const ownerName = childText(owner, 'name');
  const ownerUuid = childText(owner, 'uuid')?.trim();
  const mac = attr(child(port, 'mac'), 'address');
  const plugType = attr(plug, 'type');
  const plugDev = attr(plug, 'bridge') ?? attr(plug, 'dev');
  if (ownerName !== undefined) info.ownerName = ownerName;
  if (ownerUuid !== undefined) info.ownerUuid = ownerUuid;
  if (mac !== undefined) info.mac = mac;
  if (plugType !== undefined) info.plugType = plugType;
  if (plugDev !== undefined) info.plugDev = plugDev;
  return info;
}

// ---- domains ----------------------------------------------------------------------------------

export function listDomainUuids(): VirshCall<string[]> {
  return call(['list', '--all', '--uuid'], parseUuidLines);
}

export function domName(domain: string): VirshCall<string> {
  return call(['domname', '--domain', domain], (s) => outputLines(s).join('\n'));
}

export interface DomainInterface {
  /** Host-side device (`vnet3`), or undefined while the domain is not running. */
  device?: string;
  /** `network`, `bridge`, `direct`, `user`, ... */
  type: string;
  /** Network name, bridge or host device, as virsh prints it (control characters as \xNN). */
  source: string;
  model?: string;
  mac: string;
}

export function domIfList(domain: string): VirshCall<DomainInterface[]> {
  return call(['domiflist', '--domain', domain], parseDomIfList);
}

// Columns: Interface, Type, Source, Model, MAC. Read from both ends, so a source containing
// spaces (a network name) stays whole.
export function parseDomIfList(stdout: string): DomainInterface[] {
  return tableRows(stdout).map((line) => {
    const m = /^\s*(\S+)\s+(\S+)\s+(.*?)\s+(\S+)\s+(\S+)\s*$/.exec(line);
    if (!m) throw new Error(`unexpected domiflist line ${JSON.stringify(line)}`);
    const [, device, type, source, model, mac] = m;
    return {
      ...(device !== '-' ? { device } : {}),
      type,
      source,
      ...(model !== '-' ? { model } : {}),
      mac,
    };
  });
}

// ---- version ----------------------------------------------------------------------------------

export interface VersionInfo {
  /** libvirt library virsh runs with, e.g. `9.0.0`. */
  library?: string;
  /** Driver API, e.g. `QEMU 9.0.0`. */
  api?: string;
  /** e.g. `QEMU 7.2.0`; absent when the driver has no hypervisor. */
  hypervisor?: string;
}

export function version(): VirshCall<VersionInfo> {
  return call(['version'], parseVersion);
}

export function parseVersion(stdout: string): VersionInfo {
  const info: VersionInfo = {};
  for (const line of outputLines(stdout)) {
    const m = /^(Using library|Using API|Running hypervisor):\s*(.*)$/.exec(line.trim());
    if (!m) continue;
    const value = m[2].replace(/^libvirt\s+/, '');
    if (m[1] === 'Using library') info.library = value;
    else if (m[1] === 'Using API') info.api = value;
    else info.hypervisor = value;
  }
  return info;
}

/**
 * Rows of a virsh table. With -q there is no header; without it there is a header line and a
 * line of dashes, both skipped.
 */
export function tableRows(stdout: string): string[] {
  const lines = outputLines(stdout).filter((l) => l.trim() !== '');
  const dashes = lines.findIndex((l) => /^-{3,}\s*$/.test(l.trim()));
  return dashes >= 0 && dashes <= 1 ? lines.slice(dashes + 1) : lines;
}
