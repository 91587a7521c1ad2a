/**
 * Custom LSP methods between the client (network explorer, commands) and the server (which owns
 * the host layer). Types only: imported by both sides; the client bundles no node-only code from here.
 */
import type { ConnectionSnapshot, DhcpLease, GuestInterface, HostErrorInfo, LinkState, NetworkSummary } from './host/types';
import type { HealthCheck } from './host/health';

export type { ConnectionSnapshot, DhcpLease, GuestInterface, HostErrorInfo, LinkState, NetworkSummary, HealthCheck };

/** What the client passes in `initializationOptions`. */
export interface InitializationOptions {
  /** False in an untrusted workspace: then nothing touches the host. */
  trusted: boolean;
  /** Machine-scoped `libvirtNetworks.virshPath` (default `virsh`). */
  virshPath: string;
  /** `libvirtNetworks.connections`. */
  connections: string[];
}

export namespace Methods {
  /** Request: a full refresh of the given connections (all configured ones when omitted). */
  export const snapshot = 'libvirt/snapshot';
  /** Request: leases, attached guests and bridge link state of one network. */
  export const details = 'libvirt/details';
  /** Request: run an action on a network (define, start, stop, autostart, undefine). */
  export const action = 'libvirt/action';
  /** Request: the live XML of a network (`net-dumpxml [--inactive]`). */
  export const dumpXml = 'libvirt/dumpXml';
  /** Request: host health checks for a connection. */
  export const health = 'libvirt/health';
  /** Notification server -> client: libvirt reported a change on a connection (debounce client-side). */
  export const networksChanged = 'libvirt/networksChanged';
  /** Notification client -> server: the explorer became visible/hidden (events are watched only while visible). */
  export const explorerVisible = 'libvirt/explorerVisible';
  /** Notification client -> server: the connections setting changed. */
  export const connectionsChanged = 'libvirt/connectionsChanged';
}

export interface SnapshotParams {
  uris?: string[];
}
export interface SnapshotResult {
  connections: ConnectionSnapshot[];
}

export interface NetworkRef {
  uri: string;
  /** For display and messages; identifies the network only when `uuid` is absent. */
  name: string;
  /**
   * The network's UUID when the caller knows it (the explorer does, from the snapshot). virsh
   * looks `--network X` up as a UUID first, so a network named like another's UUID would be
   * confused with it by name: the server acts on this UUID, or resolves the name from a listing.
   */
  uuid?: string;
}

export interface DetailsResult {
  network: NetworkSummary | undefined;
  leases: DhcpLease[];
  guests: GuestInterface[];
  /** Undefined for remote/test connections or a network without bridge. */
  link: LinkState | undefined;
  /** Per part, what failed (the rest is still shown). */
  errors: { part: 'leases' | 'guests' | 'link'; error: HostErrorInfo }[];
}

export type NetworkAction = 'define' | 'defineAndStart' | 'start' | 'stop' | 'autostartOn' | 'autostartOff' | 'undefine' | 'stopAndUndefine';

export interface ActionParams {
  uri: string;
  action: NetworkAction;
  /** Network name (every action but define). */
  name?: string;
  /** Its UUID when known (see NetworkRef.uuid); otherwise the server resolves `name`. */
  uuid?: string;
  /** The XML to define (define, defineAndStart). */
  xml?: string;
  /**
   * define only: the network an edited definition was opened for. When the XML no longer
   * identifies it (its <name> or <uuid> was changed), nothing is defined and the result is an
   * error of kind `definition-retargeted`, so the client can ask before sending it again without.
   */
  replaces?: { name: string; uuid?: string };
}

export type ActionResult = { ok: true; name: string } | { ok: false; error: HostErrorInfo };

export interface DumpXmlParams extends NetworkRef {
  inactive: boolean;
}
export type DumpXmlResult = { ok: true; xml: string } | { ok: false; error: HostErrorInfo };

export interface HealthParams {
  uri: string;
}
export interface HealthResult {
  uri: string;
  checks: HealthCheck[];
}

export interface NetworksChangedParams {
  uri: string;
  network?: string;
  event?: string;
}

export interface ExplorerVisibleParams {
  visible: boolean;
}

export interface ConnectionsChangedParams {
  connections: string[];
  virshPath: string;
}

/** Code-action command ids the server puts in editor code actions; the client registers them. */
export namespace ClientCommands {
  export const runAction = 'libvirtNetworks.runAction';
}
