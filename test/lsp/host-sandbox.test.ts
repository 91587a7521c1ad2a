// The real bundled server against a real libvirtd (qemu:///system in its own network namespace,
// test/support/libvirtd-sandbox.ts): host facts behind the host rules' diagnostics, refreshed
// after our actions and on libvirt events; net-start failures in libvirt's words; the event
// watcher only while the explorer is visible; a daemon that goes away.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { waitFor } from '../support/host-layer';
import { startLibvirtd, type LibvirtdSandbox } from '../support/libvirtd-sandbox';
import { startServer, type LspSession } from '../support/lsp-client';
import type { ActionParams, ActionResult, NetworksChangedParams, SnapshotResult } from '../../server/src/protocol';

/** A network document: NAME, then the body inside <network>. */
const doc = (name: string, body: string) => `<network>\n  <name>${name}</name>\n${body}</network>\n`;
const SAME_SUBNET = doc('clash', "  <forward mode='nat'/>\n  <bridge name='virbr3'/>\n  <ip address='192.168.122.1' netmask='255.255.255.0'/>\n");
const SAME_BRIDGE = doc('samebridge', "  <bridge name='virbr0'/>\n  <ip address='10.77.0.1' prefix='24'/>\n");

describe('host facts and actions on a sandboxed qemu:///system', () => {
  let sb: LibvirtdSandbox;
  let server: LspSession;
  const changes: NetworksChangedParams[] = [];
  /** Every diagnostics publication per document uri, in order. */
  const published = new Map<string, Diagnostic[][]>();

  before(async () => {
    sb = await startLibvirtd({ name: 'lsp-host' });
    const started = sb.virsh(['net-start', 'default']);
    assert.equal(started.status, 0, started.stderr);
    server = await startServer({ trusted: true, virshPath: 'virsh', connections: [sb.uri] });
    server.connection.onNotification('libvirt/networksChanged', (p: NetworksChangedParams) => {
      changes.push(p);
    });
    recordDiagnostics(server, published);
    // The snapshot request returns once the host facts are updated from it.
    await snapshot();
  });
  after(async () => {
    await server?.stop();
    await sb?.stop();
  });

  const action = (params: ActionParams) => server.request<ActionResult>('libvirt/action', params);
  const snapshot = () => server.request<SnapshotResult>('libvirt/snapshot', {});

  test('with default active (192.168.122.0/24 on virbr0): subnet and bridge clashes are diagnosed in libvirt’s words', async () => {
    const a = 'file:///tmp/lsp-host/clash.xml';
    const b = 'file:///tmp/lsp-host/samebridge.xml';
    const first = await openAndRecord(server, published, a, SAME_SUBNET);
    const inUse = first.find((d) => d.code === 'subnet-in-use');
    assert.ok(inUse, JSON.stringify(first));
    assert.match(String(inUse.message), /^internal error: Network is already in use by interface virbr0/);
    assert.equal(inUse.severity, 1);
    assert.equal(SAME_SUBNET.split('\n')[inUse.range.start.line].trim().startsWith('<ip '), true);
    const second = await openAndRecord(server, published, b, SAME_BRIDGE);
    const bridge = second.find((d) => d.code === 'bridge-name-in-use');
    assert.ok(bridge, JSON.stringify(second));
    assert.match(String(bridge.message), /^internal error: bridge name 'virbr0' already in use\./);
  });

  test('net-start failures come back from libvirt/action verbatim', async () => {
    assert.deepEqual(await action({ uri: sb.uri, action: 'define', xml: SAME_SUBNET }), { ok: true, name: 'clash' });
    assert.deepEqual(await action({ uri: sb.uri, action: 'start', name: 'clash' }), {
      ok: false,
      error: { kind: 'other', message: 'internal error: Network is already in use by interface virbr0' },
    });
    const long = doc('longbridge', "  <bridge name='virbr-0123456789'/>\n");
    assert.deepEqual(await action({ uri: sb.uri, action: 'defineAndStart', xml: long }), {
      ok: false,
      error: { kind: 'other', message: 'error creating bridge interface virbr-0123456789: Numerical result out of range' },
    });
    assert.deepEqual(await action({ uri: sb.uri, action: 'undefine', name: 'clash' }), { ok: true, name: 'clash' });
    assert.deepEqual(await action({ uri: sb.uri, action: 'undefine', name: 'longbridge' }), { ok: true, name: 'longbridge' });
  });

  test('our own action refreshes the host facts and re-publishes diagnostics', async () => {
    const a = 'file:///tmp/lsp-host/clash.xml';
    const seen = (published.get(a) ?? []).length;
    assert.deepEqual(await action({ uri: sb.uri, action: 'stop', name: 'default' }), { ok: true, name: 'default' });
    // The action answers after the refresh; publications still pending from earlier changes may come first.
    let next = await nextPublication(published, a, seen);
    for (let n = seen + 1; next.some((d) => d.code === 'subnet-in-use'); n++) next = await nextPublication(published, a, n);
    // Still the same subnet as an inactive network: a warning now.
    assert.ok(next.some((d) => d.code === 'subnet-overlap' && /overlaps 192\.168\.122\.0\/24 of network 'default' \(inactive\)/.test(String(d.message))), JSON.stringify(next));
  });

  test('with the explorer visible, libvirt events are forwarded and refresh the host facts', async () => {
    await server.connection.sendNotification('libvirt/explorerVisible', { visible: true });
    // The watcher connects asynchronously: make changes from outside until one is reported.
    for (let i = 0; !changes.some((c) => c.network?.startsWith('probe')); i++) {
      assert.ok(i < 200, 'no libvirt/networksChanged arrived');
      assert.equal(sb.virsh(['net-define', '/dev/stdin'], `<network><name>probe${i}</name></network>`).status, 0);
      assert.equal(sb.virsh(['net-undefine', `probe${i}`]).status, 0);
      await new Promise((r) => setTimeout(r, 50));
    }
    const probe = changes.find((c) => c.network?.startsWith('probe'))!;
    assert.equal(probe.uri, sb.uri);
    assert.ok(['Defined', 'Undefined'].includes(probe.event ?? ''), JSON.stringify(probe));

    // Started outside the server: the event refreshes the facts, the error comes back.
    const a = 'file:///tmp/lsp-host/clash.xml';
    const seen = (published.get(a) ?? []).length;
    assert.equal(sb.virsh(['net-start', 'default']).status, 0);
    for (let n = seen; ; n++) {
      const next = await nextPublication(published, a, n);
      if (next.some((d) => d.code === 'subnet-in-use')) break;
    }
    assert.ok(changes.some((c) => c.network === 'default' && c.event === 'Started'), JSON.stringify(changes));
    assert.deepEqual(watcherProcesses(server.process.pid!).length, 1);
  });

  test('hiding the explorer stops the event watcher', async () => {
    await server.connection.sendNotification('libvirt/explorerVisible', { visible: false });
    await snapshot(); // answered after the notification was handled
    await waitFor(() => watcherProcesses(server.process.pid!).length === 0, 15_000);
  });

  test('editor code actions define on the sandbox, then offer to start', async () => {
    const uri = 'file:///tmp/lsp-host/fresh.xml';
    const text = doc('fresh', "  <bridge name='virbr21'/>\n  <ip address='10.21.0.1' prefix='24'/>\n");
    server.open(uri, text);
    const titles = async () => (await codeActions(server, uri)).map((a) => a.title);
    assert.deepEqual(await titles(), [`Define network 'fresh' on ${sb.uri}`, `Define and start network 'fresh' on ${sb.uri}`]);
    const [define] = await codeActions(server, uri);
    assert.equal(define.command?.command, 'libvirtNetworks.runAction');
    assert.deepEqual(await action(define.command!.arguments![0] as ActionParams), { ok: true, name: 'fresh' });
    assert.deepEqual(await titles(), [`Start network 'fresh' on ${sb.uri}`]);
    assert.deepEqual(await action({ uri: sb.uri, action: 'undefine', name: 'fresh' }), { ok: true, name: 'fresh' });
  });

  test('a stopped daemon: kind daemon-not-running', async () => {
    await sb.stop();
    // The first call may still see the old connection break (connection-lost); then no daemon.
    let kind: string | undefined;
    for (let i = 0; i < 3 && kind !== 'daemon-not-running'; i++) {
      const [snap] = (await snapshot()).connections;
      assert.equal(snap.ok, false);
      kind = snap.ok ? undefined : snap.error.kind;
      assert.ok(kind === 'daemon-not-running' || kind === 'connection-lost', kind);
    }
    assert.equal(kind, 'daemon-not-running');
    const result = await action({ uri: sb.uri, action: 'start', name: 'default' });
    assert.equal(result.ok ? 'ok' : result.error.kind, 'daemon-not-running');
    assert.ok(!result.ok && result.error.hint?.includes('systemctl start libvirtd'), JSON.stringify(result));
  });
});

