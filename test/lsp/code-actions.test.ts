// textDocument/codeAction of the real bundled server: the rules' quick fixes (with host facts),
// and the libvirt actions on the document's network (define, define and start, start, redefine),
// against the real virsh: test:///default and a sandboxed qemu:///system.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import { startLibvirtd, type LibvirtdSandbox } from '../support/libvirtd-sandbox';
import { startServer, type LspSession } from '../support/lsp-client';
import type { ActionParams, ActionResult, DumpXmlResult, SnapshotResult } from '../../server/src/protocol';

const TEST = 'test:///default';
const doc = (name: string, body: string, uuid?: string) => `<network>\n  <name>${name}</name>\n${uuid ? `  <uuid>${uuid}</uuid>\n` : ''}${body}</network>\n`;

let version = 0;
/** Opens (a new version of) a document and waits for its diagnostics. */
async function open(server: LspSession, uri: string, text: string): Promise<Diagnostic[]> {
  const v = ++version;
  const pending = server.diagnostics(uri, v);
  if (!opened.has(uri)) server.open(uri, text, v);
  else server.change(uri, text, v);
  opened.add(uri);
  return pending;
}
const opened = new Set<string>();

async function codeActions(server: LspSession, uri: string, diagnostics: Diagnostic[] = [], only?: string[]): Promise<CodeAction[]> {
  return server.request<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri },
    range: { start: { line: 0, character: 0 }, end: { line: 99, character: 0 } },
    context: { diagnostics, ...(only ? { only } : {}) },
  });
}

const titles = (actions: CodeAction[]) => actions.map((a) => a.title);
const run = (server: LspSession, a: CodeAction) => server.request<ActionResult>('libvirt/action', a.command!.arguments![0] as ActionParams);

async function uuidOf(server: LspSession, uri: string, name: string): Promise<string> {
  const { connections } = await server.request<SnapshotResult>('libvirt/snapshot', { uris: [uri] });
  const snap = connections[0];
  assert.ok(snap.ok, JSON.stringify(snap));
  const network = snap.networks.find((n) => n.name === name);
  assert.ok(network, `${name} is not on ${uri}`);
  return network.uuid;
}

