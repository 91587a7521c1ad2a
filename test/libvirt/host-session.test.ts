// The virsh session and HostNetworks against the real `virsh -c test:///default` (no daemon: the
// test driver lives inside the one virsh process the session keeps).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HostNetworks } from '../../server/src/host/networks';
import { VirshSession } from '../../server/src/host/virsh-session';
import * as calls from '../../server/src/host/calls';
import { rejection, waitFor } from '../support/host-layer';

const URI = 'test:///default';

function logged(): { lines: string[]; logger: (line: string) => void } {
  const lines: string[] = [];
  return { lines, logger: (line) => lines.push(line) };
}

function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

async function defaultIsActive(host: HostNetworks): Promise<boolean> {
  const snap = await host.snapshot(URI);
  assert.ok(snap.ok);
  return snap.networks.find((n) => n.name === 'default')?.active === true;
}

test('define, start, autostart, dumpxml, stop, undefine through one session', async () => {
  const { lines, logger } = logged();
  const host = new HostNetworks({ virshPath: 'virsh', logger });
  try {
    await host.define(URI, `<network><name>lab</name><forward mode='nat'/><bridge name='virbr42'/><ip address='10.42.0.1' netmask='255.255.255.0'><dhcp><range start='10.42.0.10' end='10.42.0.20'/></dhcp></ip></network>`);
    let lab = (await host.snapshot(URI)).ok && (await snapshotOf(host)).find((n) => n.name === 'lab');
    assert.deepEqual(lab && { active: lab.active, autostart: lab.autostart, persistent: lab.persistent }, { active: false, autostart: false, persistent: true });

    await host.start(URI, 'lab');
    await host.setAutostart(URI, 'lab', true);
    lab = (await snapshotOf(host)).find((n) => n.name === 'lab');
    assert.deepEqual(lab, {
      name: 'lab',
      uuid: lab && lab.uuid,
      active: true,
      autostart: true,
      persistent: true,
      bridge: 'virbr42',
      forwardMode: 'nat',
      ips: [{ family: 'ipv4', address: '10.42.0.1', prefix: 24, dhcpRanges: [{ start: '10.42.0.10', end: '10.42.0.20' }] }],
    });
    assert.match(await host.dumpXml(URI, 'lab'), /<bridge name='virbr42'/);

    await host.setAutostart(URI, 'lab', false);
    await host.stop(URI, 'lab');
    lab = (await snapshotOf(host)).find((n) => n.name === 'lab');
    assert.deepEqual(lab && [lab.active, lab.autostart], [false, false]);

    await host.undefine(URI, 'lab');
    assert.equal((await snapshotOf(host)).some((n) => n.name === 'lab'), false);
    // One virsh process did all of it.
    assert.equal(lines.filter((l) => /started \(pid \d+\)/.test(l)).length, 1);
    assert.ok(lines.some((l) => /net-start --network lab \[session\]: ok \(\d+ ms\)/.test(l)), 'every call is logged with its duration');
  } finally {
    host.dispose();
  }
});

async function snapshotOf(host: HostNetworks) {
  const snap = await host.snapshot(URI);
  assert.ok(snap.ok, JSON.stringify(snap));
  return snap.networks;
}

// Each, unquoted, would make virsh run `net-destroy default` (or worse).
const HOSTILE_NAMES = [
  "x'; net-destroy default; echo '",
  'x"; net-destroy default; echo "',
  'a\nnet-destroy default',
  'a\n\nnet-destroy default\n',
  '$(touch pwned) `touch pwned2`',
  'back\\slash\\',
  '\\\nnet-destroy default',
  'semi;colon ; net-destroy default',
  '# comment',
  '--all',
  'tab\there',
  ' lead and trail ',
  "'",
  '"',
  'é ünï 网络',
];

