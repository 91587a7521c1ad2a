// The client's view of server/src/protocol.ts. Only TYPES cross from the server's sources: the
// method names are repeated here as literals whose types are checked against the server's
// constants, so a renamed method fails `tsc` instead of failing at run time.
import type * as P from '../../server/src/protocol';

export type {
  ActionParams,
  ActionResult,
  ConnectionSnapshot,
  ConnectionsChangedParams,
  DetailsResult,
  DhcpLease,
  DumpXmlParams,
  DumpXmlResult,
  ExplorerVisibleParams,
  GuestInterface,
  HealthCheck,
  HealthParams,
  HealthResult,
  HostErrorInfo,
  InitializationOptions,
  LinkState,
  NetworkAction,
  NetworkRef,
  NetworkSummary,
  NetworksChangedParams,
  SnapshotParams,
  SnapshotResult,
} from '../../server/src/protocol';

export type HostErrorKind = P.HostErrorInfo['kind'];

/** Requests: method name -> [params, result]. */
export interface Requests {
  'libvirt/snapshot': [P.SnapshotParams, P.SnapshotResult];
  'libvirt/details': [P.NetworkRef, P.DetailsResult];
  'libvirt/action': [P.ActionParams, P.ActionResult];
  'libvirt/dumpXml': [P.DumpXmlParams, P.DumpXmlResult];
  'libvirt/health': [P.HealthParams, P.HealthResult];
}

/** Notifications client -> server: method name -> params. */
export interface ClientNotifications {
  'libvirt/explorerVisible': P.ExplorerVisibleParams;
  'libvirt/connectionsChanged': P.ConnectionsChangedParams;
}

export const Methods = {
  snapshot: 'libvirt/snapshot',
  details: 'libvirt/details',
  action: 'libvirt/action',
  dumpXml: 'libvirt/dumpXml',
  health: 'libvirt/health',
  networksChanged: 'libvirt/networksChanged',
  explorerVisible: 'libvirt/explorerVisible',
  connectionsChanged: 'libvirt/connectionsChanged',
} as const satisfies { [K in keyof typeof P.Methods]: (typeof P.Methods)[K] };

// Every server method is known here, and every request/notification map key is a server method.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const methodsAreTheServers: Exact<(typeof Methods)[keyof typeof Methods], (typeof P.Methods)[keyof typeof P.Methods]> = true;
const requestsAreMethods: keyof Requests extends (typeof Methods)[keyof typeof Methods] ? true : false = true;
void methodsAreTheServers;
void requestsAreMethods;

/** The code-action command the server puts into editor code actions. */
export const RUN_ACTION_COMMAND: typeof P.ClientCommands.runAction = 'libvirtNetworks.runAction';

/** Actions that remove or interrupt something: confirmed before they run. */
export const DESTRUCTIVE_ACTIONS: ReadonlySet<P.NetworkAction> = new Set<P.NetworkAction>(['stop', 'undefine', 'stopAndUndefine']);
