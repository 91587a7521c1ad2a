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
  stop(): Promise<void>;
}

export const SERVER_MODULE = join(__dirname, '../../../server/out/server.js');

export async function startServer(initializationOptions: Record<string, unknown> = {}): Promise<LspSession> {
  const child = spawn(process.execPath, [SERVER_MODULE, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
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
      // A loaded machine may answer shutdown late; the server is killed below in any case.
      await Promise.race([connection.sendRequest('shutdown').catch(() => undefined), new Promise((r) => setTimeout(r, 10_000))]);
      await connection.sendNotification('exit').catch(() => undefined);
      connection.dispose();
      if (child.exitCode === null) child.kill();
    },
  };
}