describe('a server in the daemon’s own network namespace reads its routes and interfaces', () => {
  let sb: LibvirtdSandbox;
  let inside: LspSession;
  let outside: LspSession;

  before(async () => {
    sb = await startLibvirtd({ name: 'lsp-facts' });
    assert.equal(sb.virsh(['net-start', 'default']).status, 0);
    // A bridge of the host's own (no libvirt network): its routes are what the kernel shows.
    const ip = (...args: string[]) => execFileSync('ip', ['-n', sb.netns, ...args]);
    ip('link', 'add', 'lvhostbr0', 'type', 'bridge');
    ip('addr', 'add', '10.55.0.1/24', 'dev', 'lvhostbr0');
    ip('-6', 'addr', 'add', 'fd55::1/64', 'dev', 'lvhostbr0', 'nodad');
    ip('link', 'set', 'lvhostbr0', 'up');
    const options = { trusted: true, virshPath: 'virsh', connections: [sb.uri] };
    inside = await startServer(options, { netns: sb.netns });
    outside = await startServer(options);
    await inside.request('libvirt/snapshot', {});
    await outside.request('libvirt/snapshot', {});
  });
  after(async () => {
    await inside?.stop();
    await outside?.stop();
    await sb?.stop();
  });

  const cases: { name: string; text: string; code: string; message: RegExp }[] = [
    { name: 'route4', text: doc('route4', "  <forward mode='nat'/>\n  <ip address='10.55.0.1' prefix='24'/>\n"), code: 'subnet-in-use', message: /^internal error: Network is already in use by interface lvhostbr0/ },
    { name: 'route6', text: doc('route6', "  <ip family='ipv6' address='fd55::1' prefix='64'/>\n"), code: 'subnet-overlap', message: /^subnet fd55::\/64 overlaps the host route fd55::\/64 on lvhostbr0/ },
    { name: 'iface', text: doc('iface', "  <bridge name='lvhostbr0'/>\n  <ip address='10.56.0.1' prefix='24'/>\n"), code: 'bridge-name-exists-on-host', message: /^error creating bridge interface lvhostbr0: File exists/ },
    { name: 'nobridge', text: doc('nobridge', "  <forward mode='bridge'/>\n  <bridge name='nosuchbr0'/>\n"), code: 'bridge-missing-on-host', message: /^Cannot get interface MTU on 'nosuchbr0': No such device/ },
  ];

  for (const c of cases) {
    test(`${c.code}: found inside the namespace, not outside it`, async () => {
      const uri = `file:///tmp/lsp-facts/${c.name}.xml`;
      const found = (await openAndDiagnose(inside, uri, c.text)).filter((d) => d.code === c.code);
      assert.equal(found.length, 1, JSON.stringify(found));
      assert.match(String(found[0].message), c.message);
      const outsideFound = (await openAndDiagnose(outside, uri, c.text)).filter((d) => d.code === c.code);
      if (c.code === 'bridge-missing-on-host') assert.equal(outsideFound.length, 1, 'nosuchbr0 exists nowhere');
      else assert.deepEqual(outsideFound, [], 'the host namespace has no lvhostbr0');
    });
  }

  test('the running default network’s own route does not count twice', async () => {
    const diagnostics = await openAndDiagnose(inside, 'file:///tmp/lsp-facts/clash.xml', SAME_SUBNET);
    const inUse = diagnostics.filter((d) => d.code === 'subnet-in-use');
    assert.equal(inUse.length, 1, JSON.stringify(diagnostics));
    assert.match(String(inUse[0].message), /interface virbr0/);
  });
});

