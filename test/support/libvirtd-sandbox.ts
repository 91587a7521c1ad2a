// A real libvirtd serving qemu:///system, sealed in its own network namespace and a private
// mount namespace, so the bridges, dnsmasq instances, iptables rules and network configs it
// creates never touch the host or another sandbox. Node builtins only: tests, benchmarks and
// scripts/libvirtd-sandbox.mjs all load this file.
//
// Recipe (every step is an argv, no shell):
//   ip netns add NS
//   ip netns exec NS unshare --mount --propagation private -- sleep infinity   (the "holder")
//   nsenter -t HOLDER -m mount -n --bind DIR/{etc,lib,cache,log,run} over
//       /etc/libvirt /var/lib/libvirt /var/cache/libvirt /var/log/libvirt /run
//   nsenter -t HOLDER -m -n -- libvirtd -f DIR/libvirtd.conf -p DIR/libvirtd.pid
// `ip netns exec` already remounts /sys for the namespace, so libvirt sees only its own links.
import { ChildProcess, execFile, spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export interface VirshResult {
  status: number;
  stdout: string;
  stderr: string;
}

export interface LibvirtdSandbox {
  /** Connection URI for virsh/libvirt clients, e.g. qemu:///system?socket=/tmp/lvsb-.../sock/libvirt-sock */
  uri: string;
  /** Name of the network namespace (`ip -n NETNS ...`). */
  netns: string;
  /** pid of libvirtd. */
  pid: number;
  /** Private directory holding config, state, logs and the socket. */
  dir: string;
  /** Runs `virsh -c URI ...args` synchronously with LC_ALL=C; `input` goes to stdin. */
  virsh(args: string[], input?: string): VirshResult;
  /** Kills libvirtd and every process in the namespace, deletes the namespace and the directory. */
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Label in the namespace/dir name: letters, digits, dashes (default "test"). */
  name?: string;
  /** Give up waiting for the socket after this long (default 90 s: the first start probes QEMU for ~10 s). */
  timeoutMs?: number;
  /** Leave the sandbox running when this process exits (the CLI's `start`); stop it with stopSandbox(). */
  detached?: boolean;
}

/** What start() writes to DIR/sandbox.json, so a later process can find and stop a sandbox. */
export interface SandboxState {
  netns: string;
  dir: string;
  uri: string;
  pid: number | null;
  /** pid + start time of the process that owns it; null when detached. */
  owner: { pid: number; startTime: string } | null;
}

const PREFIX = 'lvsb-';
const STATE_FILE = 'sandbox.json';
const STOCK_DEFAULT_NETWORK = '/usr/share/libvirt/networks/default.xml';
const HOST_NWFILTER_DIR = '/etc/libvirt/nwfilter';
// The QEMU capability probe costs ~8 s per fresh cache; libvirt validates cached entries
// (binary ctimes, kernel, microcode) itself, so sharing them between sandboxes is safe.
const SHARED_QEMU_CAPS = path.join(os.tmpdir(), 'libvirtd-sandbox-qemu-caps');
const QEMU_CAPS_SUBDIR = path.join('cache', 'qemu', 'capabilities');

/** Private subdirectory -> path it hides inside the sandbox's mount namespace. */
const PRIVATE_MOUNTS: ReadonlyArray<readonly [string, string]> = [
  ['etc', '/etc/libvirt'],
  ['lib', '/var/lib/libvirt'],
  ['cache', '/var/cache/libvirt'],
  ['log', '/var/log/libvirt'],
  ['run', '/run'], // also /var/run, a symlink to /run on Debian
];

const C_LOCALE_ENV = { ...process.env, LC_ALL: 'C', LANG: 'C' };

let sequence = 0;
const live = new Map<string, SandboxState>();

export async function startLibvirtd(opts: StartOptions = {}): Promise<LibvirtdSandbox> {
  const label = opts.name ?? 'test';
  if (!/^[A-Za-z0-9][A-Za-z0-9-]{0,19}$/.test(label)) {
    throw new Error(`sandbox name must be 1-20 letters, digits or dashes: ${JSON.stringify(label)}`);
  }
  sweepAbandonedSandboxes();

  const netns = `${PREFIX}${label}-${process.pid}-${++sequence}`;
  const dir = path.join(os.tmpdir(), netns);
  const socket = path.join(dir, 'sock', 'libvirt-sock');
  if (Buffer.byteLength(path.join(dir, 'sock', 'libvirt-admin-sock')) > 107) {
    throw new Error(`socket path too long for AF_UNIX (set TMPDIR to a shorter dir): ${socket}`);
  }
  const state: SandboxState = {
    netns,
    dir,
    uri: `qemu:///system?socket=${socket}`,
    pid: null,
    owner: opts.detached ? null : { pid: process.pid, startTime: processStartTime(process.pid) ?? '' },
  };

  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { mode: 0o700 });
  writeState(state);
  if (!opts.detached) registerExitCleanup(state);

  let libvirtd: ChildProcess | undefined;
  try {
    layOutPrivateTree(dir);
    await run('ip', ['netns', 'add', netns]);
    await run('ip', ['-n', netns, 'link', 'set', 'lo', 'up']);

    const holder = spawn('ip', ['netns', 'exec', netns, 'unshare', '--mount', '--propagation', 'private', '--', 'sleep', 'infinity'], {
      stdio: 'ignore',
      detached: true,
    });
    holder.unref();
    const holderPid = await waitForExec(holder, 'sleep');
    for (const [sub, target] of PRIVATE_MOUNTS) {
      await run('nsenter', ['-t', String(holderPid), '-m', 'mount', '-n', '--bind', path.join(dir, sub), target]);
    }
    assertHostUntouched(dir);

    const out = fs.openSync(path.join(dir, 'libvirtd.out'), 'a');
    libvirtd = spawn('nsenter', ['-t', String(holderPid), '-m', '-n', '--', 'libvirtd', '-f', path.join(dir, 'libvirtd.conf'), '-p', path.join(dir, 'libvirtd.pid')], {
      stdio: ['ignore', out, out],
      detached: true,
      env: C_LOCALE_ENV,
    });
    fs.closeSync(out);
    libvirtd.unref();
    state.pid = await waitForExec(libvirtd, 'libvirtd');
    writeState(state);

    await waitUntilAnswering(state, libvirtd, opts.timeoutMs ?? 90_000);
    // libvirtd keeps the mount namespace alive from here on.
    process.kill(holderPid, 'SIGKILL');
    saveQemuCaps(dir);
  } catch (err) {
    teardownSync(state);
    live.delete(netns);
    throw err;
  }

  const daemon = libvirtd;
  let stopping: Promise<void> | undefined;
  return {
    uri: state.uri,
    netns,
    pid: state.pid,
    dir,
    virsh: (args, input) => runVirsh(state.uri, args, input),
    stop: () => (stopping ??= teardown(state, daemon).finally(() => live.delete(netns))),
  };
}

