// The explorer's pure parts, under node without VS Code: the refresh manager driven step by step
// through an injected timer, the wording of tree items, the `libvirt-net` uri form, error text,
// settings normalisation, and the manifest against the client (commands, menus, context values).
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { normalizeConfig } from '../../client/src/config';
import { errorKindLabel, formatHostError, thrownToHostError } from '../../client/src/errors';
import { escapeMarkdown, guestDescription, leaseDescription, networkContextValue, networkDescription, networkTooltip } from '../../client/src/explorer/format';
import { RefreshManager, type RefreshRequest, type Scheduler } from '../../client/src/explorer/refreshManager';
import { networkUriComponents, parseNetworkUri } from '../../client/src/fs/networkUri';
import type { NetworkSummary } from '../../client/src/protocol';
import { REPO_ROOT } from '../support/code-server';

// ---------------------------------------------------------------------------------------------
// RefreshManager

/** A timer the test fires by hand: no waiting on real time anywhere. */
class ManualScheduler implements Scheduler {
  private next = 1;
  readonly timers = new Map<number, { fn: () => void; ms: number }>();
  setTimeout(fn: () => void, ms: number): unknown {
    const id = this.next++;
    this.timers.set(id, { fn, ms });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.timers.delete(handle as number);
  }
  /** Delays of the pending timers. */
  pending(): number[] {
    return [...this.timers.values()].map((t) => t.ms);
  }
  /** Fires every pending timer (those it sets meanwhile stay pending). */
  fireAll(): void {
    const due = [...this.timers.entries()];
    this.timers.clear();
    for (const [, t] of due) t.fn();
  }
}

/** A run() whose refreshes the test finishes by hand. */
function harness(debounce = 250) {
  const scheduler = new ManualScheduler();
  const runs: RefreshRequest[] = [];
  const finish: (() => void)[] = [];
  const manager = new RefreshManager({
    debounceMs: () => debounce,
    scheduler,
    run: (request) => {
      runs.push(request);
      return new Promise<void>((resolve) => finish.push(resolve));
    },
  });
  /** Lets pending promise callbacks run. */
  const settle = () => new Promise<void>((resolve) => setImmediate(resolve));
  return { scheduler, runs, finish, manager, settle };
}

