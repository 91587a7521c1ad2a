// The networks of each libvirt connection, and the actions on them. One warm VirshSession per
// connection URI carries every call, so a refresh costs a few round trips, not process starts,
// and test:///default keeps its state between calls.
import * as calls from './calls';
import type { DhcpLease } from './calls';
import { networkNotFoundError, VirshError, type HostErrorInfo } from './errors';
import { readLinks } from './link-state';
import { parseNetworkXml, splitNetworkXmlDocuments } from './network-xml';
import { withPrivateFile } from './private-file';
import type { ConnectionSnapshot, GuestInterface, LinkState, NetworkSummary } from './types';
import { isLocalHostUri } from './uri';
import { VirshSession } from './virsh-session';
import type { CallOptions, Logger } from './virsh';

export interface HostNetworksOptions {
  /** The virsh binary (machine-scoped setting), e.g. `virsh` or `/usr/bin/virsh`. */
  virshPath: string;
  logger: Logger;
  /** Per virsh command; default 30 s. */
  timeoutMs?: number;
}

export class HostNetworks {
  private readonly sessions = new Map<string, VirshSession>();

  constructor(private readonly options: HostNetworksOptions) {}

  /** Every network of `uri` with its state; never rejects: failures come back as `ok: false`. */
  async snapshot(uri: string, opts: CallOptions = {}): Promise<ConnectionSnapshot> {
    try {
      return { uri, ok: true, networks: await this.readNetworks(uri, opts, true) };
    } catch (e) {
      return { uri, ok: false, error: toErrorInfo(e) };
    }
  }