/** Stops a sandbox found through its state file (the CLI's `stop`, or leftovers of a crashed run). */
export function stopSandbox(state: SandboxState): void {
  teardownSync(state);
  live.delete(state.netns);
}

export interface SandboxListing extends SandboxState {
  /** libvirtd is alive. */
  running: boolean;
  /** It had an owner process and that process is gone. */
  abandoned: boolean;
}

/** Every sandbox with a state file under the temp dir, live or abandoned. */
export function listSandboxes(): SandboxListing[] {
  const found: SandboxListing[] = [];
  for (const entry of fs.readdirSync(os.tmpdir())) {
    if (!entry.startsWith(PREFIX)) continue;
    const state = readState(path.join(os.tmpdir(), entry));
    if (!state) continue;
    found.push({
      ...state,
      running: state.pid !== null && isAlive(state.pid),
      abandoned: state.owner !== null && processStartTime(state.owner.pid) !== state.owner.startTime,
    });
  }
  return found;
}

/**
 * `input` is handed over as a regular file on fd 0, not node's usual pipe: node's pipes are
 * socketpairs, and `virsh net-define /dev/stdin` cannot open a socket (ENXIO).
 */
export function runVirsh(uri: string, args: string[], input?: string): VirshResult {
  let stdinDir: string | undefined;
  let stdin: number | 'ignore' = 'ignore';
  if (input !== undefined) {
    stdinDir = fs.mkdtempSync(path.join(os.tmpdir(), 'virsh-stdin-'));
    const file = path.join(stdinDir, 'input');
    fs.writeFileSync(file, input);
    stdin = fs.openSync(file, 'r');
  }
  try {
    const r = spawnSync('virsh', ['-c', uri, ...args], {
      stdio: [stdin, 'pipe', 'pipe'],
      encoding: 'utf8',
      env: C_LOCALE_ENV,
      timeout: 60_000,
    });
    if (r.error) throw r.error;
    return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
  } finally {
    if (typeof stdin === 'number') fs.closeSync(stdin);
    if (stdinDir) fs.rmSync(stdinDir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Building the private tree

function layOutPrivateTree(dir: string): void {
  for (const sub of ['sock', 'etc/qemu/networks/autostart', 'lib', 'cache', 'log', 'run']) {
    fs.mkdirSync(path.join(dir, sub), { recursive: true });
  }
  fs.writeFileSync(
    path.join(dir, 'libvirtd.conf'),
    [
      `unix_sock_dir = "${path.join(dir, 'sock')}"`,
      'listen_tls = 0',
      'listen_tcp = 0',
      // warnings and errors; the file is what a failed start reports
      `log_outputs = "3:file:${path.join(dir, 'libvirtd.log')}"`,
      '',
    ].join('\n'),
  );
  // What Debian's libvirt-daemon-config-network postinst installs: the stock template, undefined
  // uuid/mac filled in by libvirtd on load. Not autostarted. Host network configs are not copied.
  fs.copyFileSync(STOCK_DEFAULT_NETWORK, path.join(dir, 'etc/qemu/networks/default.xml'));
  if (fs.existsSync(HOST_NWFILTER_DIR)) {
    fs.cpSync(HOST_NWFILTER_DIR, path.join(dir, 'etc/nwfilter'), { recursive: true });
  }
  seedQemuCaps(dir);
}

function seedQemuCaps(dir: string): void {
  if (!fs.existsSync(SHARED_QEMU_CAPS)) return;
  const target = path.join(dir, QEMU_CAPS_SUBDIR);
  fs.mkdirSync(target, { recursive: true });
  for (const f of fs.readdirSync(SHARED_QEMU_CAPS)) {
    if (f.endsWith('.xml')) fs.copyFileSync(path.join(SHARED_QEMU_CAPS, f), path.join(target, f));
  }
}

function saveQemuCaps(dir: string): void {
  const source = path.join(dir, QEMU_CAPS_SUBDIR);
  if (!fs.existsSync(source)) return;
  fs.mkdirSync(SHARED_QEMU_CAPS, { recursive: true, mode: 0o700 });
  for (const f of fs.readdirSync(source)) {
    if (!f.endsWith('.xml')) continue;
    // rename makes the write atomic for sandboxes starting in parallel
    const tmp = path.join(SHARED_QEMU_CAPS, `.${f}.${process.pid}`);
    fs.copyFileSync(path.join(source, f), tmp);
    fs.renameSync(tmp, path.join(SHARED_QEMU_CAPS, f));
  }
}

/** The binds must only exist in the holder's namespace; refuse to go on if one hit the host. */
function assertHostUntouched(dir: string): void {
  for (const [sub, target] of PRIVATE_MOUNTS) {
    const a = fs.statSync(path.join(dir, sub));
    const b = fs.statSync(target);
    if (a.dev === b.dev && a.ino === b.ino) {
      throw new Error(`bind mount of ${target} leaked into the host mount namespace`);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Waiting

/** Resolves with the pid once the child has exec'd `comm` (so earlier exec'ing wrappers are done). */
async function waitForExec(child: ChildProcess, comm: string): Promise<number> {
  const pid = child.pid;
  if (pid === undefined) throw new Error(`could not spawn ${child.spawnfile}`);
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) break;
    if (readProc(pid, 'comm')?.trim() === comm) return pid;
    await delay(10);
  }
  throw new Error(`${child.spawnargs.join(' ')} did not become ${comm} (exit ${child.exitCode ?? child.signalCode})`);
}

async function waitUntilAnswering(state: SandboxState, daemon: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    if (daemon.exitCode !== null || daemon.signalCode !== null) {
      throw new Error(`libvirtd exited (${daemon.exitCode ?? daemon.signalCode}) before answering.\n${daemonLogs(state.dir)}`);
    }
    const r = await new Promise<{ ok: boolean; out: string }>((resolve) => {
      execFile('virsh', ['-c', state.uri, 'version'], { env: C_LOCALE_ENV, timeout: 10_000 }, (err, stdout, stderr) =>
        resolve({ ok: !err, out: `${stdout}${stderr}`.trim() }),
      );
    });
    if (r.ok) return;
    last = r.out;
    await delay(100);
  }
  throw new Error(`libvirtd did not answer on ${state.uri} within ${timeoutMs} ms; last virsh output: ${last}\n${daemonLogs(state.dir)}`);
}

function daemonLogs(dir: string): string {
  const tail = (f: string) => {
    try {
      return fs.readFileSync(path.join(dir, f), 'utf8').split('\n').slice(-40).join('\n');
    } catch {
      return '(none)';
    }
  };
  return `--- libvirtd.log ---\n${tail('libvirtd.log')}\n--- libvirtd stdout/stderr ---\n${tail('libvirtd.out')}`;
}

// ---------------------------------------------------------------------------------------------
// Teardown

async function teardown(state: SandboxState, daemon: ChildProcess | undefined): Promise<void> {
  const pid = state.pid;
  if (pid !== null && isAlive(pid)) {
    // Our own child: await 'exit', which fires once node has reaped it, so no zombie is left.
    const ownChild = daemon !== undefined && daemon.exitCode === null && daemon.signalCode === null;
    const gone = ownChild ? new Promise<boolean>((r) => daemon.once('exit', () => r(true))) : undefined;
    const waitGone = (ms: number) => (gone ? withTimeout(gone, ms) : untilDead([pid], ms));
    process.kill(pid, 'SIGTERM');
    if (!(await waitGone(5000))) {
      killQuietly(pid, 'SIGKILL');
      if (!(await waitGone(2000))) throw new Error(`libvirtd ${pid} survived SIGKILL`);
    }
  }
  await killNamespaceProcesses(state.netns);
  finishTeardown(state);
}

async function killNamespaceProcesses(netns: string): Promise<void> {
  let pids = namespacePids(netns);
  for (const pid of pids) killQuietly(pid, 'SIGTERM');
  if (await untilDead(pids, 2000)) return;
  pids = namespacePids(netns);
  for (const pid of pids) killQuietly(pid, 'SIGKILL');
  if (!(await untilDead(pids, 2000))) throw new Error(`processes survived SIGKILL in ${netns}: ${pids.join(' ')}`);
}

/** Synchronous path for process exit, signals and the CLI: no graceful shutdown, just SIGKILL. */
function teardownSync(state: SandboxState): void {
  const pids = new Set(namespacePids(state.netns));
  if (state.pid !== null && isAlive(state.pid)) pids.add(state.pid);
  for (const pid of pids) killQuietly(pid, 'SIGKILL');
  const deadline = Date.now() + 2000;
  while ([...pids].some(isAlive) && Date.now() < deadline) sleepSync(10);
  finishTeardown(state);
}

function finishTeardown(state: SandboxState): void {
  try {
    saveQemuCaps(state.dir);
  } catch {
    // a half-built sandbox has nothing worth caching
  }
  const del = spawnSync('ip', ['netns', 'del', state.netns], { encoding: 'utf8' });
  if (del.status !== 0 && fs.existsSync(path.join('/run/netns', state.netns))) {
    throw new Error(`ip netns del ${state.netns} failed: ${del.stderr}`);
  }
  fs.rmSync(state.dir, { recursive: true, force: true });
}

function namespacePids(netns: string): number[] {
  const r = spawnSync('ip', ['netns', 'pids', netns], { encoding: 'utf8' });
  if (r.status !== 0) return [];
  return r.stdout.split(/\s+/).filter(Boolean).map(Number);
}

async function untilDead(pids: number[], ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (pids.some(isAlive)) {
    if (Date.now() > deadline) return false;
    await delay(20);
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Cleanup when the owner goes away

let hooksInstalled = false;

function registerExitCleanup(state: SandboxState): void {
  live.set(state.netns, state);
  if (hooksInstalled) return;
  hooksInstalled = true;
  process.on('exit', stopAllLiveSync);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    const onSignal = () => {
      stopAllLiveSync();
      // keep the default "die by this signal" unless someone else handles it
      process.removeListener(signal, onSignal);
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
    };
    process.on(signal, onSignal);
  }
}

function stopAllLiveSync(): void {
  for (const state of live.values()) {
    try {
      teardownSync(state);
    } catch {
      // exiting anyway; the next start sweeps what is left
    }
  }
  live.clear();
}

/** Tears down sandboxes whose owner process is gone (SIGKILLed test runs). Detached ones stay. */
function sweepAbandonedSandboxes(): void {
  for (const state of listSandboxes()) {
    if (!state.abandoned) continue;
    try {
      teardownSync(state);
    } catch {
      // not ours to fight over; leave it for a human
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Small helpers

function writeState(state: SandboxState): void {
  fs.writeFileSync(path.join(state.dir, STATE_FILE), JSON.stringify(state, null, 2) + '\n');
}

function readState(dir: string): SandboxState | undefined {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, STATE_FILE), 'utf8')) as SandboxState;
  } catch {
    return undefined;
  }
}

function run(cmd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { env: C_LOCALE_ENV, timeout: 30_000 }, (err, _stdout, stderr) =>
      err ? reject(new Error(`${cmd} ${args.join(' ')} failed: ${stderr.trim() || err.message}`)) : resolve(),
    );
  });
}

function readProc(pid: number, file: string): string | undefined {
  try {
    return fs.readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return undefined;
  }
}

/** Field 22 of /proc/PID/stat: with the pid it identifies a process across pid reuse. */
function processStartTime(pid: number): string | undefined {
  const stat = readProc(pid, 'stat');
  return stat?.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
}

/** Alive and not a zombie waiting to be reaped. */
function isAlive(pid: number): boolean {
  const stat = readProc(pid, 'stat');
  if (stat === undefined) return false;
  return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
}

function killQuietly(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    // already gone
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Resolves false after `ms` unless `p` resolved first; clears its timer so it never holds the process open. */
function withTimeout(p: Promise<boolean>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((r) => (timer = setTimeout(r, ms, false)));
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
