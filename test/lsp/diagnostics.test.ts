import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, type LspSession } from '../support/lsp-client';

const STOCK_DEFAULT = readFileSync(join(__dirname, '../../../../shared/corpus/libvirt/default.xml.in'), 'utf8');

let server: LspSession;
before(async () => {
  server = await startServer();
});
after(async () => {
  await server.stop();
});

test('the stock default.xml gets no diagnostics', async () => {
  const uri = 'file:///tmp/lsp/default.xml';
  const pending = server.diagnostics(uri);
  server.open(uri, STOCK_DEFAULT);
  assert.deepEqual(await pending, []);
});

test('a 16-character bridge name is reported on the name, in libvirt words', async () => {
  const uri = 'file:///tmp/lsp/long-bridge.xml';
  const text = STOCK_DEFAULT.replace("name='virbr0'", "name='virbr01234567890'");
  const pending = server.diagnostics(uri);
  server.open(uri, text);
  const diagnostics = await pending;
  const d = diagnostics.find((x) => x.code === 'bridge-name-too-long');
  assert.ok(d, JSON.stringify(diagnostics));
  assert.match(String(d.message), /Numerical result out of range/);
  assert.equal(d.severity, 1);
  assert.equal(d.source, 'libvirt');
  const line = text.split('\n')[d.range.start.line];
  assert.equal(line.slice(d.range.start.character, d.range.end.character), 'virbr01234567890');
});

test('diagnostics follow edits, and a fixed document is cleared', async () => {
  const uri = 'file:///tmp/lsp/edited.xml';
  const broken = STOCK_DEFAULT.replace('<name>default</name>', '<name></name>');
  let pending = server.diagnostics(uri, 1);
  server.open(uri, broken, 1);
  const first = await pending;
  assert.ok(first.some((d) => d.code === 'name-missing' && String(d.message).includes('missing name information')), JSON.stringify(first));
  pending = server.diagnostics(uri, 2);
  server.change(uri, STOCK_DEFAULT, 2);
  assert.deepEqual(await pending, []);
});

test('malformed XML gets a well-formedness error and the rest is still checked', async () => {
  const uri = 'file:///tmp/lsp/malformed.xml';
  const text = "<network>\n  <name>x</name>\n  <bridge name='virbr0123456789xyz'/>\n  <ip address='192.168.1.1' prefix='24'>\n</network>\n";
  const pending = server.diagnostics(uri);
  server.open(uri, text);
  const diagnostics = await pending;
  assert.ok(diagnostics.some((d) => d.code === 'xml-well-formed'), JSON.stringify(diagnostics));
  assert.ok(diagnostics.some((d) => d.code === 'bridge-name-too-long'), JSON.stringify(diagnostics));
});

test('XML whose root is not <network> gets nothing from us', async () => {
  const uri = 'file:///tmp/lsp/domain.xml';
  const pending = server.diagnostics(uri);
  server.open(uri, "<domain type='kvm'><name></name><bridge name='virbr0123456789xyz'/></domain>");
  assert.deepEqual(await pending, []);
});

test('the server survives a huge, hostile document and keeps answering', async () => {
  const uri = 'file:///tmp/lsp/huge.xml';
  const text = '<network><name>x</name>' + '<ip address="1.2.3.4"><dhcp>'.repeat(20000) + '<<<&&&\u0000'.repeat(1000);
  const pending = server.diagnostics(uri);
  server.open(uri, text);
  await pending;
  const next = server.diagnostics('file:///tmp/lsp/after.xml');
  server.open('file:///tmp/lsp/after.xml', STOCK_DEFAULT);
  assert.deepEqual(await next, []);
  assert.equal(server.process.exitCode, null);
});