  private async readNetworks(uri: string, opts: CallOptions, retryOnRace: boolean): Promise<NetworkSummary[]> {
    const session = this.session(uri);
    // UUIDs, not names: unambiguous one per line whatever the names contain.
    const all = await session.call(calls.netListUuids('all'), opts);
    if (all.length === 0) return [];
    const active = new Set(await session.call(calls.netListUuids('active'), opts));
    const persistent = new Set(await session.call(calls.netListUuids('persistent'), opts));
    const autostart = new Set(await session.call(calls.netListUuids('autostart'), opts));
    let xml: string;
    try {
      xml = (await session.runAll(all.map((uuid) => calls.netSummary(uuid).args), opts)).stdout;
    } catch (e) {
      // Undefined by someone else between the list and the dump: list again, once.
      if (retryOnRace && e instanceof VirshError && e.kind === 'network-not-found') return this.readNetworks(uri, opts, false);
      throw e;
    }
    const networks = splitNetworkXmlDocuments(xml).map((doc): NetworkSummary => {
      const s = parseNetworkXml(doc);
      return {
        name: s.name,
        uuid: s.uuid,
        active: active.has(s.uuid),
        autostart: autostart.has(s.uuid),
        persistent: persistent.has(s.uuid),
        ...(s.bridge !== undefined ? { bridge: s.bridge } : {}),
        forwardMode: s.forwardMode,
        ...(s.forwardDev !== undefined ? { forwardDev: s.forwardDev } : {}),
        ips: s.ips,
      };
    });
    return networks.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  /**
   * The UUID to pass virsh for a network. virsh looks `--network X` up as a UUID first, so a
   * name is never passed: it is resolved from a fresh listing (UUIDs, then each one's XML). A
   * given UUID is checked to exist, else virsh would retry it as a name.
   */
  async uuidOf(uri: string, name: string, uuid: string | undefined, opts: CallOptions = {}): Promise<string> {
    if (uuid !== undefined) {
      const all = await this.session(uri).call(calls.netListUuids('all'), opts);
      const wanted = uuid.toLowerCase();
      const found = all.find((u) => u.toLowerCase() === wanted);
      if (found === undefined) throw networkNotFoundError('uuid', uuid);
      return found;
    }
    return (await this.byName(uri, name, opts)).uuid;
  }

  /** The network named exactly `name`, from a fresh listing. */
  async byName(uri: string, name: string, opts: CallOptions = {}): Promise<NetworkSummary> {
    const found = (await this.readNetworks(uri, opts, true)).find((n) => n.name === name);
    if (!found) throw networkNotFoundError('name', name);
    return found;
  }

  /** Defines (or redefines) a network from XML text; libvirt validates it. */
  async define(uri: string, xml: string, opts: CallOptions = {}): Promise<void> {
    await withPrivateFile(xml, 'network.xml', (file) => this.session(uri).call(calls.netDefine(file), opts));
  }

  // `network` in the calls below: a UUID from uuidOf or a snapshot (see uuidOf for why).
  async start(uri: string, network: string, opts: CallOptions = {}): Promise<void> {
    await this.session(uri).call(calls.netStart(network), opts);
  }

  /** `net-destroy`: stops the network (a transient one disappears). */
  async stop(uri: string, network: string, opts: CallOptions = {}): Promise<void> {
    await this.session(uri).call(calls.netDestroy(network), opts);
  }

  async setAutostart(uri: string, network: string, enabled: boolean, opts: CallOptions = {}): Promise<void> {
    await this.session(uri).call(calls.netAutostart(network, enabled), opts);
  }

  async undefine(uri: string, network: string, opts: CallOptions = {}): Promise<void> {
    await this.session(uri).call(calls.netUndefine(network), opts);
  }

  /** The XML libvirt holds: the live definition, or with `inactive` the persistent one. */
  dumpXml(uri: string, network: string, options: { inactive?: boolean } = {}, opts: CallOptions = {}): Promise<string> {
    return this.session(uri).call(calls.netDumpXml(network, options), opts);
  }

  leases(uri: string, network: string, opts: CallOptions = {}): Promise<DhcpLease[]> {
    return this.session(uri).call(calls.netDhcpLeases(network), opts);
  }

  /**
   * Guest interfaces on this network: by `<interface type='network'>` naming it, or
   * `type='bridge'` on its bridge. Read with domiflist, so shut-off guests are included (no
   * device); net-port-list would show running ones only.
   */
  async guests(uri: string, name: string, opts: CallOptions = {}): Promise<GuestInterface[]> {
    const session = this.session(uri);
    const { bridge } = await this.byName(uri, name, opts);
    const wanted = escapeLikeVirshTable(name);
    const found: GuestInterface[] = [];
    for (const domainUuid of await session.call(calls.listDomainUuids(), opts)) {
      const domain = await session.call(calls.domName(domainUuid), opts);
      for (const iface of await session.call(calls.domIfList(domainUuid), opts)) {
        const onNetwork = iface.type === 'network' && iface.source === wanted;
        const onBridge = iface.type === 'bridge' && bridge !== undefined && iface.source === bridge;
        if (!onNetwork && !onBridge) continue;
        found.push({
          domain,
          domainUuid,
          ...(iface.device !== undefined ? { device: iface.device } : {}),
          mac: iface.mac,
          ...(iface.model !== undefined ? { model: iface.model } : {}),
          type: iface.type,
        });
      }
    }
    return found;
  }

  /** State of a bridge on this machine; undefined for remote/test connections or a missing link. */
  async linkState(uri: string, bridge: string, opts: { signal?: AbortSignal } = {}): Promise<LinkState | undefined> {
    if (!isLocalHostUri(uri)) return undefined;
    const links = await readLinks(this.options.logger, opts);
    return links.find((l) => l.name === bridge)?.state;
  }

  version(uri: string, opts: CallOptions = {}): Promise<calls.VersionInfo> {
    return this.session(uri).call(calls.version(), opts);
  }

  /** Ends the session of one connection (the next call starts a fresh one). */
  close(uri: string): void {
    this.sessions.get(uri)?.dispose();
    this.sessions.delete(uri);
  }

  dispose(): void {
    for (const session of this.sessions.values()) session.dispose();
    this.sessions.clear();
  }

  private session(uri: string): VirshSession {
    let session = this.sessions.get(uri);
    if (!session) {
      session = new VirshSession({ virshPath: this.options.virshPath, uri, logger: this.options.logger }, { timeoutMs: this.options.timeoutMs });
      this.sessions.set(uri, session);
    }
    return session;
  }
}

export function toErrorInfo(e: unknown): HostErrorInfo {
  if (e instanceof VirshError) return e.toInfo();
  return { kind: 'other', message: e instanceof Error ? e.message : String(e) };
}

/** virsh tables print control characters as \xNN; compare names in that form. */
export function escapeLikeVirshTable(text: string): string {
  return text.replace(/[\x00-\x1f\x7f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