describe('RefreshManager', () => {
  test('a hidden view refreshes nothing; it catches up once shown, with every request merged', async () => {
    const h = harness();
    await h.manager.request('event', 'test:///default'); // resolves at once while hidden
    void h.manager.request('config');
    assert.deepEqual(h.scheduler.pending(), [], 'no timer while hidden');
    assert.equal(h.manager.isStale, true);
    h.manager.setVisible(true);
    assert.deepEqual(h.scheduler.pending(), [0], 'shown: refresh now');
    h.scheduler.fireAll();
    assert.equal(h.runs.length, 1);
    assert.deepEqual(h.runs[0], { uris: undefined, reasons: ['event', 'config'] });
    h.finish[0]();
    await h.settle();
    assert.equal(h.manager.isStale, false);
  });

  test('events are debounced: a burst costs one refresh of the connections it named', async () => {
    const h = harness(300);
    h.manager.setVisible(true);
    const done = [h.manager.request('event', 'qemu:///system'), h.manager.request('event', 'test:///default'), h.manager.request('event', 'qemu:///system')];
    assert.deepEqual(h.scheduler.pending(), [300], 'one timer, reset by each event');
    h.scheduler.fireAll();
    assert.equal(h.runs.length, 1);
    assert.deepEqual(h.runs[0].uris, ['qemu:///system', 'test:///default']);
    assert.deepEqual(h.runs[0].reasons, ['event']);
    let resolved = false;
    void Promise.all(done).then(() => (resolved = true));
    await h.settle();
    assert.equal(resolved, false, 'callers wait for the refresh to finish');
    h.finish[0]();
    await h.settle();
    assert.equal(resolved, true);
  });

  test('manual and action requests do not wait for the debounce, and take pending events along', () => {
    const h = harness(5000);
    h.manager.setVisible(true);
    void h.manager.request('event', 'a:///');
    assert.deepEqual(h.scheduler.pending(), [5000]);
    void h.manager.request('action', 'b:///');
    assert.deepEqual(h.scheduler.pending(), [0], 'the debounced timer was replaced by an immediate one');
    void h.manager.request('event', 'c:///');
    assert.deepEqual(h.scheduler.pending(), [0], 'an event does not push an immediate refresh back');
    h.scheduler.fireAll();
    assert.deepEqual(h.runs, [{ uris: ['a:///', 'b:///', 'c:///'], reasons: ['event', 'action'] }]);
  });

  test('one refresh at a time: requests during a run make exactly one follow-up', async () => {
    const h = harness(100);
    h.manager.setVisible(true);
    void h.manager.request('manual');
    h.scheduler.fireAll();
    assert.equal(h.runs.length, 1);
    void h.manager.request('event', 'x:///');
    void h.manager.request('manual');
    assert.deepEqual(h.scheduler.pending(), [], 'nothing scheduled while a refresh runs');
    h.finish[0]();
    await h.settle();
    assert.deepEqual(h.scheduler.pending(), [0], 'the follow-up includes a manual request: immediate');
    h.scheduler.fireAll();
    assert.equal(h.runs.length, 2);
    assert.deepEqual(h.runs[1], { uris: undefined, reasons: ['event', 'manual'] });
  });

  test('hiding the view cancels the timer, releases waiters, and keeps the request for later', async () => {
    const h = harness(100);
    h.manager.setVisible(true);
    let released = false;
    void h.manager.request('event', 'x:///').then(() => (released = true));
    h.manager.setVisible(false);
    await h.settle();
    assert.equal(released, true);
    assert.deepEqual(h.scheduler.pending(), []);
    h.manager.setVisible(true);
    h.scheduler.fireAll();
    assert.deepEqual(h.runs, [{ uris: ['x:///'], reasons: ['event'] }]);
  });

  test('a failing run is swallowed (logged), and the next request runs normally', async () => {
    const scheduler = new ManualScheduler();
    const logged: string[] = [];
    let calls = 0;
    const manager = new RefreshManager({
      debounceMs: () => 0,
      scheduler,
      log: (m) => logged.push(m),
      run: async () => {
        calls++;
        if (calls === 1) throw new Error('server gone');
      },
    });
    manager.setVisible(true);
    const first = manager.request('manual');
    scheduler.fireAll();
    await first;
    assert.match(logged.join('\n'), /refresh failed: server gone/);
    const second = manager.request('manual');
    scheduler.fireAll();
    await second;
    assert.equal(calls, 2);
  });

  test('after dispose nothing is scheduled and waiters are released', async () => {
    const h = harness();
    h.manager.setVisible(true);
    const waiting = h.manager.request('event');
    h.manager.dispose();
    await waiting;
    await h.manager.request('manual');
    assert.deepEqual(h.scheduler.pending(), []);
    assert.equal(h.runs.length, 0);
  });
});

// ---------------------------------------------------------------------------------------------
// Wording

const DEFAULT: NetworkSummary = {
  name: 'default',
  uuid: 'dd8fe884-6c02-601e-7551-cca97df1c5df',
  active: true,
  autostart: true,
  persistent: true,
  bridge: 'virbr0',
  forwardMode: 'nat',
  ips: [{ family: 'ipv4', address: '192.168.122.1', prefix: 24, dhcpRanges: [{ start: '192.168.122.2', end: '192.168.122.254' }] }],
};
const ISOLATED: NetworkSummary = { name: 'iso_[1]', uuid: 'u', active: false, autostart: false, persistent: false, forwardMode: 'isolated', ips: [] };

