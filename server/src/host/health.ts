// Host checks for the classic breakages of libvirt networking. Each returns one HealthCheck; the
// machine is read through HealthDeps (files, executables, links), so tests can point a check at
// this real machine, a sandbox's namespace, or a file they wrote.
import { readFile } from 'node:fs/promises';
import { bridgePorts, readLinks, type LinkInfo } from './link-state';
import { findExecutable, runTool, type ToolResult } from './tools';
import type { ConnectionSnapshot, NetworkSummary } from './types';
import { isLocalHostUri } from './uri';
import type { Logger } from './virsh';

export interface HealthCheck {
  /** Stable id, e.g. `ip-forward`; per-network checks append `:NAME`. */
  id: string;
  ok: boolean;
  message: string;
  hint?: string;
}

export interface HealthDeps {
  readText(path: string): Promise<string>;
  findExecutable(name: string): Promise<string | undefined>;
  runTool(path: string, args: readonly string[]): Promise<ToolResult>;
  readLinks(): Promise<LinkInfo[]>;
}

/** The real machine. */
export function machineHealthDeps(logger: Logger): HealthDeps {
  return {
    readText: (path) => readFile(path, 'utf8'),
    findExecutable: (name) => findExecutable(name),
    runTool: (path, args) => runTool(path, args, logger),
    readLinks: () => readLinks(logger),
  };
}

/**
 * Every check that applies to the connection of `snapshot`: all of them for a connection to
 * this machine, only the `default` network check for remote or test connections.
 */
export async function checkHostHealth(snapshot: ConnectionSnapshot, deps: HealthDeps, local = isLocalHostUri(snapshot.uri)): Promise<HealthCheck[]> {
  const checks = [checkDefaultNetwork(snapshot)];
  if (!local) return checks;
  const networks = snapshot.ok ? snapshot.networks : [];
  checks.push(await checkFirewallBackend(deps), await checkDnsmasq(deps), ...(await checkForwarding(deps, networks)));
  let links: LinkInfo[] | undefined;
  try {
    links = await deps.readLinks();
  } catch (e) {
    checks.push({ id: 'bridge-state', ok: false, message: `Cannot read the link states: ${e instanceof Error ? e.message : String(e)}` });
  }
  if (links) checks.push(...checkBridges(networks, links));
  return checks;
}

async function probe(deps: HealthDeps, name: string, args: readonly string[]): Promise<{ path?: string; version?: string; failure?: string }> {
  const path = await deps.findExecutable(name);
  if (!path) return {};
  const result = await deps.runTool(path, args);
  if (!result.ok) return { path, failure: (result.stderr.trim() || result.failure) ?? 'failed' };
  return { path, version: (result.stdout.trim() || result.stderr.trim()).split('\n')[0] };
}

export async function checkFirewallBackend(deps: HealthDeps): Promise<HealthCheck> {
  const iptables = await probe(deps, 'iptables', ['--version']);
  const nft = await probe(deps, 'nft', ['--version']);
  const usable = [iptables.version, nft.version].filter((v): v is string => v !== undefined);
  if (usable.length > 0) return { id: 'firewall-backend', ok: true, message: `Firewall backend available: ${usable.join(', ')}` };
  const broken = [iptables, nft].filter((p) => p.path && p.failure).map((p) => `${p.path}: ${p.failure}`);
  return {
    id: 'firewall-backend',
    ok: false,
    message: broken.length > 0 ? `No usable firewall backend (${broken.join('; ')})` : 'No firewall backend: neither iptables nor nft is installed',
    hint: 'libvirt writes NAT and DHCP/DNS rules with it: install `iptables` (libvirt before 10.4 needs it) or `nftables`.',
  };
}

export async function checkDnsmasq(deps: HealthDeps): Promise<HealthCheck> {
  const dnsmasq = await probe(deps, 'dnsmasq', ['--version']);
  if (dnsmasq.version) return { id: 'dnsmasq', ok: true, message: `${dnsmasq.version} (${dnsmasq.path})` };
  return {
    id: 'dnsmasq',
    ok: false,
    message: dnsmasq.path ? `dnsmasq does not run: ${dnsmasq.failure}` : 'dnsmasq is not installed: libvirt cannot start NAT, routed or isolated networks (it runs dnsmasq for their DHCP and DNS)',
    hint: 'Install `dnsmasq-base` (Debian/Ubuntu) or `dnsmasq` (Fedora, Arch).',
  };
}

// Modes for which libvirt turns on IP forwarding when the network starts.
const FORWARDING_MODES = new Set(['nat', 'route', 'open']);

/** IPv4 forwarding, and IPv6 forwarding when an active forwarding network has IPv6 addresses. */
export async function checkForwarding(deps: HealthDeps, networks: readonly NetworkSummary[]): Promise<HealthCheck[]> {
  const forwarding = networks.filter((n) => n.active && FORWARDING_MODES.has(n.forwardMode));
  const checks = [await forwardingCheck(deps, 'ipv4', '/proc/sys/net/ipv4/ip_forward', 'net.ipv4.ip_forward', forwarding)];
  const v6 = forwarding.filter((n) => n.ips.some((ip) => ip.family === 'ipv6'));
  if (v6.length > 0) checks.push(await forwardingCheck(deps, 'ipv6', '/proc/sys/net/ipv6/conf/all/forwarding', 'net.ipv6.conf.all.forwarding', v6));
  return checks;
}

