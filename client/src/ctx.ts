import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { affectsHost, readConfig, SECTION, type ExplorerConfig } from './config';
import { formatHostError, thrownToHostError } from './errors';
import { NETWORK_SCHEME } from './fs/networkUri';
import type { NetworkExplorer } from './explorer/explorer';
import type { NetworkFileSystem } from './fs/networkFileSystem';
import type { ClientNotifications, HostErrorInfo, InitializationOptions, Requests } from './protocol';

/** A command handler factory: `(ctx) => handler`, one per file in commands/. */
export type CommandFactory = (ctx: Ctx) => (...args: any[]) => unknown;

/** What a request gives back when it did not reach a result: the error, already in host-error form. */
export type RequestOutcome<R> = { ok: true; result: R } | { ok: false; error: HostErrorInfo };

const OPEN_LOG = 'Open Log';
const SET_VIRSH_PATH = 'Set virsh Path';

/**
 * Owns the language client, the log channel, the settings and every disposable of the extension.
 * Everything host-related goes through `request()` to the language server, which runs virsh.
 */
export class Ctx implements vscode.Disposable {
  readonly log: vscode.LogOutputChannel;
  /** The network explorer (set by extension.ts once created). */
  explorer: NetworkExplorer | undefined;
  /** The `libvirt-net` file system (set by extension.ts once registered). */
  files: NetworkFileSystem | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private client: LanguageClient | undefined;
  private clientStarting: Promise<LanguageClient> | undefined;
  /** Re-attached to every language client we start (it is restarted when trust is granted). */
  private readonly clientHooks: ((client: LanguageClient) => vscode.Disposable[])[] = [];
  private clientHookDisposables: vscode.Disposable[] = [];
  private readonly trustChanged = new vscode.EventEmitter<boolean>();
  private readonly configChanged = new vscode.EventEmitter<ExplorerConfig>();
  /** Fires after the trust state changed and the language client was restarted with it. */
  readonly onDidChangeTrust = this.trustChanged.event;
  /** Fires when `connections` or `virshPath` changed (after the server was told). */
  readonly onDidChangeHostConfig = this.configChanged.event;