describe('tree wording', () => {
  test('descriptions: state first, then autostart/transient, bridge, forward mode', () => {
    assert.equal(networkDescription(DEFAULT), 'active · autostart · virbr0 · nat');
    assert.equal(networkDescription(ISOLATED), 'inactive · transient · isolated');
  });

  test('tooltip lists the subnets with their DHCP ranges, markdown-escaped', () => {
    const md = networkTooltip(DEFAULT, 'qemu:///system');
    assert.match(md, /^\*\*default\*\* — active, autostart, persistent$/m);
    assert.match(md, /^Subnet 192\\\.168\\\.122\\\.1\/24 — DHCP 192\\\.168\\\.122\\\.2 – 192\\\.168\\\.122\\\.254$/m);
    assert.match(networkTooltip(ISOLATED, 'test:///default'), /^\*\*iso\\_\\\[1\\\]\*\* — inactive, no autostart, transient$/m);
    assert.match(networkTooltip(ISOLATED, 'test:///default'), /^No IP addresses$/m);
    assert.equal(escapeMarkdown('a*b_c<d>'), 'a\\*b\\_c\\<d\\>');
  });

  test('leases and guests', () => {
    assert.equal(
      leaseDescription({ expiry: '2030-01-01 00:00:00', mac: '52:54:00:aa:bb:cc', family: 'ipv4', address: '192.168.122.45', prefix: 24, hostname: 'web' }),
      'web · 52:54:00:aa:bb:cc · expires 2030-01-01 00:00:00',
    );
    assert.equal(guestDescription({ domain: 'web', domainUuid: 'u', device: 'vnet3', mac: '52:54:00:aa:bb:cc', model: 'virtio', type: 'network' }), 'vnet3 · 52:54:00:aa:bb:cc · virtio');
    assert.equal(guestDescription({ domain: 'db', domainUuid: 'u', mac: '52:54:00:aa:bb:cd', type: 'bridge' }), 'not running · 52:54:00:aa:bb:cd');
  });

  test('host errors read as libvirt wrote them, with the hint after one separator', () => {
    assert.equal(
      formatHostError('Could not start network \'lab\'', { kind: 'other', message: "internal error: Network is already in use by interface virbr0", hint: 'Pick another subnet.' }),
      "Could not start network 'lab': internal error: Network is already in use by interface virbr0. Pick another subnet.",
    );
    assert.equal(formatHostError(undefined, { kind: 'permission-denied', message: 'Permission denied.', hint: 'Join the libvirt group.' }), 'Permission denied. Join the libvirt group.');
    assert.equal(errorKindLabel('daemon-not-running'), 'daemon not running');
    assert.deepEqual(thrownToHostError({ code: -32800, message: 'Request cancelled' }), { kind: 'cancelled', message: 'Cancelled' });
    assert.equal(thrownToHostError({ code: -32601, message: 'Unhandled method libvirt/snapshot' }).kind, 'other');
    assert.deepEqual(thrownToHostError('boom'), { kind: 'other', message: 'boom' });
  });
});

// ---------------------------------------------------------------------------------------------
// libvirt-net uris and settings

describe('libvirt-net uris', () => {
  test('the connection uri rides in the authority and comes back unchanged', () => {
    for (const ref of [
      { uri: 'qemu:///system', name: 'default' },
      { uri: 'qemu+ssh://root@host.example:2222/system?keyfile=/root/.ssh/id_ed25519&no_verify=1', name: 'lab net' },
      { uri: 'test:///default', name: 'réseau-1' },
    ]) {
      const parts = networkUriComponents(ref);
      assert.equal(parts.scheme, 'libvirt-net');
      assert.doesNotMatch(parts.authority, /[/:@?&]/, 'nothing in the authority that a uri parser would split on');
      assert.equal(parts.path, `/${ref.name}.xml`);
      assert.deepEqual(parseNetworkUri(parts), ref);
    }
  });

  test('anything else is not a network file', () => {
    assert.equal(parseNetworkUri({ scheme: 'file', authority: '', path: '/tmp/default.xml' }), undefined);
    assert.equal(parseNetworkUri({ scheme: 'libvirt-net', authority: 'test%3A%2F%2F%2Fdefault', path: '/default.txt' }), undefined);
    assert.equal(parseNetworkUri({ scheme: 'libvirt-net', authority: 'test%3A%2F%2F%2Fdefault', path: '/a/b.xml' }), undefined);
    assert.equal(parseNetworkUri({ scheme: 'libvirt-net', authority: '%E0%A4%A', path: '/x.xml' }), undefined, 'malformed escapes');
  });
});