test('hostile names round-trip exactly and never run a second command', async () => {
  const host = new HostNetworks({ virshPath: 'virsh', logger: () => undefined });
  const cwd = process.cwd();
  const work = mkdtempSync(join(tmpdir(), 'hostile-'));
  process.chdir(work);
  try {
    assert.equal(await defaultIsActive(host), true);
    for (const [i, name] of HOSTILE_NAMES.entries()) {
      await host.define(URI, `<network><name>${xmlEscape(name)}</name><bridge name='virbr${100 + i}'/></network>`);
      await host.start(URI, name);
      await host.setAutostart(URI, name, true);
      assert.match(await host.dumpXml(URI, name), /<network/);
      assert.equal(await defaultIsActive(host), true, `after ${JSON.stringify(name)}`);
    }
    const networks = await snapshotOf(host);
    for (const name of HOSTILE_NAMES) {
      const found = networks.find((n) => n.name === name);
      assert.ok(found, `${JSON.stringify(name)} listed exactly`);
      assert.deepEqual([found.active, found.autostart], [true, true], JSON.stringify(name));
    }
    // A missing network with a hostile name: the error names it verbatim, nothing else runs.
    const missing = "nosuch'; net-destroy default; echo '";
    const err = await rejection(host.start(URI, missing));
    assert.equal(err.kind, 'network-not-found');
    assert.equal(err.message, `Network not found: no network with matching name '${missing}'`);
    for (const name of HOSTILE_NAMES) {
      await host.stop(URI, name);
      await host.undefine(URI, name);
    }
    assert.equal(await defaultIsActive(host), true);
    assert.deepEqual(readdirSync(work), [], 'no command substitution ran');
  } finally {
    process.chdir(cwd);
    rmSync(work, { recursive: true, force: true });
    host.dispose();
  }
});

test('the session reports virsh failures with their kind and keeps going', async () => {
  const session = new VirshSession({ virshPath: 'virsh', uri: URI, logger: () => undefined });
  try {
    const notFound = await rejection(session.call(calls.netInfo('nosuch')));
    assert.equal(notFound.kind, 'network-not-found');
    // A command virsh cannot parse runs nothing; the guard line still ends the request.
    const parse = await rejection(session.run(['net-info', '--bogus', 'x']));
    assert.equal(parse.kind, 'other');
    assert.equal(parse.message, "command 'net-info' doesn't support option --bogus");
    const inactive = await rejection(session.call(calls.netDumpXml('default', { inactive: true })));
    assert.equal(inactive.message, 'unsupported flags (0x1) in function testNetworkGetXMLDesc');
    const info = await session.call(calls.netInfo('default'));
    assert.deepEqual([info.name, info.active], ['default', true]);
    // Output is exactly the command's: no prompt, echo or marker around it.
    const { stdout } = await session.run(['net-list', '--all', '--uuid']);
    assert.equal(stdout, 'dd8fe884-6c02-601e-7551-cca97df1c5df\n');
  } finally {
    session.dispose();
  }
});

test('runAll runs many commands in one line and splits nothing itself', async () => {
  const session = new VirshSession({ virshPath: 'virsh', uri: URI, logger: () => undefined });
  try {
    const out = await session.runAll(Array.from({ length: 300 }, () => ['net-dumpxml', '--network', 'default']));
    assert.equal(out.stdout.split('</network>').length - 1, 300);
    const err = await rejection(session.runAll([['net-dumpxml', '--network', 'default'], ['net-dumpxml', '--network', 'gone']]));
    assert.equal(err.kind, 'network-not-found');
  } finally {
    session.dispose();
  }
});

test('leases, guests and link state on the test driver', async () => {
  const host = new HostNetworks({ virshPath: 'virsh', logger: () => undefined });
  try {
    const leases = await rejection(host.leases(URI, 'default'));
    assert.equal(leases.message, 'this function is not supported by the connection driver: virNetworkGetDHCPLeases');
    assert.deepEqual(await host.guests(URI, 'default'), [
      { domain: 'test', domainUuid: '6695eb01-f6a4-8304-79aa-97f2502e193f', device: 'testnet0', mac: 'aa:bb:cc:dd:ee:ff', type: 'network' },
    ]);
    await host.define(URI, `<network><name>empty</name></network>`);
    assert.deepEqual(await host.guests(URI, 'empty'), []);
    assert.equal(await host.linkState(URI, 'virbr0'), undefined, 'the test driver has no real bridges');
    assert.deepEqual(await host.version(URI), { library: '9.0.0', api: 'TEST 9.0.0', hypervisor: 'TEST 0.0.2' });
  } finally {
    host.dispose();
  }
});