  constructor(readonly extension: vscode.ExtensionContext) {
    this.log = vscode.window.createOutputChannel('Libvirt Networks', { log: true });
    this.disposables.push(this.log, this.trustChanged, this.configChanged);
    this.disposables.push(
      vscode.workspace.onDidGrantWorkspaceTrust(() => void this.onTrustGranted()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (affectsHost(e)) void this.onHostConfigChanged();
      }),
    );
  }

  get trusted(): boolean {
    return vscode.workspace.isTrusted;
  }

  get config(): ExplorerConfig {
    return readConfig(vscode.workspace.getConfiguration(SECTION));
  }

  get languageClient(): LanguageClient | undefined {
    return this.client;
  }

  initializationOptions(): InitializationOptions {
    const { connections, virshPath } = this.config;
    return { trusted: this.trusted, virshPath, connections };
  }

  async startLanguageClient(): Promise<LanguageClient> {
    if (this.clientStarting) return this.clientStarting;
    const start = async (): Promise<LanguageClient> => {
      const module = this.extension.asAbsolutePath('server/out/server.js');
      const serverOptions: ServerOptions = {
        run: { module, transport: TransportKind.ipc },
        debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
      };
      const clientOptions: LanguageClientOptions = {
        // Every XML document goes to the server; it reports only on those whose root is <network>.
        documentSelector: [
          { scheme: 'file', language: 'xml' },
          { scheme: 'untitled', language: 'xml' },
          { scheme: NETWORK_SCHEME, language: 'xml' },
        ],
        synchronize: { configurationSection: SECTION },
        outputChannel: this.log,
        initializationOptions: this.initializationOptions(),
      };
      const client = new LanguageClient('libvirtNetworks', 'Libvirt Networks', serverOptions, clientOptions);
      await client.start();
      this.client = client;
      this.clientHookDisposables = this.clientHooks.flatMap((hook) => hook(client));
      this.log.info(`language server started (trusted: ${this.trusted})`);
      return client;
    };
    this.clientStarting = start();
    try {
      return await this.clientStarting;
    } catch (e) {
      this.clientStarting = undefined;
      throw e;
    }
  }

  /** Registers `hook` on the running language client and on every one started later. */
  onClient(hook: (client: LanguageClient) => vscode.Disposable[]): void {
    this.clientHooks.push(hook);
    if (this.client) this.clientHookDisposables.push(...hook(this.client));
  }

  private async stopLanguageClient(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.clientStarting = undefined;
    for (const d of this.clientHookDisposables.splice(0)) d.dispose();
    await client?.stop().catch((e) => this.log.warn(`stopping the language server: ${String(e)}`));
    await client?.dispose().catch(() => undefined);
  }

  /** The server got `trusted: false` at start-up; it learns the new state by a restart. */
  private async onTrustGranted(): Promise<void> {
    this.log.info('workspace trust granted: restarting the language server with host access');
    try {
      await this.stopLanguageClient();
      await this.startLanguageClient();
    } catch (e) {
      this.log.error(`restarting the language server failed: ${String(e)}`);
    }
    this.trustChanged.fire(this.trusted);
  }

  private async onHostConfigChanged(): Promise<void> {
    const { connections, virshPath } = this.config;
    this.log.info(`settings changed: connections ${JSON.stringify(connections)}, virsh ${virshPath}`);
    await this.notify('libvirt/connectionsChanged', { connections, virshPath });
    this.configChanged.fire(this.config);
  }

  /** Sends a `libvirt/...` request; failures of the request itself come back as a HostErrorInfo. */
  async request<M extends keyof Requests>(method: M, params: Requests[M][0], token?: vscode.CancellationToken): Promise<RequestOutcome<Requests[M][1]>> {
    try {
      const client = this.client ?? (await this.startLanguageClient());
      // No token argument at all rather than `undefined`: vscode-jsonrpc would send it as a second parameter.
      const result = (await (token ? client.sendRequest(method, params, token) : client.sendRequest(method, params))) as Requests[M][1];
      return { ok: true, result };
    } catch (e) {
      const error = thrownToHostError(e);
      if (error.kind !== 'cancelled') this.log.error(`${method} ${JSON.stringify(params, (k, v) => (k === 'xml' ? `<${String(v).length} chars>` : v))} failed: ${error.message}`);
      return { ok: false, error };
    }
  }

  async notify<M extends keyof ClientNotifications>(method: M, params: ClientNotifications[M]): Promise<void> {
    try {
      await this.client?.sendNotification(method, params);
    } catch (e) {
      this.log.warn(`${method} not delivered: ${String(e)}`);
    }
  }

  /**
   * The one way host errors reach the user: libvirt's message verbatim, the hint, and an
   * "Open Log" button (plus "Set virsh Path" when virsh is missing). Logged as well.
   */
  async showHostError(what: string | undefined, error: HostErrorInfo): Promise<void> {
    const text = formatHostError(what, error);
    this.log.error(text);
    if (error.kind === 'cancelled') return;
    const buttons = error.kind === 'not-installed' ? [SET_VIRSH_PATH, OPEN_LOG] : [OPEN_LOG];
    const choice = await vscode.window.showErrorMessage(text, ...buttons);
    if (choice === OPEN_LOG) this.log.show(true);
    else if (choice === SET_VIRSH_PATH) await vscode.commands.executeCommand('workbench.action.openSettings', `${SECTION}.virshPath`);
  }

  /** False, with an explanation, in an untrusted workspace: nothing touches the host there. */
  requireTrust(): boolean {
    if (this.trusted) return true;
    void vscode.window
      .showWarningMessage(
        'Libvirt network actions are disabled in Restricted Mode: they run virsh on this machine. Trust the workspace to use them.',
        'Manage Workspace Trust',
      )
      .then((choice) => choice && vscode.commands.executeCommand('workbench.trust.manage'));
    return false;
  }

  /** Registers the command table: `libvirtNetworks.<key>` -> `factory(ctx)`, errors logged and shown. */
  registerCommands(table: Record<string, CommandFactory>): void {
    for (const [name, factory] of Object.entries(table)) {
      const id = `${SECTION}.${name}`;
      const handler = factory(this);
      this.disposables.push(
        vscode.commands.registerCommand(id, async (...args: unknown[]) => {
          try {
            return await handler(...args);
          } catch (e) {
            this.log.error(`${id} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
            const choice = await vscode.window.showErrorMessage(`${id}: ${e instanceof Error ? e.message : String(e)}`, OPEN_LOG);
            if (choice === OPEN_LOG) this.log.show(true);
            return undefined;
          }
        }),
      );
    }
  }

  push(...items: vscode.Disposable[]): void {
    this.disposables.push(...items);
  }

  async dispose(): Promise<void> {
    await this.stopLanguageClient();
    for (const d of this.disposables.splice(0).reverse()) d.dispose();
  }
}
