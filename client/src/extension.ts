import * as vscode from 'vscode';
import { COMMANDS } from './commands';
import { Ctx } from './ctx';
import { NetworkExplorer } from './explorer/explorer';
import { NetworkFileSystem } from './fs/networkFileSystem';
import { NETWORK_SCHEME } from './fs/networkUri';
import { Methods, type NetworksChangedParams } from './protocol';

let ctx: Ctx | undefined;

/**
 * Composition root of the client: builds the Ctx, registers the command table, the explorer and
 * the `libvirt-net` file system, and starts the language client. In an untrusted workspace the
 * server still starts (diagnostics) with `trusted: false`, and nothing touches the host.
 */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const c = (ctx = new Ctx(context));
  context.subscriptions.push({ dispose: () => void c.dispose() });
  c.registerCommands(COMMANDS);

  const files = new NetworkFileSystem(c);
  c.files = files;
  c.push(files, vscode.workspace.registerFileSystemProvider(NETWORK_SCHEME, files, { isCaseSensitive: true }));

  const explorer = new NetworkExplorer(c);
  c.explorer = explorer;
  c.push(explorer);

  c.onClient((client) => [
    client.onNotification(Methods.networksChanged, (p: NetworksChangedParams) => {
      c.log.debug(`libvirt event on ${p.uri}${p.network ? `: ${p.network}` : ''}${p.event ? ` ${p.event}` : ''}`);
      void explorer.refresh('event', p.uri);
      void files.networkChanged(p.uri, p.network);
    }),
  ]);

  await c.startLanguageClient();
}

export async function deactivate(): Promise<void> {
  await ctx?.dispose();
  ctx = undefined;
}