test('a session whose virsh died starts a new one on the next call', async () => {
  const { lines, logger } = logged();
  const host = new HostNetworks({ virshPath: 'virsh', logger });
  try {
    await host.define(URI, `<network><name>ephemeral</name></network>`);
    assert.ok((await snapshotOf(host)).some((n) => n.name === 'ephemeral'));
    const pid = Number(/started \(pid (\d+)\)/.exec(lines.join('\n'))?.[1]);
    assert.ok(pid > 0);
    process.kill(pid, 'SIGKILL'); // the virsh this test started
    await waitFor(() => lines.some((l) => l.includes('session ended')));
    const networks = await snapshotOf(host);
    // A fresh test driver: what was defined in the old process is gone, `default` is back.
    assert.deepEqual(networks.map((n) => n.name), ['default']);
    assert.equal(lines.filter((l) => /started \(pid \d+\)/.test(l)).length, 2);
  } finally {
    host.dispose();
  }
});

test('cancelling a running command, a queued one, and a timeout', async () => {
  const session = new VirshSession({ virshPath: 'virsh', uri: URI, logger: () => undefined });
  try {
    // net-event waits for events that never come: a command that runs until stopped.
    const blocking = ['net-event', '--event', 'lifecycle', '--loop', '--timeout', '60'];
    const running = new AbortController();
    const queued = new AbortController();
    const first = session.run(blocking, { signal: running.signal });
    const second = session.call(calls.netInfo('default'), { signal: queued.signal });
    queued.abort();
    assert.equal((await rejection(second)).kind, 'cancelled');
    running.abort();
    assert.equal((await rejection(first)).kind, 'cancelled');

    const slow = await rejection(session.run(blocking, { timeoutMs: 300 }));
    assert.equal(slow.kind, 'timeout');
    assert.match(slow.message, /did not answer within/);
    // Still usable afterwards (a fresh process).
    assert.equal((await session.call(calls.netInfo('default'))).name, 'default');

    const pre = new AbortController();
    pre.abort();
    assert.equal((await rejection(session.run(['version'], { signal: pre.signal }))).kind, 'cancelled');
  } finally {
    session.dispose();
  }
});

test('virsh missing, daemon missing, session disposed', async () => {
  const missing = new HostNetworks({ virshPath: '/nonexistent/bin/virsh', logger: () => undefined });
  const snap = await missing.snapshot(URI);
  assert.equal(snap.ok, false);
  assert.equal(!snap.ok && snap.error.kind, 'not-installed');
  assert.match(!snap.ok ? snap.error.hint ?? '' : '', /libvirt-clients/);
  missing.dispose();

  const nodaemon = new HostNetworks({ virshPath: 'virsh', logger: () => undefined });
  const dir = mkdtempSync(join(tmpdir(), 'nodaemon-'));
  try {
    const uri = `qemu:///system?socket=${join(dir, 'libvirt-sock')}`;
    const down = await nodaemon.snapshot(uri);
    assert.deepEqual(down.ok ? 'ok' : [down.error.kind, down.error.message], ['daemon-not-running', `The libvirt daemon is not running for ${uri} (no daemon at ${join(dir, 'libvirt-sock')})`]);
  } finally {
    nodaemon.dispose();
    rmSync(dir, { recursive: true, force: true });
  }

  const session = new VirshSession({ virshPath: 'virsh', uri: URI, logger: () => undefined });
  const pending = session.run(['net-event', '--event', 'lifecycle', '--loop', '--timeout', '60']);
  session.dispose();
  assert.equal((await rejection(pending)).kind, 'cancelled');
  assert.equal((await rejection(session.run(['version']))).kind, 'cancelled');
});

test('net-define reads a private temp file that is gone afterwards', async () => {
  const { lines, logger } = logged();
  const host = new HostNetworks({ virshPath: 'virsh', logger });
  try {
    await host.define(URI, `<network><name>tmpfile</name></network>`);
    const define = lines.find((l) => l.includes('net-define --file'));
    const file = /--file (\S+)/.exec(define ?? '')?.[1];
    assert.ok(file, define);
    assert.match(file, /libvirt-net-[^/]+\/network\.xml$/);
    assert.equal(existsSync(file), false);
    const bad = await rejection(host.define(URI, `<network><name>a/b</name></network>`));
    assert.equal(bad.message, 'invalid char in name: /');
  } finally {
    host.dispose();
  }
});

