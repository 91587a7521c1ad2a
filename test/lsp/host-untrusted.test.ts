// In an untrusted workspace the server must not touch the host: every libvirt/* request answers
// a clear error and no virsh is ever started. The virsh path points at a tripwire that records
// each start; a trusted server with the same tripwire shows the tripwire works.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ResponseError } from 'vscode-jsonrpc/node';
import type { CodeAction } from 'vscode-languageserver-types';
import { startServer, type LspSession } from '../support/lsp-client';

const URI = 'test:///default';
const REQUESTS: [string, unknown][] = [
  ['libvirt/snapshot', {}],
  ['libvirt/snapshot', { uris: [URI] }],
  ['libvirt/details', { uri: URI, name: 'default' }],
  ['libvirt/action', { uri: URI, action: 'start', name: 'default' }],
  ['libvirt/action', { uri: URI, action: 'define', xml: '<network><name>x</name></network>' }],
  ['libvirt/dumpXml', { uri: URI, name: 'default', inactive: true }],
  ['libvirt/health', { uri: URI }],
];
const DOCUMENT = "<network>\n  <name>untrusted</name>\n  <bridge name='virbr0'/>\n  <ip address='192.168.122.1' prefix='24'/>\n</network>\n";

describe('untrusted workspace', () => {
  let dir: string;
  let tripwire: string;
  const ran = () => join(dir, 'virsh-ran');

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'lsp-untrusted-'));
    tripwire = join(dir, 'virsh');
    writeFileSync(tripwire, `#!${process.execPath}\nrequire('node:fs').appendFileSync(${JSON.stringify(ran())}, JSON.stringify(process.argv.slice(2)) + '\\n');\nprocess.exit(1);\n`);
    chmodSync(tripwire, 0o755);
  });
  after(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  describe('untrusted server', () => {
    let server: LspSession;
    before(async () => {
      server = await startServer({ trusted: false, virshPath: tripwire, connections: [URI] });
    });
    after(async () => {
      await server?.stop();
    });

    test('every libvirt request refuses with a clear error', async () => {
      for (const [method, params] of REQUESTS) {
        await assert.rejects(server.request(method, params), (e: unknown) => {
          assert.ok(e instanceof ResponseError, `${method}: ${String(e)}`);
          assert.equal(e.code, -32803, method); // LSP RequestFailed
          assert.match(e.message, /untrusted workspace: nothing runs on this host/, method);
          assert.deepEqual(e.data, { kind: 'untrusted' }, method);
          return true;
        });
      }
    });

    test('the explorer, connection changes and code actions start nothing; host facts stay empty', async () => {
      await server.connection.sendNotification('libvirt/explorerVisible', { visible: true });
      await server.connection.sendNotification('libvirt/connectionsChanged', { connections: [URI, 'qemu:///system'], virshPath: tripwire });
      const uri = 'file:///tmp/lsp-untrusted/net.xml';
      const pending = server.diagnostics(uri);
      server.open(uri, DOCUMENT);
      const diagnostics = await pending;
      assert.deepEqual(diagnostics.filter((d) => ['subnet-in-use', 'bridge-name-in-use'].includes(String(d.code))), [], 'no host facts when untrusted');
      const actions = await server.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 4, character: 0 } },
        context: { diagnostics: [] },
      });
      assert.deepEqual(actions.filter((a) => a.kind === 'libvirt'), []);
      // Requests are answered in order: anything the notifications started has started by now.
      await assert.rejects(server.request('libvirt/snapshot', {}));
      assert.equal(existsSync(ran()), false, existsSync(ran()) ? readFileSync(ran(), 'utf8') : '');
      assert.deepEqual(server.logMessages.filter((l) => l.includes(tripwire) || /^virsh /.test(l)), []);
    });
  });

  test('control: a trusted server with the same tripwire does run it', async () => {
    const server = await startServer({ trusted: true, virshPath: tripwire, connections: [URI] });
    try {
      const result = await server.request<{ connections: { ok: boolean }[] }>('libvirt/snapshot', {});
      assert.equal(result.connections[0].ok, false);
      assert.ok(existsSync(ran()));
      assert.match(readFileSync(ran(), 'utf8'), /"-q","-c","test:\/\/\/default"/);
    } finally {
      await server?.stop();
    }
  });
});
