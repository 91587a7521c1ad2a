// The server's side of the libvirt connections: settings (trust, virsh path, connections), one
// HostNetworks for all virsh calls, the last snapshot of each connection, event watchers while the
// explorer is visible, and the host facts the language service's host rules read. The LSP
// handlers (host.ts, host-code-actions.ts) are thin adapters over this.
import { NetworkEventWatcher } from '../host/events';
import { hostFactsFrom, readMachineNetworking } from '../host/facts';
import { HostNetworks } from '../host/networks';
import type { ConnectionSnapshot } from '../host/types';
import { isLocalHostUri } from '../host/uri';
import type { CallOptions } from '../host/virsh';
import { NO_HOST_FACTS, type HostFacts } from '../service/host-facts';
import type { InitializationOptions, NetworksChangedParams } from '../protocol';

export const UNTRUSTED_MESSAGE =
  'libvirt connections are disabled in an untrusted workspace: nothing runs on this host. Trust the workspace to use them.';

/** Thrown by every host operation while the workspace is untrusted. */
export class UntrustedError extends Error {
  constructor() {
    super(UNTRUSTED_MESSAGE);
  }
}

export interface HostConnectionsOptions {
  log(line: string): void;
  /** libvirt reported a change (forwarded to the client as `libvirt/networksChanged`). */
  onNetworksChanged(params: NetworksChangedParams): void;
  /** The host facts changed: diagnostics should be recomputed. */
  onFactsChanged(): void;
}

/** Settings as they arrive from the client; anything missing or malformed means "off". */
export function readInitializationOptions(raw: unknown): InitializationOptions {
  const o = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<Record<keyof InitializationOptions, unknown>>;
  return {
    trusted: o.trusted === true,
    virshPath: typeof o.virshPath === 'string' && o.virshPath.trim() !== '' ? o.virshPath : 'virsh',
    connections: Array.isArray(o.connections) ? o.connections.filter((c): c is string => typeof c === 'string' && c !== '') : [],
  };
}

// libvirt events come in bursts (define + start); one refresh for the burst.
const EVENT_REFRESH_DELAY_MS = 200;

export class HostConnections {
  private settings: InitializationOptions = { trusted: false, virshPath: 'virsh', connections: [] };
  private host: HostNetworks | undefined;
  private readonly snapshots = new Map<string, ConnectionSnapshot>();
  private readonly inactiveXml = new Map<string, Promise<string | undefined>>();
  private readonly watchers = new Map<string, NetworkEventWatcher>();
  private readonly watcherDown = new Set<string>();
  private readonly refreshTimers = new Map<string, NodeJS.Timeout>();
  private explorerVisible = false;
  private facts: HostFacts = NO_HOST_FACTS;
  private factsKey = JSON.stringify(NO_HOST_FACTS);
  private factsUpdate: Promise<void> = Promise.resolve();
  private disposed = false;

  constructor(private readonly options: HostConnectionsOptions) {}

  get trusted(): boolean {
    return this.settings.trusted;
  }

  get connections(): readonly string[] {
    return this.settings.connections;
  }

  /** The connection whose networks the host rules check against: the first configured one. */
  get primaryUri(): string | undefined {
    return this.settings.connections[0];
  }

  /** The HostNetworks every call goes through; throws UntrustedError when untrusted. */
  networks(): HostNetworks {
    if (!this.settings.trusted || this.disposed) throw new UntrustedError();
    this.host ??= new HostNetworks({ virshPath: this.settings.virshPath, logger: this.options.log });
    return this.host;
  }

  /** Initial settings; the trust flag is fixed for the life of the server. */
  initialize(options: InitializationOptions): void {
    this.settings = { ...options };
  }

  /** `libvirt/connectionsChanged`: a new list of connections and/or virsh path. */
  async updateConnections(connections: readonly string[], virshPath: string): Promise<void> {
    const before = this.settings;
    this.settings = { ...before, connections: [...connections], virshPath: virshPath.trim() === '' ? 'virsh' : virshPath };
    if (before.virshPath !== this.settings.virshPath) {
      this.host?.dispose();
      this.host = undefined;
      this.stopWatchers();
      this.snapshots.clear();
      this.inactiveXml.clear();
    }
    for (const uri of before.connections) {
      if (connections.includes(uri)) continue;
      this.host?.close(uri);
      this.snapshots.delete(uri);
      this.forgetInactiveXml(uri);
      this.watchers.get(uri)?.dispose();
      this.watchers.delete(uri);
    }
    this.syncWatchers();
    if (this.trusted) await this.refreshAll();
    else await this.updateFacts();
  }

  /** `libvirt/explorerVisible`: libvirt events are watched only while someone looks. */
  setExplorerVisible(visible: boolean): void {
    this.explorerVisible = visible;
    this.syncWatchers();
  }

  /** A fresh snapshot of `uri`, kept for code actions and host facts. Never rejects (but when untrusted). */
  async snapshot(uri: string, opts: CallOptions = {}): Promise<ConnectionSnapshot> {
    const networks = this.networks();
    clearTimeout(this.refreshTimers.get(uri));
    this.refreshTimers.delete(uri);
    const snapshot = await networks.snapshot(uri, opts);
    if (this.disposed) return snapshot;
    this.snapshots.set(uri, snapshot);
    this.forgetInactiveXml(uri);
    if (uri === this.primaryUri) await this.updateFacts();
    return snapshot;
  }

