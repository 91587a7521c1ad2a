import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

/** Starts the real, bundled language server over stdio and speaks LSP to it. */
export interface LspSession {
  connection: MessageConnection;
  process: ChildProcess;
  stderr(): string;
  /** Every window/logMessage message the server sent so far (its log: virsh calls and their outcome, failures). */
  logMessages: string[];
  open(uri: string, text: string, version?: number): void;
  change(uri: string, text: string, version: number): void;
  /** Resolves with the next diagnostics published for `uri` (optionally for a given version). */
  diagnostics(uri: string, version?: number): Promise<Diagnostic[]>;
  request<R>(method: string, params: unknown): Promise<R>;
  /**
   * shutdown and exit, waiting for the process to end: a loaded machine may answer late (15 s, then
   * exit anyway; 5 s more, then SIGKILL). Never writes to a server that is already gone.
   */
  stop(): Promise<void>;
}

export interface StartServerOptions {
  /** Run the server with `ip netns exec NETNS`, so /proc/net and /sys/class/net are the namespace's (needs root). */
  netns?: string;
}

export const SERVER_MODULE = join(__dirname, '../../../server/out/server.js');

export async function startServer(initializationOptions: Record<string, unknown> = {}, opts: StartServerOptions = {}): Promise<LspSession> {
  const command = [process.execPath, SERVER_MODULE, '--stdio'];
  const [file, ...args] = opts.netns === undefined ? command : ['ip', 'netns', 'exec', opts.netns, ...command];
  const child = spawn(file, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const running = () => child.exitCode === null && child.signalCode === null;
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const waiters: { uri: string; version?: number; resolve: (d: Diagnostic[]) => void }[] = [];
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    const i = waiters.findIndex((w) => w.uri === params.uri && (w.version === undefined || w.version === params.version));
    if (i >= 0) waiters.splice(i, 1)[0].resolve(params.diagnostics);
  });
  const logMessages: string[] = [];
  connection.onNotification('window/logMessage', (p: { message: string }) => {
    logMessages.push(p.message);
  });
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: {} } },
    initializationOptions,
  });
  await connection.sendNotification('initialized', {});
  return {
    connection,
    process: child,
    stderr: () => stderr,
    logMessages,
    open(uri, text, version = 1) {
      void connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'xml', version, text } });
    },
    change(uri, text, version) {
      void connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    },
    diagnostics(uri, version) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within 10 s; server stderr:\n${stderr}`)), 10_000);
        waiters.push({ uri, version, resolve: (d) => (clearTimeout(timer), resolve(d)) });
      });
    },
    request: (method, params) => connection.sendRequest(method, params),
    async stop() {
      if (running()) {
        await within(15_000, Promise.race([connection.sendRequest('shutdown').catch(() => undefined), exited]));
        if (running()) await connection.sendNotification('exit').catch(() => undefined);
        await within(5_000, exited);
        if (running()) {
          child.kill('SIGKILL');
          await exited;
        }
      }
      connection.dispose();
    },
  };
}

/** Waits for `p`, `ms` at the most. */
async function within(ms: number, p: Promise<unknown>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([p, new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))]).finally(() => clearTimeout(timer));
}
