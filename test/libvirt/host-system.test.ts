// The host layer against a real libvirtd (qemu:///system, sandboxed in its own network and mount
// namespace by test/support/libvirtd-sandbox.ts): snapshots, actions, libvirt's start-time
// failures, DHCP leases, the event watcher, health checks and a daemon that goes away.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rejection, waitFor } from '../support/host-layer';
import { startLibvirtd, type LibvirtdSandbox } from '../support/libvirtd-sandbox';
import { HostNetworks } from '../../server/src/host/networks';
import { NetworkEventWatcher, type NetworkEvent } from '../../server/src/host/events';
import { checkHostHealth, machineHealthDeps } from '../../server/src/host/health';
import { parseIpLinkJson } from '../../server/src/host/link-state';
import { VirshError } from '../../server/src/host/errors';
import type { NetworkSummary } from '../../server/src/host/types';

describe('host layer on a sandboxed qemu:///system', () => {
  let sb: LibvirtdSandbox;
  let host: HostNetworks;
  const log: string[] = [];

  before(async () => {
    sb = await startLibvirtd({ name: 'host-layer' });
    host = new HostNetworks({ virshPath: 'virsh', logger: (line) => log.push(line) });
  });

  after(async () => {
    host?.dispose();
    await sb?.stop();
  });

  async function networks(): Promise<NetworkSummary[]> {
    const snap = await host.snapshot(sb.uri);
    assert.ok(snap.ok, JSON.stringify(snap));
    return snap.networks;
  }

  test('the stock default network, started through the session', async () => {
    const before = (await networks()).find((n) => n.name === 'default');
    assert.deepEqual(before && [before.active, before.persistent, before.forwardMode, before.bridge], [false, true, 'nat', 'virbr0']);
    await host.start(sb.uri, 'default');
    await host.setAutostart(sb.uri, 'default', true);
    const after = (await networks()).find((n) => n.name === 'default');
    assert.deepEqual(after && [after.active, after.autostart], [true, true]);
    assert.deepEqual(after?.ips, [{ family: 'ipv4', address: '192.168.122.1', prefix: 24, dhcpRanges: [{ start: '192.168.122.2', end: '192.168.122.254' }] }]);
    // The live XML carries what libvirt filled in at start; the inactive one is the config.
    assert.match(await host.dumpXml(sb.uri, 'default'), /<port start='1024' end='65535'\/>/);
    assert.doesNotMatch(await host.dumpXml(sb.uri, 'default', { inactive: true }), /<port start=/);
  });

  test('a dual-stack network: define, start, summary', async () => {
    await host.define(sb.uri, `<network><name>dual net</name><forward mode='route' dev='lo'/><bridge name='virbr7'/><ip address='10.207.0.1' prefix='24'><dhcp><range start='10.207.0.50' end='10.207.0.60'/></dhcp></ip><ip family='ipv6' address='fd00:207::1' prefix='64'/></network>`);
    await host.start(sb.uri, 'dual net');
    const dual = (await networks()).find((n) => n.name === 'dual net');
    assert.deepEqual(dual && { ...dual, uuid: '' }, {
      name: 'dual net',
      uuid: '',
      active: true,
      autostart: false,
      persistent: true,
      bridge: 'virbr7',
      forwardMode: 'route',
      forwardDev: 'lo',
      ips: [
        { family: 'ipv4', address: '10.207.0.1', prefix: 24, dhcpRanges: [{ start: '10.207.0.50', end: '10.207.0.60' }] },
        { family: 'ipv6', address: 'fd00:207::1', prefix: 64, dhcpRanges: [] },
      ],
    });
  });

  test('failures libvirt reports only at net-start keep its message', async () => {
    await host.define(sb.uri, `<network><name>clash</name><forward mode='nat'/><bridge name='virbr3'/><ip address='192.168.122.1' netmask='255.255.255.0'/></network>`);
    const clash = await rejection(host.start(sb.uri, 'clash'));
    assert.deepEqual([clash.kind, clash.message], ['other', 'internal error: Network is already in use by interface virbr0']);
    await host.define(sb.uri, `<network><name>longbridge</name><bridge name='virbr-0123456789'/></network>`);
    const long = await rejection(host.start(sb.uri, 'longbridge'));
    assert.equal(long.message, 'error creating bridge interface virbr-0123456789: Numerical result out of range');
    await host.undefine(sb.uri, 'clash');
    await host.undefine(sb.uri, 'longbridge');
  });

  test('DHCP leases as libvirt reads them from its lease status file', async () => {
    assert.deepEqual(await host.leases(sb.uri, 'default'), []);
    const expiry = Math.floor(Date.now() / 1000) + 3600;
    // What libvirt's lease helper writes for dnsmasq; no DHCP traffic involved.
    writeFileSync(join(sb.dir, 'lib', 'dnsmasq', 'virbr0.status'), JSON.stringify([{ 'ip-address': '192.168.122.77', 'mac-address': '52:54:00:00:00:77', hostname: 'web', 'expiry-time': expiry }]));
    const leases = await host.leases(sb.uri, 'default');
    assert.deepEqual(leases.map((l) => [l.mac, l.family, l.address, l.prefix, l.hostname, l.clientId]), [['52:54:00:00:00:77', 'ipv4', '192.168.122.77', 24, 'web', undefined]]);
    assert.deepEqual(await host.guests(sb.uri, 'default'), []);
  });

  test('health: bridges in the sandbox namespace, tools and /proc of this machine', async () => {
    const snapshot = await host.snapshot(sb.uri);
    const links = parseIpLinkJson(execFileSync('ip', ['-n', sb.netns, '-j', 'link', 'show'], { encoding: 'utf8' }));
    const checks = await checkHostHealth(snapshot, { ...machineHealthDeps(() => undefined), readLinks: async () => links });
    const byId = new Map(checks.map((c) => [c.id, c]));
    const all = JSON.stringify(checks, null, 1);
    assert.equal(byId.get('default-network')?.ok, true, all);
    assert.equal(byId.get('firewall-backend')?.ok, true, all);
    assert.equal(byId.get('dnsmasq')?.ok, true, all);
    const bridge = byId.get('bridge-state:default');
    assert.equal(bridge?.ok, true, all);
    assert.match(bridge?.message ?? '', /virbr0 of network default shows NO-CARRIER \(state DOWN\) because no guest interface is attached/, all);
    assert.ok(byId.has('bridge-state:dual net'), all);
  });

  test('the event watcher reports lifecycle events', async () => {
    const events: NetworkEvent[] = [];
    const watcher = new NetworkEventWatcher({ target: { virshPath: 'virsh', uri: sb.uri, logger: (l) => log.push(l) }, onEvent: (e) => events.push(e) });
    watcher.start();
    try {
      // The watcher connects asynchronously: define probes until it reports one.
      for (let i = 0; !events.some((e) => e.network.startsWith('probe')); i++) {
        assert.ok(i < 200, 'the watcher never saw an event');
        await host.define(sb.uri, `<network><name>probe${i}</name></network>`);
        await host.undefine(sb.uri, `probe${i}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      events.length = 0;
      await host.define(sb.uri, `<network><name>watched one</name><bridge name='virbr8'/></network>`);
      await host.start(sb.uri, 'watched one');
      await host.stop(sb.uri, 'watched one');
      await host.undefine(sb.uri, 'watched one');
      await waitFor(() => events.filter((e) => e.network === 'watched one').length === 4);
      assert.deepEqual(events.filter((e) => e.network === 'watched one').map((e) => e.event), ['Defined', 'Started', 'Stopped', 'Undefined']);
      assert.equal(events[0].uri, sb.uri);
    } finally {
      watcher.dispose();
    }
  });

  test('when the daemon goes away: the snapshot says so and the watcher retries', async () => {
    const errors: VirshError[] = [];
    const watcher = new NetworkEventWatcher({
      target: { virshPath: 'virsh', uri: sb.uri, logger: (l) => log.push(l) },
      onEvent: () => undefined,
      onError: (e) => errors.push(e),
      backoff: { initialMs: 20, maxMs: 100 },
    });
    watcher.start();
    try {
      assert.ok((await host.snapshot(sb.uri)).ok);
      await sb.stop();
      const snap = await host.snapshot(sb.uri);
      assert.equal(snap.ok, false);
      assert.ok(!snap.ok && ['connection-lost', 'daemon-not-running'].includes(snap.error.kind), JSON.stringify(snap));
      // The next refresh reconnects from scratch and finds no daemon.
      const again = await host.snapshot(sb.uri);
      assert.deepEqual(again.ok ? 'ok' : again.error.kind, 'daemon-not-running');
      await waitFor(() => errors.length >= 2);
      assert.equal(errors[errors.length - 1].kind, 'daemon-not-running');
      assert.ok(log.some((l) => /net-event watcher: daemon-not-running: .*; restarting in \d+ ms/.test(l)));
    } finally {
      watcher.dispose();
    }
  });
});
