// The network explorer: a TreeDataProvider fed by the server's `libvirt/snapshot`, refreshed
// through one RefreshManager, and the context keys that pick its welcome view.
import * as vscode from 'vscode';
import type { Ctx } from '../ctx';
import { formatHostError } from '../errors';
import type { ConnectionSnapshot, DetailsResult, HostErrorInfo, NetworkRef, NetworkSummary } from '../protocol';
import { ConnectionNode, NetworkNode, type ExplorerNode } from './nodes';
import { RefreshManager, type RefreshReason, type RefreshRequest } from './refreshManager';

export const VIEW_ID = 'libvirtNetworks.explorer';

/**
 * What the view shows; `libvirtNetworks.explorerState` has this value, and package.json's
 * viewsWelcome entries are keyed on it (all but `ready` and `loading` leave the tree empty).
 */
export type ExplorerState = 'untrusted' | 'noConnections' | 'loading' | 'virshMissing' | 'connectionFailed' | 'ready';

export interface LocatedNetwork {
  uri: string;
  network: NetworkSummary;
}

export class NetworkExplorer implements vscode.TreeDataProvider<ExplorerNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ExplorerNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly view: vscode.TreeView<ExplorerNode>;
  private readonly refresher: RefreshManager;
  private readonly disposables: vscode.Disposable[] = [];
  /** Latest snapshot per configured connection, in the settings' order. */
  private snapshots = new Map<string, ConnectionSnapshot>();
  private state: ExplorerState = 'loading';
  /** The failure last shown as a notification, so a repeating event refresh does not repeat it. */
  private lastShownFailure: string | undefined;
  /** Fires after each refresh that reached the server (for commands that wait for the tree). */
  private readonly refreshed = new vscode.EventEmitter<void>();
  readonly onDidRefresh = this.refreshed.event;

  constructor(private readonly ctx: Ctx) {
    this.view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: this, showCollapseAll: true });
    this.refresher = new RefreshManager({
      debounceMs: () => ctx.config.refreshDebounceMs,
      run: (request) => this.runRefresh(request),
      log: (m) => ctx.log.debug(m),
    });
    this.disposables.push(
      this.view,
      this.changed,
      this.refreshed,
      { dispose: () => this.refresher.dispose() },
      this.view.onDidChangeVisibility((e) => this.visibilityChanged(e.visible)),
      ctx.onDidChangeTrust(() => this.settingsChanged()),
      ctx.onDidChangeHostConfig(() => this.settingsChanged()),
    );
    ctx.onClient(() => {
      // A (re)started server learns whether anyone looks at the tree: it watches events only then.
      void ctx.notify('libvirt/explorerVisible', { visible: this.view.visible });
      return [];
    });
    this.setState(this.initialState());
    // The first load counts as manual: if it fails, the user hears why.
    void this.refresh('manual');
    this.visibilityChanged(this.view.visible);
  }

  /**
   * Trust or connections changed: the states that need no host answer switch at once; otherwise
   * the tree keeps showing what it has until the refresh replaces it (no empty flicker).
   */
  private settingsChanged(): void {
    const next = this.initialState();
    if (next !== 'loading' || this.state === 'untrusted' || this.state === 'noConnections') this.setState(next);
    this.lastShownFailure = undefined;
    void this.refresh('config');
  }

  private initialState(): ExplorerState {
    if (!this.ctx.trusted) return 'untrusted';
    if (this.ctx.config.connections.length === 0) return 'noConnections';
    return 'loading';
  }

  private visibilityChanged(visible: boolean): void {
    void this.ctx.notify('libvirt/explorerVisible', { visible });
    this.refresher.setVisible(visible);
    // The server watches libvirt events only while the view is visible: whatever happened while
    // it was hidden is a missed event, refreshed when it shows again.
    if (!visible) void this.refresh('event');
  }

  get currentState(): ExplorerState {
    return this.state;
  }

  /** Asks for a refresh (debounced unless manual/action); resolves when the tree has it, or at once while hidden. */
  refresh(reason: RefreshReason, uri?: string): Promise<void> {
    return this.refresher.request(reason, uri);
  }

  /** Every network of the latest snapshot, in tree order. */
  networks(): LocatedNetwork[] {
    const out: LocatedNetwork[] = [];
    for (const s of this.snapshots.values()) if (s.ok) for (const network of s.networks) out.push({ uri: s.uri, network });
    return out;
  }

  /**
   * A fresh snapshot of every configured connection, for commands run from the palette (the tree
   * may be hidden and stale). Feeds the tree too. Undefined when the request itself failed (shown).
   */
  async fetchSnapshots(token?: vscode.CancellationToken): Promise<ConnectionSnapshot[] | undefined> {
    const { connections } = this.ctx.config;
    if (connections.length === 0) return [];
    const outcome = await this.ctx.request('libvirt/snapshot', { uris: connections }, token);
    if (!outcome.ok) {
      await this.ctx.showHostError('Could not list the libvirt networks', outcome.error);
      return undefined;
    }
    this.apply(outcome.result.connections, connections, true);
    return outcome.result.connections;
  }

  private async runRefresh(request: RefreshRequest): Promise<void> {
    const { connections } = this.ctx.config;
    if (!this.ctx.trusted) return this.setState('untrusted');
    if (connections.length === 0) {
      this.snapshots.clear();
      this.setState('noConnections');
      this.changed.fire(undefined);
      return;
    }
    const uris = request.uris ? request.uris.filter((u) => connections.includes(u)) : connections;
    if (uris.length === 0) return;
    this.ctx.log.debug(`refresh (${request.reasons.join(', ')}): ${uris.join(' ')}`);
    const outcome = await vscode.window.withProgress({ location: { viewId: VIEW_ID } }, () => this.ctx.request('libvirt/snapshot', { uris }));
    if (!outcome.ok) {
      const failed = uris.map((uri): ConnectionSnapshot => ({ uri, ok: false, error: outcome.error }));
      this.apply(failed, connections, !request.uris);
    } else {
      this.apply(outcome.result.connections, connections, !request.uris);
    }
    // Someone pressed refresh: a failure deserves a notification even if it was shown before.
    if (request.reasons.includes('manual')) this.lastShownFailure = undefined;
    this.notifyFailure();
  }

  /** Merges snapshots into the tree (`replace`: they are the whole truth), then sets the state. */
  private apply(snapshots: ConnectionSnapshot[], connections: string[], replace: boolean): void {
    const next = new Map<string, ConnectionSnapshot>();
    const got = new Map(snapshots.map((s) => [s.uri, s]));
    for (const uri of connections) {
      const s = got.get(uri) ?? (replace ? undefined : this.snapshots.get(uri));
      if (s) next.set(uri, s);
    }
    this.snapshots = next;
    for (const s of snapshots) {
      if (s.ok) this.ctx.log.debug(`${s.uri}: ${s.networks.map((n) => `${n.name}(${n.active ? 'active' : 'inactive'})`).join(' ') || 'no networks'}`);
      else this.ctx.log.warn(formatHostError(s.uri, s.error));
    }
    const all = [...next.values()];
    if (all.some((s) => !s.ok && s.error.kind === 'not-installed')) this.setState('virshMissing');
    else if (all.length > 0 && all.every((s) => !s.ok)) this.setState('connectionFailed');
    else this.setState('ready');
    this.changed.fire(undefined);
    this.refreshed.fire();
  }

  /** Every connection failing (or virsh missing): one notification with libvirt's words, once per distinct failure. */
  private notifyFailure(): void {
    if (this.state !== 'connectionFailed' && this.state !== 'virshMissing') {
      this.lastShownFailure = undefined;
      return;
    }
    const first = [...this.snapshots.values()].find((s): s is Extract<ConnectionSnapshot, { ok: false }> => !s.ok);
    if (!first) return;
    const key = `${first.error.kind}\u0000${first.error.message}`;
    if (key === this.lastShownFailure) return;
    this.lastShownFailure = key;
    void this.ctx.showHostError(first.uri, first.error);
  }

  private setState(state: ExplorerState): void {
    this.state = state;
    const failed = [...this.snapshots.values()].find((s) => !s.ok);
    void vscode.commands.executeCommand('setContext', 'libvirtNetworks.explorerState', state);
    void vscode.commands.executeCommand('setContext', 'libvirtNetworks.connectionError', state === 'connectionFailed' && failed && !failed.ok ? failed.error.kind : '');
    this.view.message = undefined;
  }

  getTreeItem(node: ExplorerNode): vscode.TreeItem {
    return node.toTreeItem();
  }

  async getChildren(node?: ExplorerNode): Promise<ExplorerNode[]> {
    if (!node) {
      // The welcome views explain every state but these two.
      if (this.state !== 'ready') return [];
      return [...this.snapshots.values()].map((s) => new ConnectionNode(s));
    }
    if (node instanceof NetworkNode) return node.children((ref) => this.details(ref));
    return node.children();
  }

  private async details(ref: NetworkRef): Promise<DetailsResult | HostErrorInfo> {
    const outcome = await this.ctx.request('libvirt/details', ref);
    return outcome.ok ? outcome.result : outcome.error;
  }

  dispose(): void {
    for (const d of this.disposables.splice(0).reverse()) d.dispose();
  }
}
