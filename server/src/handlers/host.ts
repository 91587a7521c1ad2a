// Thin LSP adapters for the custom `libvirt/...` methods (protocol.ts) over HostConnections.
// Every request refuses with a ResponseError while the workspace is untrusted, before anything
// is spawned; libvirt's own failures are data in the results ({ ok: false, error }).
import { LSPErrorCodes, ResponseError, type CancellationToken, type Connection } from 'vscode-languageserver/node';
import { checkHostHealth, machineHealthDeps } from '../host/health';
import { toErrorInfo } from '../host/networks';
import type { CallOptions } from '../host/virsh';
import {
  Methods,
  type ActionParams,
  type ActionResult,
  type ConnectionsChangedParams,
  type DetailsResult,
  type DumpXmlParams,
  type DumpXmlResult,
  type ExplorerVisibleParams,
  type HealthParams,
  type HealthResult,
  type NetworkRef,
  type SnapshotParams,
  type SnapshotResult,
} from '../protocol';
import { runNetworkAction } from './host-actions';
import { readPersistentXml, UNTRUSTED_MESSAGE, UntrustedError, type HostConnections } from './host-connections';
import { wrapHandler } from './wrap';

export function registerHostHandlers(connection: Connection, hosts: HostConnections): void {
  /** wrapHandler plus the trust gate: untrusted => a clear RequestFailed error, nothing run. */
  const hostRequest = <P, R>(method: string, handler: (params: P, opts: CallOptions) => Promise<R>) =>
    wrapHandler(connection, method, async (params: P, token: CancellationToken): Promise<R | ResponseError<{ kind: 'untrusted' }>> => {
      if (!hosts.trusted) return untrusted();
      try {
        return await handler(params, { signal: abortSignalOf(token) });
      } catch (e) {
        if (e instanceof UntrustedError) return untrusted();
        throw e;
      }
    });

  connection.onRequest(
    Methods.snapshot,
    hostRequest<SnapshotParams | undefined, SnapshotResult>(Methods.snapshot, async (params, opts) => {
      const uris = params?.uris ?? hosts.connections;
      return { connections: await Promise.all(uris.map((uri) => hosts.snapshot(uri, opts))) };
    }),
  );

  connection.onRequest(
    Methods.details,
    hostRequest<NetworkRef, DetailsResult>(Methods.details, async ({ uri, name, uuid }, opts) => {
      const host = hosts.networks();
      const snapshot = hosts.cachedSnapshot(uri) ?? (await hosts.snapshot(uri, opts));
      const network = snapshot.ok ? snapshot.networks.find((n) => (uuid !== undefined ? n.uuid === uuid : n.name === name)) : undefined;
      const errors: DetailsResult['errors'] = [];
      const part = async <T>(which: DetailsResult['errors'][number]['part'], run: () => Promise<T>, fallback: T): Promise<T> => {
        try {
          return await run();
        } catch (e) {
          errors.push({ part: which, error: toErrorInfo(e) });
          return fallback;
        }
      };
      const bridge = network?.bridge;
      const [leases, guests, link] = await Promise.all([
        // By UUID: virsh would take a name that is another network's UUID for that network.
        part('leases', async () => host.leases(uri, await host.uuidOf(uri, name, uuid ?? network?.uuid, opts), opts), []),
        part('guests', () => host.guests(uri, network?.name ?? name, opts), []),
        part('link', () => (bridge !== undefined ? host.linkState(uri, bridge, opts) : Promise.resolve(undefined)), undefined),
      ]);
      return { network, leases, guests, link, errors };
    }),
  );

  connection.onRequest(
    Methods.action,
    hostRequest<ActionParams, ActionResult>(Methods.action, async (params, opts) => {
      const result = await runNetworkAction(hosts.networks(), params, opts);
      // The explorer, the host facts and the code actions see the outcome at once.
      if (typeof params?.uri === 'string' && params.uri !== '') await hosts.snapshot(params.uri);
      return result;
    }),
  );

  connection.onRequest(
    Methods.dumpXml,
    hostRequest<DumpXmlParams, DumpXmlResult>(Methods.dumpXml, async ({ uri, name, uuid, inactive }, opts) => {
      const host = hosts.networks();
      try {
        const network = await host.uuidOf(uri, name, uuid, opts);
        return { ok: true, xml: inactive ? await readPersistentXml(host, uri, network, opts) : await host.dumpXml(uri, network, {}, opts) };
      } catch (e) {
        return { ok: false, error: toErrorInfo(e) };
      }
    }),
  );

  connection.onRequest(
    Methods.health,
    hostRequest<HealthParams, HealthResult>(Methods.health, async ({ uri }, opts) => {
      const snapshot = await hosts.snapshot(uri, opts);
      return { uri, checks: await checkHostHealth(snapshot, machineHealthDeps((line) => connection.console.log(line))) };
    }),
  );

  connection.onNotification(Methods.explorerVisible, (params: ExplorerVisibleParams) => {
    hosts.setExplorerVisible(params?.visible === true);
  });

  connection.onNotification(Methods.connectionsChanged, (params: ConnectionsChangedParams) => {
    const connections = Array.isArray(params?.connections) ? params.connections.filter((c) => typeof c === 'string' && c !== '') : [];
    hosts.updateConnections(connections, typeof params?.virshPath === 'string' ? params.virshPath : 'virsh').catch((e: unknown) => connection.console.error(`updating the connections failed: ${String(e)}`));
  });
}

function untrusted(): ResponseError<{ kind: 'untrusted' }> {
  return new ResponseError(LSPErrorCodes.RequestFailed, UNTRUSTED_MESSAGE, { kind: 'untrusted' });
}

function abortSignalOf(token: CancellationToken): AbortSignal {
  const controller = new AbortController();
  if (token.isCancellationRequested) controller.abort();
  else token.onCancellationRequested(() => controller.abort());
  return controller.signal;
}
