// The explorer's settings, read into usable values. No runtime import of `vscode`: unit-tested under node.
import type * as vscode from 'vscode';

export const SECTION = 'libvirtNetworks';

export interface ExplorerConfig {
  /** libvirt connection URIs, in the order the explorer shows them (duplicates and blanks dropped). */
  connections: string[];
  virshPath: string;
  refreshDebounceMs: number;
}

export const DEFAULT_CONNECTIONS: readonly string[] = ['qemu:///system'];
export const DEFAULT_DEBOUNCE_MS = 400;

export function readConfig(c: Pick<vscode.WorkspaceConfiguration, 'get'>): ExplorerConfig {
  return normalizeConfig({
    connections: c.get<unknown>('connections'),
    virshPath: c.get<unknown>('virshPath'),
    refreshDebounceMs: c.get<unknown>('refreshDebounceMs'),
  });
}

/** Settings as the user typed them (any JSON) -> usable values. */
export function normalizeConfig(raw: { connections: unknown; virshPath: unknown; refreshDebounceMs: unknown }): ExplorerConfig {
  const connections: string[] = [];
  if (Array.isArray(raw.connections)) {
    for (const c of raw.connections) {
      if (typeof c !== 'string') continue;
      const uri = c.trim();
      if (uri !== '' && !connections.includes(uri)) connections.push(uri);
    }
  } else if (raw.connections === undefined) {
    connections.push(...DEFAULT_CONNECTIONS);
  }
  const virshPath = typeof raw.virshPath === 'string' && raw.virshPath.trim() !== '' ? raw.virshPath.trim() : 'virsh';
  const ms = typeof raw.refreshDebounceMs === 'number' && Number.isFinite(raw.refreshDebounceMs) ? raw.refreshDebounceMs : DEFAULT_DEBOUNCE_MS;
  return { connections, virshPath, refreshDebounceMs: Math.min(Math.max(0, Math.round(ms)), 60_000) };
}

export function affectsHost(e: vscode.ConfigurationChangeEvent): boolean {
  return e.affectsConfiguration(`${SECTION}.connections`) || e.affectsConfiguration(`${SECTION}.virshPath`);
}