describe('settings', () => {
  test('connections: trimmed, blanks and duplicates dropped, default only when unset', () => {
    assert.deepEqual(normalizeConfig({ connections: undefined, virshPath: undefined, refreshDebounceMs: undefined }), { connections: ['qemu:///system'], virshPath: 'virsh', refreshDebounceMs: 400 });
    assert.deepEqual(normalizeConfig({ connections: [' test:///default ', '', 'test:///default', 7, 'qemu:///system'], virshPath: ' /usr/bin/virsh ', refreshDebounceMs: -5 }), {
      connections: ['test:///default', 'qemu:///system'],
      virshPath: '/usr/bin/virsh',
      refreshDebounceMs: 0,
    });
    assert.deepEqual(normalizeConfig({ connections: [], virshPath: '', refreshDebounceMs: 1e9 }).connections, [], 'an explicit empty list means no connection');
    assert.equal(normalizeConfig({ connections: 'qemu:///system', virshPath: 3, refreshDebounceMs: 1e9 }).refreshDebounceMs, 60_000);
  });
});

// ---------------------------------------------------------------------------------------------
// The manifest against the client

interface Manifest {
  activationEvents: string[];
  contributes: {
    commands: { command: string; title: string; category?: string }[];
    menus: Record<string, { command: string; when?: string; group?: string }[]>;
    viewsWelcome: { view: string; when: string; contents: string }[];
    views: Record<string, { id: string }[]>;
    viewsContainers: { activitybar: { id: string; icon: string }[] };
    configuration: { properties: Record<string, { scope?: string; default?: unknown }> };
  };
}

const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as Manifest;
const clientSource = (rel: string) => fs.readFileSync(path.join(REPO_ROOT, 'client', 'src', rel), 'utf8');

/** The regex of a `viewItem =~ /.../` when-clause, if it has one. */
function viewItemRegex(when: string | undefined): RegExp | undefined {
  const m = /viewItem =~ \/(.*?)\/(?:\s|$)/.exec(when ?? '');
  return m ? new RegExp(m[1]) : undefined;
}

