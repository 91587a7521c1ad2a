import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { CompletionList, DocumentSymbol, Hover, InitializeResult, MarkupContent } from 'vscode-languageserver-protocol';
import { SERVER_MODULE, startServer, type LspSession } from '../support/lsp-client';

/** Completion, hover and the outline, asked of the real bundled server over stdio. */

const CURSOR = '‸';
let server: LspSession;
before(async () => {
  server = await startServer();
});
after(async () => {
  await server.stop();
});

let uriCounter = 0;
/** Opens the text without its ‸ and returns the uri and the cursor position. */
function openAt(marked: string): { uri: string; position: { line: number; character: number } } {
  const offset = marked.indexOf(CURSOR);
  const before = marked.slice(0, offset);
  const lines = before.split('\n');
  const uri = `file:///tmp/lsp/complete-${++uriCounter}.xml`;
  server.open(uri, marked.replace(CURSOR, ''));
  return { uri, position: { line: lines.length - 1, character: lines[lines.length - 1].length } };
}

test('the server advertises completion (with its trigger characters), hover and document symbols', async () => {
  const child = spawn(process.execPath, [SERVER_MODULE, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  child.stdin.on('error', () => undefined); // the server may close its end first on exit
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  connection.listen();
  try {
    const result = await connection.sendRequest<InitializeResult>('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    const { completionProvider, hoverProvider, documentSymbolProvider } = result.capabilities;
    for (const c of ['<', ' ', '"', "'", '=']) assert.ok(completionProvider?.triggerCharacters?.includes(c), `trigger ${JSON.stringify(c)}`);
    assert.equal(hoverProvider, true);
    assert.equal(documentSymbolProvider, true);
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    await connection.sendRequest('shutdown').catch(() => undefined);
    await connection.sendNotification('exit').catch(() => undefined);
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 2000))]);
    connection.dispose();
    if (child.exitCode === null) child.kill();
  }
});

test('completion of a half-typed attribute, through the server', async () => {
  const { uri, position } = openAt("<network>\n  <name>t</name>\n  <forward mo‸\n  <ip address='10.0.0.1' prefix='24'/>\n</network>\n");
  const list = await server.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position });
  const mode = list.items.find((i) => i.label === 'mode');
  assert.ok(mode, JSON.stringify(list.items.map((i) => i.label)));
  assert.ok(mode.textEdit && 'range' in mode.textEdit);
  assert.deepEqual(mode.textEdit.range, { start: { line: 2, character: 11 }, end: { line: 2, character: 13 } });
  assert.match(mode.textEdit.newText, /^mode="\$\{1\|nat,route/);
});

test('completion honours the trigger character sent by the client', async () => {
  const { uri, position } = openAt("<network>\n  <name>t</name>\n  <bridge stp=\"‸\"/>\n</network>\n");
  const byQuote = await server.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position, context: { triggerKind: 2, triggerCharacter: '"' } });
  assert.deepEqual(byQuote.items.map((i) => i.label), ['on', 'off']);
  const bySpace = await server.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position, context: { triggerKind: 2, triggerCharacter: ' ' } });
  assert.deepEqual(bySpace.items, []);
});

test('element completion after <, through the server', async () => {
  const { uri, position } = openAt("<network>\n  <name>t</name>\n  <bridge name='virbr9'/>\n  <‸\n</network>\n");
  const list = await server.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position, context: { triggerKind: 2, triggerCharacter: '<' } });
  const labels = list.items.map((i) => i.label);
  assert.ok(labels.includes('forward') && labels.includes('ip'), JSON.stringify(labels));
  assert.ok(!labels.includes('bridge') && !labels.includes('name'));
  const ip = list.items.find((i) => i.label === 'ip');
  assert.equal((ip?.documentation as MarkupContent | undefined)?.kind, 'markdown');
});

test('hover on an attribute value, through the server', async () => {
  const { uri, position } = openAt("<network>\n  <name>t</name>\n  <forward mode='ro‸ute'/>\n</network>\n");
  const hover = await server.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position });
  assert.ok(hover);
  assert.deepEqual(hover.range, { start: { line: 2, character: 17 }, end: { line: 2, character: 22 } });
  assert.match((hover.contents as MarkupContent).value, /^\*\*`route`\*\*: Routed/);
});

test('hover on nothing is null, and the server keeps answering', async () => {
  const { uri, position } = openAt('<network>\n  ‸\n</network>\n');
  assert.equal(await server.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position }), null);
  const unknown = await server.request<Hover | null>('textDocument/hover', { textDocument: { uri: 'file:///tmp/lsp/never-opened.xml' }, position });
  assert.equal(unknown, null);
  assert.equal(server.process.exitCode, null);
});

test('the outline of a network', async () => {
  const { uri } = openAt("<network>\n  <name>lab</name>\n  <forward mode='nat'/>\n  <ip address='10.0.0.1' prefix='24'><dhcp><range start='10.0.0.2' end='10.0.0.9'/></dhcp></ip>\n</network>\n‸");
  const symbols = await server.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
  assert.equal(symbols.length, 1);
  const [network] = symbols;
  assert.equal(network.name, 'network');
  assert.deepEqual(network.children?.map((c) => `${c.name} ${c.detail ?? ''}`), ['name lab', 'forward nat', 'ip 10.0.0.1/24']);
  assert.equal(network.children?.[2].children?.[0].children?.[0].detail, '10.0.0.2 – 10.0.0.9');
});