describe('code actions with test:///default', () => {
  let server: LspSession;
  before(async () => {
    server = await startServer({ trusted: true, virshPath: 'virsh', connections: [TEST] });
    await server.request('libvirt/snapshot', {});
  });
  after(async () => {
    await server?.stop();
  });

  test('a new network: define, or define and start, carrying the runAction command', async () => {
    const uri = 'file:///tmp/lsp-ca/one.xml';
    const text = doc('ca-one', "  <bridge name='virbr31'/>\n  <ip address='10.31.0.1' prefix='24'/>\n");
    await open(server, uri, text);
    const actions = await codeActions(server, uri);
    assert.deepEqual(titles(actions), [`Define network 'ca-one' on ${TEST}`, `Define and start network 'ca-one' on ${TEST}`]);
    assert.deepEqual(
      actions.map((a) => [a.kind, a.command?.command, a.command?.title, a.command?.arguments]),
      [
        ['libvirt', 'libvirtNetworks.runAction', actions[0].title, [{ uri: TEST, action: 'define', xml: text }]],
        ['libvirt', 'libvirtNetworks.runAction', actions[1].title, [{ uri: TEST, action: 'defineAndStart', xml: text }]],
      ],
    );
    assert.deepEqual(await run(server, actions[0]), { ok: true, name: 'ca-one' });
    // (The rules' quick fixes for the range come too: now the network exists, "insert its uuid".)
    const start = await codeActions(server, uri, [], ['libvirt']);
    assert.deepEqual(titles(start), [`Start network 'ca-one' on ${TEST}`]);
    // By UUID: virsh would take a name that is another network's UUID for that network.
    assert.deepEqual(start[0].command?.arguments, [{ uri: TEST, action: 'start', name: 'ca-one', uuid: await uuidOf(server, TEST, 'ca-one') }]);
    assert.deepEqual(await run(server, start[0]), { ok: true, name: 'ca-one' });
    // Running, and the document has no uuid (a redefine would be refused): nothing to offer.
    assert.deepEqual(titles(await codeActions(server, uri, [], ['libvirt'])), []);
  });

  test('redefine when the document differs from the definition on the connection, not before', async () => {
    const uri = 'file:///tmp/lsp-ca/two.xml';
    const body = "  <forward mode='nat'/>\n  <ip address='10.32.0.1' prefix='24'>\n    <dhcp>\n      <range start='10.32.0.10' end='10.32.0.20'/>\n    </dhcp>\n  </ip>\n";
    await open(server, uri, doc('ca-two', body));
    const [define] = await codeActions(server, uri);
    assert.deepEqual(await run(server, define), { ok: true, name: 'ca-two' });
    const uuid = await uuidOf(server, TEST, 'ca-two');
    // Same definition written differently: other quotes, attribute order, element order, spacing, uuid in capitals.
    const same = `<network>\n<ip prefix="24"  address="10.32.0.1"><dhcp><range end="10.32.0.20" start="10.32.0.10"/></dhcp></ip>\n<uuid>${uuid.toUpperCase()}</uuid>\n  <forward mode="nat"></forward><name>ca-two</name></network>`;
    await open(server, uri, same);
    assert.deepEqual(titles(await codeActions(server, uri)), [`Start network 'ca-two' on ${TEST}`]);
    // DHCP removed in the document: that is a difference.
    const changed = doc('ca-two', "  <forward mode='nat'/>\n  <ip address='10.32.0.1' prefix='24'/>\n", uuid);
    await open(server, uri, changed);
    const actions = await codeActions(server, uri);
    assert.deepEqual(titles(actions), [`Start network 'ca-two' on ${TEST}`, `Redefine 'ca-two' on ${TEST}: differs from the stored definition`]);
    // `replaces`: the client confirms, the server refuses if the XML no longer names ca-two.
    assert.deepEqual(actions[1].command?.arguments, [{ uri: TEST, action: 'define', xml: changed, replaces: { name: 'ca-two', uuid } }]);
    assert.deepEqual(await run(server, actions[1]), { ok: true, name: 'ca-two' });
    const dumped = await server.request<DumpXmlResult>('libvirt/dumpXml', { uri: TEST, name: 'ca-two', inactive: true });
    assert.ok(dumped.ok && !dumped.xml.includes('<dhcp>'), JSON.stringify(dumped));
    assert.deepEqual(titles(await codeActions(server, uri)), [`Start network 'ca-two' on ${TEST}`]);
  });

  test('addresses libvirt prints canonically (IPv6 written longhand, MAC in capitals) are no difference', async () => {
    const uri = 'file:///tmp/lsp-ca/longhand.xml';
    const body = "  <mac address='52:54:00:AB:CD:EF'/>\n  <ip family='ipv6' address='fd00:0:0:0::1' prefix='64'/>\n";
    await open(server, uri, doc('ca-longhand', body));
    const [define] = await codeActions(server, uri, [], ['libvirt']);
    assert.deepEqual(await run(server, define), { ok: true, name: 'ca-longhand' });
    const live = await server.request<DumpXmlResult>('libvirt/dumpXml', { uri: TEST, name: 'ca-longhand', inactive: true });
    assert.ok(live.ok && live.xml.includes("address='fd00::1'") && live.xml.includes("address='52:54:00:ab:cd:ef'"), JSON.stringify(live));
    const uuid = await uuidOf(server, TEST, 'ca-longhand');
    await open(server, uri, doc('ca-longhand', body, uuid));
    assert.deepEqual(titles(await codeActions(server, uri, [], ['libvirt'])), [`Start network 'ca-longhand' on ${TEST}`]);
    await open(server, uri, doc('ca-longhand', body.replace('::1', '::2'), uuid));
    assert.deepEqual(titles(await codeActions(server, uri, [], ['libvirt'])), [`Start network 'ca-longhand' on ${TEST}`, `Redefine 'ca-longhand' on ${TEST}: differs from the stored definition`]);
  });

  test('a document whose uuid another network has: no define (libvirt would refuse it)', async () => {
    const uri = 'file:///tmp/lsp-ca/stolen-uuid.xml';
    const uuid = await uuidOf(server, TEST, 'default');
    await open(server, uri, doc('not-default', "  <ip address='10.33.0.1' prefix='24'/>\n", uuid));
    assert.deepEqual(titles(await codeActions(server, uri)), []);
  });

  test('quick fixes of the host rules use the host facts; `only` filters the kinds', async () => {
    const uri = 'file:///tmp/lsp-ca/default-copy.xml';
    const text = doc('default', "  <forward mode='nat'/>\n  <bridge name='virbr0'/>\n  <ip address='192.168.122.1' netmask='255.255.255.0'/>\n");
    const diagnostics = await open(server, uri, text);
    const exists = diagnostics.find((d) => d.code === 'network-exists-without-uuid');
    assert.ok(exists, JSON.stringify(diagnostics));
    const uuid = await uuidOf(server, TEST, 'default');
    const all = await codeActions(server, uri, diagnostics);
    const insert = all.find((a) => a.title === `Insert <uuid>${uuid}</uuid>`);
    assert.ok(insert, JSON.stringify(titles(all)));
    assert.equal(insert.kind, 'quickfix');
    assert.deepEqual(insert.diagnostics?.map((d) => d.code), ['network-exists-without-uuid']);
    assert.deepEqual(Object.values(insert.edit?.changes ?? {})[0].map((e) => e.newText), [`\n  <uuid>${uuid}</uuid>`]);
    // Defined there and running, no uuid in the document: no libvirt action.
    assert.deepEqual(all.filter((a) => a.kind === 'libvirt'), []);

    const other = 'file:///tmp/lsp-ca/other-copy.xml';
    const otherDiagnostics = await open(server, other, text.replace('<name>default</name>', '<name>ca-copy</name>'));
    const fixes = await codeActions(server, other, otherDiagnostics, ['quickfix']);
    assert.ok(fixes.some((a) => a.title === "Use the free name 'virbr1'"), JSON.stringify(titles(fixes)));
    assert.ok(fixes.every((a) => a.kind === 'quickfix'));
    assert.deepEqual(titles(await codeActions(server, other, otherDiagnostics, ['libvirt'])), [`Define network 'ca-copy' on ${TEST}`, `Define and start network 'ca-copy' on ${TEST}`]);
  });

  test('no libvirt actions for what is not a well-formed network document', async () => {
    const domain = 'file:///tmp/lsp-ca/domain.xml';
    server.open(domain, '<domain><name>vm</name></domain>');
    assert.deepEqual(await codeActions(server, domain), []);
    const broken = 'file:///tmp/lsp-ca/broken.xml';
    await open(server, broken, '<network>\n  <name>half</name>\n  <ip address="10.34.0.1"\n</network>\n');
    assert.deepEqual((await codeActions(server, broken)).filter((a) => a.kind === 'libvirt'), []);
  });
});

