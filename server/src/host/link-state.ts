// Bridge (and other link) state from `ip -j link`: the kernel's view, which libvirt does not
// report. A fresh libvirt bridge with no guest attached is `NO-CARRIER ... state DOWN`.
import type { LinkState } from './types';
import { findExecutable, runTool } from './tools';
import type { Logger } from './virsh';

export interface LinkInfo {
  name: string;
  state: LinkState;
  /** The kernel's operstate: UP, DOWN, UNKNOWN, LOWERLAYERDOWN... */
  operstate: string;
  flags: string[];
  /** The bridge this link is enslaved to (a guest's vnetN has its network's bridge here). */
  master?: string;
}

/** UP unless administratively down (no UP flag) or up without carrier (NO-CARRIER flag). */
export function linkStateOf(flags: readonly string[]): LinkState {
  if (!flags.includes('UP')) return 'DOWN';
  if (flags.includes('NO-CARRIER')) return 'NO-CARRIER';
  return 'UP';
}

export function parseIpLinkJson(stdout: string): LinkInfo[] {
  const data: unknown = JSON.parse(stdout);
  if (!Array.isArray(data)) throw new Error('ip -j link did not print a JSON array');
  return data.flatMap((entry: unknown): LinkInfo[] => {
    if (typeof entry !== 'object' || entry === null) return [];
    const e = entry as Record<string, unknown>;
    if (typeof e.ifname !== 'string') return [];
    const flags = Array.isArray(e.flags) ? e.flags.filter((f): f is string => typeof f === 'string') : [];
    return [{
      name: e.ifname,
      state: linkStateOf(flags),
      operstate: typeof e.operstate === 'string' ? e.operstate : 'UNKNOWN',
      flags,
      ...(typeof e.master === 'string' ? { master: e.master } : {}),
    }];
  });
}

/** Every link of this machine's network namespace. Rejects when `ip` is missing or fails. */
export async function readLinks(logger: Logger, opts: { signal?: AbortSignal } = {}): Promise<LinkInfo[]> {
  const ip = await findExecutable('ip');
  if (!ip) throw new Error('`ip` was not found: install iproute2');
  const result = await runTool(ip, ['-j', 'link', 'show'], logger, opts);
  if (!result.ok) throw new Error(`ip -j link show failed: ${result.stderr.trim() || result.failure}`);
  return parseIpLinkJson(result.stdout);
}

/** Interfaces enslaved to `bridge` (guest taps such as vnet0). */
export function bridgePorts(links: readonly LinkInfo[], bridge: string): LinkInfo[] {
  return links.filter((l) => l.master === bridge);
}
