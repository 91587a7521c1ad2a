import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

/** Owns the language client, the log channel and every disposable of the extension. */
export class Ctx implements vscode.Disposable {
  readonly log: vscode.LogOutputChannel;
  private readonly disposables: vscode.Disposable[] = [];
  private client: LanguageClient | undefined;

  constructor(readonly extension: vscode.ExtensionContext) {
    this.log = vscode.window.createOutputChannel('Libvirt Networks', { log: true });
    this.disposables.push(this.log);
  }

  get languageClient(): LanguageClient | undefined {
    return this.client;
  }

  async startLanguageClient(): Promise<void> {
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
        { scheme: 'libvirt-net', language: 'xml' },
      ],
      synchronize: { configurationSection: 'libvirtNetworks' },
      outputChannel: this.log,
      initializationOptions: { trusted: vscode.workspace.isTrusted },
    };
    this.client = new LanguageClient('libvirtNetworks', 'Libvirt Networks', serverOptions, clientOptions);
    await this.client.start();
  }

  push(...items: vscode.Disposable[]): void {
    this.disposables.push(...items);
  }

  async dispose(): Promise<void> {
    await this.client?.stop().catch(() => undefined);
    for (const d of this.disposables.splice(0).reverse()) d.dispose();
  }
}