describe('code actions with a real libvirtd (and test:///default next to it)', () => {
  let sb: LibvirtdSandbox;
  let server: LspSession;
  before(async () => {
    sb = await startLibvirtd({ name: 'lsp-ca' });
    server = await startServer({ trusted: true, virshPath: 'virsh', connections: [sb.uri, TEST] });
    await server.request('libvirt/snapshot', {});
  });
  after(async () => {
    await server?.stop();
    await sb?.stop();
  });

  test('one define per configured connection', async () => {
    const uri = 'file:///tmp/lsp-ca-sb/both.xml';
    await open(server, uri, doc('both', "  <ip address='10.41.0.1' prefix='24'/>\n"));
    assert.deepEqual(titles(await codeActions(server, uri)), [
      `Define network 'both' on ${sb.uri}`,
      `Define and start network 'both' on ${sb.uri}`,
      `Define network 'both' on ${TEST}`,
      `Define and start network 'both' on ${TEST}`,
    ]);
  });

  test('what libvirt fills in (uuid, mac, bridge name, stp, delay, forward mode) and drops (<dns/>) is no difference', async () => {
    const uri = 'file:///tmp/lsp-ca-sb/filled.xml';
    const body = "  <forward/>\n  <dns/>\n  <ip address='10.42.0.1' netmask='255.255.255.0'>\n    <dhcp>\n      <range start='10.42.0.10' end='10.42.0.20'/>\n    </dhcp>\n  </ip>\n";
    await open(server, uri, doc('filled', body));
    const [defineAndStart] = (await codeActions(server, uri)).filter((a) => a.title.startsWith('Define and start') && a.title.endsWith(sb.uri));
    assert.deepEqual(await run(server, defineAndStart), { ok: true, name: 'filled' });
    const persistent = await server.request<DumpXmlResult>('libvirt/dumpXml', { uri: sb.uri, name: 'filled', inactive: true });
    assert.ok(persistent.ok && /<bridge name='virbr\d+' stp='on' delay='0'\/>/.test(persistent.xml) && /<mac address=/.test(persistent.xml), JSON.stringify(persistent));
    const uuid = await uuidOf(server, sb.uri, 'filled');
    await open(server, uri, doc('filled', body, uuid));
    // Running (its live XML has <nat><port .../></nat>): compared with the persistent definition.
    assert.deepEqual(titles(await codeActions(server, uri)), [`Define network 'filled' on ${TEST}`, `Define and start network 'filled' on ${TEST}`]);
    // A real change: another DHCP range end.
    const changed = doc('filled', body.replace("end='10.42.0.20'", "end='10.42.0.30'"), uuid);
    await open(server, uri, changed);
    assert.deepEqual(titles(await codeActions(server, uri)).filter((t) => t.includes(sb.uri)), [`Redefine 'filled' on ${sb.uri}: differs from the stored definition`]);
    // An explicit bridge name other than the one libvirt picked is a difference too.
    await open(server, uri, doc('filled', body.replace('  <forward/>\n', "  <forward/>\n  <bridge name='virbr77'/>\n"), uuid));
    assert.deepEqual(titles(await codeActions(server, uri)).filter((t) => t.includes(sb.uri)), [`Redefine 'filled' on ${sb.uri}: differs from the stored definition`]);
    assert.deepEqual(await server.request<ActionResult>('libvirt/action', { uri: sb.uri, action: 'stopAndUndefine', name: 'filled' }), { ok: true, name: 'filled' });
  });
});