  /** The last snapshot of `uri`, without running anything. */
  cachedSnapshot(uri: string): ConnectionSnapshot | undefined {
    return this.snapshots.get(uri);
  }

  /** Refreshes every configured connection (at start and when they change). */
  async refreshAll(): Promise<void> {
    if (!this.trusted) return;
    await Promise.all(this.settings.connections.map((uri) => this.snapshot(uri)));
    if (this.primaryUri === undefined) await this.updateFacts();
  }

  /**
   * The persistent definition of a network, read once per snapshot of its connection (so editor
   * code actions never run virsh per keystroke). Undefined when it cannot be read.
   */
  persistentXml(uri: string, uuid: string): Promise<string | undefined> {
    const key = `${uri}\u0000${uuid}`;
    let xml = this.inactiveXml.get(key);
    if (!xml) {
      xml = readPersistentXml(this.networks(), uri, uuid).catch(() => undefined);
      this.inactiveXml.set(key, xml);
    }
    return xml;
  }

  /** A line in the server's log (the client's output channel). */
  log(line: string): void {
    this.options.log(line);
  }

  /** What the host rules see; empty when untrusted. */
  hostFacts(): HostFacts {
    return this.facts;
  }

  /** Settles after pending host-fact updates (tests and benchmarks wait on it). */
  whenFactsSettled(): Promise<void> {
    return this.factsUpdate;
  }

  dispose(): void {
    this.disposed = true;
    this.stopWatchers();
    for (const timer of this.refreshTimers.values()) clearTimeout(timer);
    this.refreshTimers.clear();
    this.host?.dispose();
    this.host = undefined;
  }

  private forgetInactiveXml(uri: string): void {
    for (const key of this.inactiveXml.keys()) if (key.startsWith(`${uri}\u0000`)) this.inactiveXml.delete(key);
  }

  /** Recomputes the host facts from the primary connection's snapshot and this machine. */
  private updateFacts(): Promise<void> {
    this.factsUpdate = this.factsUpdate.then(async () => {
      const uri = this.primaryUri;
      let facts: HostFacts = NO_HOST_FACTS;
      if (this.trusted && uri !== undefined) {
        const machine = isLocalHostUri(uri) ? await readMachineNetworking() : undefined;
        facts = hostFactsFrom(this.snapshots.get(uri) ?? { uri, ok: false, error: { kind: 'other', message: 'not read yet' } }, machine);
      }
      const key = JSON.stringify(facts);
      if (key === this.factsKey || this.disposed) return;
      this.facts = facts;
      this.factsKey = key;
      this.options.onFactsChanged();
    });
    return this.factsUpdate;
  }

  private syncWatchers(): void {
    if (!this.explorerVisible || !this.trusted || this.disposed) {
      this.stopWatchers();
      return;
    }
    for (const [uri, watcher] of this.watchers) {
      if (this.settings.connections.includes(uri)) continue;
      watcher.dispose();
      this.watchers.delete(uri);
    }
    for (const uri of this.settings.connections) {
      if (this.watchers.has(uri)) continue;
      const watcher = new NetworkEventWatcher({
        target: { virshPath: this.settings.virshPath, uri, logger: this.options.log },
        onEvent: (event) => {
          this.watcherDown.delete(uri);
          this.options.onNetworksChanged({ uri, network: event.network, event: event.event });
          this.scheduleRefresh(uri);
        },
        onError: () => {
          // Events may have been missed: tell the client once per outage so it refreshes.
          if (this.watcherDown.has(uri)) return;
          this.watcherDown.add(uri);
          this.options.onNetworksChanged({ uri });
        },
      });
      this.watchers.set(uri, watcher);
      watcher.start();
    }
  }

  private stopWatchers(): void {
    for (const watcher of this.watchers.values()) watcher.dispose();
    this.watchers.clear();
    this.watcherDown.clear();
  }

  private scheduleRefresh(uri: string): void {
    clearTimeout(this.refreshTimers.get(uri));
    this.refreshTimers.set(
      uri,
      setTimeout(() => {
        this.refreshTimers.delete(uri);
        if (this.trusted && !this.disposed) this.snapshot(uri).catch((e: unknown) => this.options.log(`refresh of ${uri} failed: ${String(e)}`));
      }, EVENT_REFRESH_DELAY_MS),
    );
  }
}

/**
 * `net-dumpxml --inactive`; the test driver does not support the flag ("unsupported flags"),
 * and has no runtime state either, so there the plain dump is the persistent definition.
 */
export async function readPersistentXml(host: HostNetworks, uri: string, uuid: string, opts: CallOptions = {}): Promise<string> {
  try {
    return await host.dumpXml(uri, uuid, { inactive: true }, opts);
  } catch (e) {
    if (e instanceof Error && /unsupported flags/.test(e.message)) return host.dumpXml(uri, uuid, {}, opts);
    throw e;
  }
}
