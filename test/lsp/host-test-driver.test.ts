// The libvirt/* requests of the real bundled server against the real virsh and libvirt's test
// driver (test:///default). Its state lives inside one virsh process; the server keeps one
// session per connection, so what a request defines the next one sees.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, type LspSession } from '../support/lsp-client';
import { parseNetworkXml } from '../../server/src/host/network-xml';
import type { ActionParams, ActionResult, DetailsResult, DumpXmlResult, HealthResult, NetworkSummary, SnapshotResult } from '../../server/src/protocol';

const URI = 'test:///default';

describe('libvirt requests on test:///default', () => {
  let server: LspSession;

  before(async () => {
    server = await startServer({ trusted: true, virshPath: 'virsh', connections: [URI] });
  });
  after(async () => {
    await server?.stop();
  });

  const action = (params: ActionParams) => server.request<ActionResult>('libvirt/action', params);
  async function networks(): Promise<NetworkSummary[]> {
    const result = await server.request<SnapshotResult>('libvirt/snapshot', {});
    assert.equal(result.connections.length, 1);
    const [snap] = result.connections;
    assert.ok(snap.ok, JSON.stringify(snap));
    assert.equal(snap.uri, URI);
    return snap.networks;
  }
  const find = async (name: string) => (await networks()).find((n) => n.name === name);

  test('a snapshot lists the test driver’s default network; every virsh call is logged with its duration', async () => {
    const def = await find('default');
    assert.deepEqual(def && { ...def, uuid: def.uuid.length }, {
      name: 'default',
      uuid: 36,
      active: true,
      autostart: false,
      persistent: true,
      bridge: 'virbr0',
      forwardMode: 'nat',
      ips: [{ family: 'ipv4', address: '192.168.122.1', prefix: 24, dhcpRanges: [{ start: '192.168.122.2', end: '192.168.122.254' }] }],
    });
    assert.ok(
      server.logMessages.some((l) => /^virsh -c test:\/\/\/default net-list --all --uuid \[session\]: ok \(\d+ ms\)$/.test(l)),
      server.logMessages.join('\n'),
    );
  });

  test('define, start, autostart, stop, undefine through libvirt/action', async () => {
    const xml = "<network><name>lsp-one</name><bridge name='virbr11'/><ip address='10.11.0.1' prefix='24'/></network>";
    assert.deepEqual(await action({ uri: URI, action: 'define', xml }), { ok: true, name: 'lsp-one' });
    const state = async () => {
      const n = await find('lsp-one');
      return n && [n.active, n.autostart, n.persistent];
    };
    assert.deepEqual(await state(), [false, false, true]);
    assert.deepEqual(await action({ uri: URI, action: 'start', name: 'lsp-one' }), { ok: true, name: 'lsp-one' });
    assert.deepEqual(await state(), [true, false, true]);
    assert.deepEqual(await action({ uri: URI, action: 'autostartOn', name: 'lsp-one' }), { ok: true, name: 'lsp-one' });
    assert.deepEqual(await state(), [true, true, true]);
    assert.deepEqual(await action({ uri: URI, action: 'stop', name: 'lsp-one' }), { ok: true, name: 'lsp-one' });
    assert.deepEqual(await action({ uri: URI, action: 'autostartOff', name: 'lsp-one' }), { ok: true, name: 'lsp-one' });
    assert.deepEqual(await state(), [false, false, true]);
    assert.deepEqual(await action({ uri: URI, action: 'undefine', name: 'lsp-one' }), { ok: true, name: 'lsp-one' });
    assert.equal(await state(), undefined);
  });

  test('defineAndStart, then stopAndUndefine', async () => {
    const xml = "<network><name>lsp-two</name><ip address='10.12.0.1' prefix='24'/></network>";
    assert.deepEqual(await action({ uri: URI, action: 'defineAndStart', xml }), { ok: true, name: 'lsp-two' });
    assert.equal((await find('lsp-two'))?.active, true);
    assert.deepEqual(await action({ uri: URI, action: 'stopAndUndefine', name: 'lsp-two' }), { ok: true, name: 'lsp-two' });
    assert.equal(await find('lsp-two'), undefined);
  });

  test('dumpXml: the live definition, and the persistent one (the test driver has no --inactive: the same)', async () => {
    const live = await server.request<DumpXmlResult>('libvirt/dumpXml', { uri: URI, name: 'default', inactive: false });
    assert.ok(live.ok, JSON.stringify(live));
    assert.match(live.xml, /^<network>\n  <name>default<\/name>\n  <uuid>[0-9a-f-]{36}<\/uuid>/);
    const persistent = await server.request<DumpXmlResult>('libvirt/dumpXml', { uri: URI, name: 'default', inactive: true });
    assert.deepEqual(persistent, live);
    const missing = await server.request<DumpXmlResult>('libvirt/dumpXml', { uri: URI, name: 'nosuch', inactive: true });
    assert.deepEqual(missing.ok ? 'ok' : [missing.error.kind, missing.error.message], ['network-not-found', "Network not found: no network with matching name 'nosuch'"]);
  });

  test('details: the network, its guests, and what the driver cannot say (leases), per part', async () => {
    const details = await server.request<DetailsResult>('libvirt/details', { uri: URI, name: 'default' });
    assert.equal(details.network?.name, 'default');
    assert.deepEqual(details.guests.map((g) => [g.domain, g.device, g.mac, g.type]), [['test', 'testnet0', 'aa:bb:cc:dd:ee:ff', 'network']]);
    assert.deepEqual(details.leases, []);
    assert.equal(details.link, undefined, 'the test driver’s bridges are imaginary');
    assert.deepEqual(
      details.errors.map((e) => [e.part, e.error.kind, e.error.message]),
      [['leases', 'other', 'this function is not supported by the connection driver: virNetworkGetDHCPLeases']],
    );
  });

  test('health on a test connection: only the default-network check', async () => {
    const health = await server.request<HealthResult>('libvirt/health', { uri: URI });
    assert.equal(health.uri, URI);
    assert.deepEqual(health.checks.map((c) => [c.id, c.ok]), [['default-network', true]]);
  });

  test('a hostile network name defines, round-trips and runs nothing', async () => {
    // libvirt refuses '/' in names; the rest of the shell's favourites are fine to it. Relative
    // paths: virsh runs in the server's working directory, which is this process's.
    const marker = `lsp-hostile-marker-${process.pid}`;
    const name = `a'b"c; net-undefine default $(touch ${marker}) \`touch ${marker}\` |x > ${marker}\nline two`;
    const escaped = name.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&apos;').replace(/"/g, '&quot;');
    const xml = `<network><name>${escaped}</name><ip address='10.13.0.1' prefix='24'/></network>`;
    try {
      assert.deepEqual(await action({ uri: URI, action: 'define', xml }), { ok: true, name });
      assert.equal((await find(name))?.active, false);
      assert.deepEqual(await action({ uri: URI, action: 'start', name }), { ok: true, name });
      assert.equal((await find(name))?.active, true);
      const dumped = await server.request<DumpXmlResult>('libvirt/dumpXml', { uri: URI, name, inactive: false });
      assert.ok(dumped.ok, JSON.stringify(dumped));
      assert.equal(parseNetworkXml(dumped.xml).name, name);
      assert.deepEqual(await action({ uri: URI, action: 'stopAndUndefine', name }), { ok: true, name });
      assert.equal(await find(name), undefined);
      assert.equal(existsSync(join(process.cwd(), marker)), false, 'a command in the name was run');
      assert.equal((await find('default'))?.active, true, 'the `; net-undefine default` in the name was run');
    } finally {
      rmSync(join(process.cwd(), marker), { force: true });
    }
  });

  test('a network named like another network’s UUID: actions by name act on it, never on the other', async () => {
    // virsh looks `--network X` up as a UUID first: passing the name would hit network A.
    const uuidA = '5a3f0c1e-0000-4000-8000-00000000000a';
    const uuidB = '5a3f0c1e-0000-4000-8000-00000000000b';
    const xmlA = `<network><name>lsp-uuid-a</name><uuid>${uuidA}</uuid><ip address='10.14.0.1' prefix='24'/></network>`;
    const xmlB = `<network><name>${uuidA}</name><uuid>${uuidB}</uuid><ip address='10.15.0.1' prefix='24'/></network>`;
    const stateOf = async (uuid: string) => {
      const n = (await networks()).find((x) => x.uuid === uuid);
      return n && { name: n.name, active: n.active, autostart: n.autostart };
    };
    const a = { name: 'lsp-uuid-a', active: true, autostart: false };
    try {
      assert.deepEqual(await action({ uri: URI, action: 'defineAndStart', xml: xmlA }), { ok: true, name: 'lsp-uuid-a' });
      assert.deepEqual(await action({ uri: URI, action: 'defineAndStart', xml: xmlB }), { ok: true, name: uuidA });
      assert.deepEqual(await stateOf(uuidB), { name: uuidA, active: true, autostart: false });
      assert.deepEqual(await stateOf(uuidA), a);

      const dumped = await server.request<DumpXmlResult>('libvirt/dumpXml', { uri: URI, name: uuidA, inactive: true });
      assert.ok(dumped.ok, JSON.stringify(dumped));
      assert.equal(parseNetworkXml(dumped.xml).uuid, uuidB, 'dumpXml by name read the other network');
      const details = await server.request<DetailsResult>('libvirt/details', { uri: URI, name: uuidA });
      assert.equal(details.network?.uuid, uuidB);

      assert.deepEqual(await action({ uri: URI, action: 'stop', name: uuidA }), { ok: true, name: uuidA });
      assert.deepEqual(await stateOf(uuidB), { name: uuidA, active: false, autostart: false });
      assert.deepEqual(await stateOf(uuidA), a, 'stopping B stopped A');
      assert.deepEqual(await action({ uri: URI, action: 'autostartOn', name: uuidA }), { ok: true, name: uuidA });
      assert.deepEqual(await stateOf(uuidB), { name: uuidA, active: false, autostart: true });
      assert.deepEqual(await stateOf(uuidA), a, 'autostart of B set on A');
      // The explorer passes the UUID it knows along with the name.
      assert.deepEqual(await action({ uri: URI, action: 'start', name: uuidA, uuid: uuidB }), { ok: true, name: uuidA });
      assert.deepEqual(await stateOf(uuidB), { name: uuidA, active: true, autostart: true });
      assert.deepEqual(await action({ uri: URI, action: 'stopAndUndefine', name: uuidA }), { ok: true, name: uuidA });
      assert.equal(await stateOf(uuidB), undefined);
      assert.deepEqual(await stateOf(uuidA), a, 'undefining B touched A');
    } finally {
      await action({ uri: URI, action: 'stopAndUndefine', name: uuidA, uuid: uuidB });
      await action({ uri: URI, action: 'stopAndUndefine', name: 'lsp-uuid-a', uuid: uuidA });
    }
  });

  test('define with `replaces`: an edited definition naming another network is refused, defines nothing; its own passes', async () => {
    const xml = "<network><name>lsp-edit</name><ip address='10.16.0.1' prefix='24'/></network>";
    try {
      assert.deepEqual(await action({ uri: URI, action: 'define', xml }), { ok: true, name: 'lsp-edit' });
      const defaultBefore = await server.request<DumpXmlResult>('libvirt/dumpXml', { uri: URI, name: 'default', inactive: true });
      // The editor of lsp-edit, its <name> changed to default's.
      const retargeted = "<network><name>default</name><ip address='10.16.0.1' prefix='24'/></network>";
      const refused = await action({ uri: URI, action: 'define', xml: retargeted, replaces: { name: 'lsp-edit' } });
      assert.equal(refused.ok ? 'ok' : refused.error.kind, 'definition-retargeted');
      assert.match(refused.ok ? '' : refused.error.message, /^The XML now identifies network 'default' \([0-9a-f-]{36}\), not 'lsp-edit': saving would overwrite/);
      assert.deepEqual(await server.request<DumpXmlResult>('libvirt/dumpXml', { uri: URI, name: 'default', inactive: true }), defaultBefore, 'default was redefined');
      // The same network still passes: the ordinary save.
      const uuid = (await find('lsp-edit'))?.uuid;
      const edited = `<network><name>lsp-edit</name><uuid>${uuid}</uuid><ip address='10.16.0.1' prefix='16'/></network>`;
      assert.deepEqual(await action({ uri: URI, action: 'define', xml: edited, replaces: { name: 'lsp-edit' } }), { ok: true, name: 'lsp-edit' });
      assert.equal((await find('lsp-edit'))?.ips[0]?.prefix, 16);
    } finally {
      await action({ uri: URI, action: 'undefine', name: 'lsp-edit' });
    }
  });

  test('failures come back as { kind, message } with libvirt’s words', async () => {
    assert.deepEqual(await action({ uri: URI, action: 'start', name: 'nosuch' }), {
      ok: false,
      error: { kind: 'network-not-found', message: "Network not found: no network with matching name 'nosuch'", hint: 'It may have been undefined elsewhere: refresh the explorer.' },
    });
    const running = await action({ uri: URI, action: 'undefine', name: 'default' });
    assert.deepEqual(running, { ok: false, error: { kind: 'other', message: "Requested operation is not valid: Network 'default' is still running" } });
    const invalid = await action({ uri: URI, action: 'define', xml: '<network><name>x</name><ip address="300.1.1.1"/></network>' });
    assert.equal(invalid.ok, false);
    assert.ok(!invalid.ok && invalid.error.kind === 'other' && /300\.1\.1\.1/.test(invalid.error.message), JSON.stringify(invalid));
    // Malformed parameters are refused before anything runs.
    assert.deepEqual(await action({ uri: URI, action: 'start' }), { ok: false, error: { kind: 'other', message: 'start needs a network name' } });
    assert.deepEqual(await action({ uri: URI, action: 'explode' as ActionParams['action'], name: 'default' }), {
      ok: false,
      error: { kind: 'other', message: 'unknown action "explode" (one of define, defineAndStart, start, stop, autostartOn, autostartOff, undefine, stopAndUndefine)' },
    });
  });

  test('libvirt/connectionsChanged: a new virsh path and connection list apply to the next request', async () => {
    await server.connection.sendNotification('libvirt/connectionsChanged', { connections: [URI, 'test:///default?second'], virshPath: '/nonexistent/virsh' });
    const broken = await server.request<SnapshotResult>('libvirt/snapshot', {});
    assert.deepEqual(
      broken.connections.map((c) => [c.uri, c.ok ? 'ok' : c.error.kind, c.ok ? '' : c.error.message]),
      [
        [URI, 'not-installed', 'virsh was not found (/nonexistent/virsh)'],
        ['test:///default?second', 'not-installed', 'virsh was not found (/nonexistent/virsh)'],
      ],
    );
    await server.connection.sendNotification('libvirt/connectionsChanged', { connections: [URI], virshPath: 'virsh' });
    const fixed = await server.request<SnapshotResult>('libvirt/snapshot', {});
    assert.deepEqual(fixed.connections.map((c) => [c.uri, c.ok]), [[URI, true]]);
  });

  test('a connection that cannot be reached is a failed snapshot, not a failed request', async () => {
    const result = await server.request<SnapshotResult>('libvirt/snapshot', { uris: ['qemu:///system?socket=/nonexistent/libvirt-sock'] });
    const [snap] = result.connections;
    assert.deepEqual(snap.ok ? 'ok' : snap.error.kind, 'daemon-not-running');
  });
});

test('shutdown ends the server’s virsh session and event watcher', async () => {
  const server = await startServer({ trusted: true, virshPath: 'virsh', connections: [URI] });
  let children: number[] = [];
  try {
    await server.connection.sendNotification('libvirt/explorerVisible', { visible: true });
    await server.request('libvirt/snapshot', {});
    children = virshChildren(server.process.pid!);
    assert.equal(children.length, 2, 'one session and one watcher');
  } finally {
    await server.stop();
  }
  const deadline = Date.now() + 10_000;
  while (children.some(isRunning)) {
    assert.ok(Date.now() < deadline, `still running: ${children.filter(isRunning).join(' ')}`);
    await new Promise((r) => setTimeout(r, 20));
  }
});

/** virsh processes whose parent is `pid`. */
function virshChildren(pid: number): number[] {
  return readdirSync('/proc')
    .filter((e) => /^\d+$/.test(e))
    .filter((e) => {
      try {
        const stat = readFileSync(`/proc/${e}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid && stat.includes('(virsh)');
      } catch {
        return false;
      }
    })
    .map(Number);
}

/** Alive and not a zombie. */
function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}