describe('manifest', () => {
  const contributed = manifest.contributes.commands.map((c) => c.command);

  test('every command is libvirtNetworks.<verbNoun> in category Libvirt, with one factory file and one table entry', () => {
    const table = clientSource('commands/index.ts');
    const tableKeys = [...(/COMMANDS = \{([^}]*)\}/.exec(table)?.[1] ?? '').matchAll(/(\w+),/g)].map((m) => m[1]).sort();
    const ids = contributed.map((id) => id.replace(/^libvirtNetworks\./, '')).sort();
    assert.deepEqual(tableKeys, ids, 'the command table registers exactly the contributed commands');
    for (const c of manifest.contributes.commands) {
      assert.match(c.command, /^libvirtNetworks\.[a-z]+[A-Za-z]*$/);
      assert.equal(c.category, 'Libvirt', c.command);
      const name = c.command.slice('libvirtNetworks.'.length);
      assert.match(clientSource(`commands/${name}.ts`), new RegExp(`export const ${name} = \\(ctx: Ctx\\) =>`), `commands/${name}.ts exports the factory`);
    }
    for (const needed of ['startNetwork', 'stopNetwork', 'toggleAutostart', 'defineNetwork', 'defineAndStartNetwork', 'undefineNetwork', 'editNetworkDefinition', 'showDhcpLeases', 'checkHostHealth', 'refresh', 'openLog', 'runAction']) {
      assert.ok(contributed.includes(`libvirtNetworks.${needed}`), needed);
    }
  });

  test('menus name contributed commands only; runAction is hidden from the palette; host commands need trust', () => {
    for (const [menu, items] of Object.entries(manifest.contributes.menus)) {
      for (const item of items) assert.ok(contributed.includes(item.command), `${menu}: ${item.command}`);
    }
    const palette = new Map(manifest.contributes.menus.commandPalette.map((i) => [i.command, i.when]));
    assert.equal(palette.get('libvirtNetworks.runAction'), 'false');
    for (const id of contributed.filter((c) => !/openLog|runAction/.test(c))) assert.match(palette.get(id) ?? '', /isWorkspaceTrusted/, id);
  });

  test('inline actions follow the network state through the contextValue', () => {
    const items = manifest.contributes.menus['view/item/context'];
    const shown = (summary: NetworkSummary, group: RegExp) =>
      items
        .filter((i) => group.test(i.group ?? '') && viewItemRegex(i.when)?.test(networkContextValue(summary)))
        .map((i) => i.command.replace('libvirtNetworks.', ''))
        .sort();
    const active = DEFAULT;
    const inactive = { ...DEFAULT, active: false };
    const transient = { ...DEFAULT, persistent: false, autostart: false };
    assert.deepEqual(shown(active, /^inline/), ['editNetworkDefinition', 'stopNetwork']);
    assert.deepEqual(shown(inactive, /^inline/), ['editNetworkDefinition', 'startNetwork']);
    assert.deepEqual(shown(transient, /^inline/), ['stopNetwork'], 'a transient network has no definition to edit');
    assert.deepEqual(shown(active, /^(?!inline)/), ['editNetworkDefinition', 'showDhcpLeases', 'stopNetwork', 'toggleAutostart', 'undefineNetwork']);
    assert.deepEqual(shown(inactive, /^(?!inline)/), ['editNetworkDefinition', 'startNetwork', 'toggleAutostart', 'undefineNetwork']);
    assert.deepEqual(shown(transient, /^(?!inline)/), ['editNetworkDefinition', 'showDhcpLeases', 'stopNetwork']);
  });

  test('every welcome view is keyed on an explorer state the client sets, and each state but ready/loading has one', () => {
    const explorer = clientSource('explorer/explorer.ts');
    const states = (/export type ExplorerState = ([^;]+);/.exec(explorer)?.[1] ?? '').match(/'[^']+'/g)?.map((s) => s.slice(1, -1)) ?? [];
    assert.deepEqual(states.sort(), ['connectionFailed', 'loading', 'noConnections', 'ready', 'untrusted', 'virshMissing']);
    assert.match(explorer, /'setContext', 'libvirtNetworks\.explorerState'/);
    const welcomed = new Set<string>();
    for (const w of manifest.contributes.viewsWelcome) {
      assert.equal(w.view, 'libvirtNetworks.explorer');
      const m = /libvirtNetworks\.explorerState == (\w+)/.exec(w.when);
      assert.ok(m && states.includes(m[1]), w.when);
      welcomed.add(m[1]);
      for (const link of w.contents.matchAll(/\]\(command:([\w.]+)/g)) {
        if (link[1].startsWith('libvirtNetworks.')) assert.ok(contributed.includes(link[1]), link[1]);
      }
    }
    assert.deepEqual([...welcomed].sort(), ['connectionFailed', 'noConnections', 'untrusted', 'virshMissing']);
    const notInstalled = manifest.contributes.viewsWelcome.find((w) => w.when.includes('virshMissing'))!.contents;
    for (const pkg of ['libvirt-clients', 'libvirt-client', 'Debian', 'Fedora', 'Arch']) assert.ok(notInstalled.includes(pkg), pkg);
    assert.match(notInstalled, /command:workbench\.action\.openSettings\?%5B%22libvirtNetworks\.virshPath%22%5D/);
  });

  test('settings that name a host or an executable are machine-scoped', () => {
    const p = manifest.contributes.configuration.properties;
    assert.equal(p['libvirtNetworks.connections'].scope, 'machine');
    assert.deepEqual(p['libvirtNetworks.connections'].default, ['qemu:///system']);
    assert.equal(p['libvirtNetworks.virshPath'].scope, 'machine');
    assert.equal(p['libvirtNetworks.virshPath'].default, 'virsh');
    assert.ok(p['libvirtNetworks.refreshDebounceMs']);
  });

  test('the view lives in its own activity-bar container with a codicon, and the file system activates the extension', () => {
    assert.deepEqual(manifest.contributes.viewsContainers.activitybar.map((c) => c.id), ['libvirtNetworks']);
    assert.match(manifest.contributes.viewsContainers.activitybar[0].icon, /^\$\([a-z-]+\)$/);
    assert.deepEqual(manifest.contributes.views.libvirtNetworks.map((v) => v.id), ['libvirtNetworks.explorer']);
    assert.ok(manifest.activationEvents.includes('onFileSystem:libvirt-net'));
  });
});