// ---------------------------------------------------------------------------------------------

async function openAndDiagnose(server: LspSession, uri: string, text: string): Promise<Diagnostic[]> {
  const pending = server.diagnostics(uri);
  server.open(uri, text);
  return pending;
}

/** Opens a document and waits for its first publication (with recordDiagnostics installed). */
async function openAndRecord(server: LspSession, published: Map<string, Diagnostic[][]>, uri: string, text: string): Promise<Diagnostic[]> {
  const seen = published.get(uri)?.length ?? 0;
  server.open(uri, text);
  return nextPublication(published, uri, seen);
}

/** Records every publication (replaces lsp-client's own handler: use nextPublication, not diagnostics()). */
function recordDiagnostics(server: LspSession, published: Map<string, Diagnostic[][]>): void {
  server.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    const list = published.get(p.uri) ?? [];
    list.push(p.diagnostics);
    published.set(p.uri, list);
  });
}

/** The publication number `index` (0-based) for `uri`, waiting for it if needed. */
async function nextPublication(published: Map<string, Diagnostic[][]>, uri: string, index: number): Promise<Diagnostic[]> {
  await waitFor(() => (published.get(uri)?.length ?? 0) > index, 15_000);
  return published.get(uri)![index];
}

/** `virsh ... net-event` processes whose parent is `pid` (zombies excluded). */
function watcherProcesses(pid: number): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[1]) !== pid || fields[0] === 'Z') continue;
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').includes('net-event')) found.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return found;
}

async function codeActions(server: LspSession, uri: string): Promise<{ title: string; kind?: string; command?: { command: string; arguments?: unknown[] } }[]> {
  const all = await server.request<{ title: string; kind?: string; command?: { command: string; arguments?: unknown[] } }[]>('textDocument/codeAction', {
    textDocument: { uri },
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    context: { diagnostics: [], only: ['libvirt'] },
  });
  return all;
}