async function forwardingCheck(deps: HealthDeps, family: 'ipv4' | 'ipv6', path: string, sysctl: string, forwarding: readonly NetworkSummary[]): Promise<HealthCheck> {
  const id = family === 'ipv4' ? 'ip-forward' : 'ipv6-forward';
  const label = family === 'ipv4' ? 'IPv4' : 'IPv6';
  let value: string;
  try {
    value = (await deps.readText(path)).trim();
  } catch (e) {
    return { id, ok: false, message: `Cannot read ${path}: ${e instanceof Error ? e.message : String(e)}` };
  }
  if (value === '1') return { id, ok: true, message: `${label} forwarding is on (${sysctl} = 1)` };
  if (forwarding.length === 0) {
    return { id, ok: true, message: `${label} forwarding is off (${sysctl} = ${value}); fine while no NAT or routed network is active: libvirt turns it on when one starts` };
  }
  return {
    id,
    ok: false,
    message: `${label} forwarding is off (${sysctl} = ${value}) while ${names(forwarding)} ${forwarding.length === 1 ? 'is' : 'are'} active: their guests cannot reach beyond this host`,
    hint: `libvirt turned it on when the network started, so something reset it since (a sysctl.d file, a firewall or container tool). Re-enable it with \`sudo sysctl -w ${sysctl}=1\` and find what turns it off.`,
  };
}

/** One check per active network that has a bridge on this machine. */
export function checkBridges(networks: readonly NetworkSummary[], links: readonly LinkInfo[]): HealthCheck[] {
  return networks
    .filter((n): n is NetworkSummary & { bridge: string } => n.active && n.bridge !== undefined)
    .map((n) => {
      const id = `bridge-state:${n.name}`;
      const link = links.find((l) => l.name === n.bridge);
      const ports = bridgePorts(links, n.bridge);
      if (!link) {
        return {
          id,
          ok: false,
          message: `Bridge ${n.bridge} of active network ${n.name} does not exist`,
          hint: `It was deleted behind libvirt's back: restart the network (\`virsh net-destroy ${n.name}\`, then \`virsh net-start ${n.name}\`).`,
        };
      }
      if (link.state === 'DOWN') {
        return {
          id,
          ok: false,
          message: `Bridge ${n.bridge} of network ${n.name} is administratively down`,
          hint: `libvirt brings it up when the network starts: \`sudo ip link set ${n.bridge} up\`, or restart the network.`,
        };
      }
      if (link.state === 'UP') return { id, ok: true, message: `Bridge ${n.bridge} of network ${n.name} is UP with ${plural(ports.length, 'attached interface')}` };
      if (ports.length === 0) {
        return {
          id,
          ok: true,
          message: `Bridge ${n.bridge} of network ${n.name} shows NO-CARRIER (state DOWN) because no guest interface is attached: this is normal and clears when a guest on ${n.name} starts`,
        };
      }
      return {
        id,
        ok: false,
        message: `Bridge ${n.bridge} of network ${n.name} has ${plural(ports.length, 'attached interface')} (${ports.map((p) => p.name).join(', ')}) but no carrier`,
        hint: 'Right after a guest starts this lasts a few seconds (STP forward delay); otherwise check the guests\' links (`virsh domif-getlink`) and that they are running.',
      };
    });
}

export function checkDefaultNetwork(snapshot: ConnectionSnapshot): HealthCheck {
  const id = 'default-network';
  if (!snapshot.ok) return { id, ok: false, message: `Cannot list the networks of ${snapshot.uri}: ${snapshot.error.message}`, ...(snapshot.error.hint ? { hint: snapshot.error.hint } : {}) };
  const net = snapshot.networks.find((n) => n.name === 'default');
  if (!net) {
    return {
      id,
      ok: false,
      message: `The \`default\` network is not defined on ${snapshot.uri}`,
      hint: 'Define it from the copy libvirt ships: `virsh net-define /usr/share/libvirt/networks/default.xml`, then `virsh net-start default` and `virsh net-autostart default`.',
    };
  }
  if (!net.active) {
    return {
      id,
      ok: false,
      message: `The \`default\` network is defined but not active${net.autostart ? '' : ', and not started at boot'}`,
      hint: net.autostart ? 'Start it: `virsh net-start default`.' : 'Start it with `virsh net-start default`; `virsh net-autostart default` starts it at boot.',
    };
  }
  return { id, ok: true, message: net.autostart ? 'The `default` network is active and starts at boot' : 'The `default` network is active (autostart is off: it will not start at boot)' };
}

function names(networks: readonly NetworkSummary[]): string {
  return networks.map((n) => n.name).join(', ');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
