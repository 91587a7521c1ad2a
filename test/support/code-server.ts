// A real VS Code (code-server's workbench + remote extension host) serving a workspace on
// 127.0.0.1, with OUR extension loaded from this checkout. Drive it with ./browser.ts.
//
// code-server itself is installed outside the repo by scripts/setup-code-server.mjs (run here on
// demand; ~1 min the first time on a machine, instant afterwards): see that file for why it is not a
// devDependency. The extension is loaded by a symlink `<publisher>.<name>-<version>` in a private
// --extensions-dir pointing at the repo root, so `node scripts/build.mjs` must have produced
// client/out/extension.js and server/out/server.js (npm test does).
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** The repo checkout (this file runs from .build/test/support/). */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

export interface CodeServer {
  /** Workbench URL with the workspace folder, e.g. http://127.0.0.1:43123/?folder=/tmp/ws */
  url: string;
  /** Base URL, e.g. http://127.0.0.1:43123/ */
  baseUrl: string;
  /** pid of the code-server process (leader of its own process group). */
  pid: number;
  /** Private VS Code user-data-dir (settings in User/settings.json, logs in logs/). */
  userDataDir: string;
  /** Private extensions dir holding only the symlink to this checkout. */
  extensionsDir: string;
  /** The workspace folder it serves. */
  workspace: string;
  /** Everything code-server printed so far. */
  output(): string;
  /** Text of every extension-host / language-server log file under userDataDir/logs (for diagnosing failures). */
  extensionLogs(): string;
  /** Text of every log file under userDataDir/logs, whatever wrote it. */
  logs(): string;
  /** Kills the process group by pid (TERM, then KILL), waits for it, removes the temp dirs. */
  stop(): Promise<void>;
}

export interface StartCodeServerOptions {
  /** Folder to open; must exist. */
  workspace: string;
  /** User settings merged over the test defaults (DEFAULT_SETTINGS, then WORKSPACE_TRUST_SETTINGS with workspaceTrust). */
  settings?: Record<string, unknown>;
  /**
   * Remote machine settings (userDataDir/Machine/settings.json), written before start. Machine-scoped
   * settings are read only from there in code-server's (remote) window.
   */
  machineSettings?: Record<string, unknown>;
  /**
   * Workspace trust on (default off: --disable-workspace-trust). The folder then opens in Restricted
   * Mode, without a start-up question, until trust is granted in the workbench.
   */
  workspaceTrust?: boolean;
  /** Give up waiting for the HTTP server after this long (default 60 s). */
  timeoutMs?: number;
}

/** User settings every test workbench gets: no workspace trust (unless workspaceTrust), nothing that phones home or pops up. */
export const DEFAULT_SETTINGS: Record<string, unknown> = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'git.autoRepositoryDetection': false,
  'chat.commandCenter.enabled': false,
  'editor.hover.delay': 300,
  'files.autoSave': 'off',
  'window.restoreWindows': 'none',
};

/** With workspaceTrust: trust enabled, and no start-up prompt (the folder opens in Restricted Mode). */
export const WORKSPACE_TRUST_SETTINGS: Record<string, unknown> = {
  'security.workspace.trust.enabled': true,
  'security.workspace.trust.startupPrompt': 'never',
  'security.workspace.trust.emptyWindow': false,
};

/** Identity of the extension from the repo's package.json: `publisher.name`, version. */
export function extensionIdentity(): { id: string; version: string; folderName: string } {
  const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
    publisher: string;
    name: string;
    version: string;
  };
  const id = `${pkg.publisher}.${pkg.name}`;
  return { id, version: pkg.version, folderName: `${id}-${pkg.version}` };
}

/** Runs scripts/setup-code-server.mjs (a no-op once installed) and returns code-server's entry.js. */
export function ensureCodeServer(): string {
  const res = spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'setup-code-server.mjs')], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
  });
  if (res.status !== 0) throw new Error(`scripts/setup-code-server.mjs failed (exit ${res.status})`);
  const dir = res.stdout.trim().split('\n').pop() ?? '';
  const entry = path.join(dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  if (!fs.existsSync(entry)) throw new Error(`code-server entry point missing: ${entry}`);
  return entry;
}

function assertExtensionBuilt(): void {
  for (const f of ['client/out/extension.js', 'server/out/server.js']) {
    if (!fs.existsSync(path.join(REPO_ROOT, f))) {
      throw new Error(`${f} is missing: run \`node scripts/build.mjs\` before the extension tests`);
    }
  }
}

/** Makes a temp workspace folder holding `files` (relative path -> content). */
export function makeWorkspace(files: Record<string, string>, prefix = 'lvn-ws-'): { dir: string; remove(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  for (const [rel, content] of Object.entries(files)) {
    const file = path.join(dir, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

const live = new Set<number>();
process.on('exit', () => {
  // Last resort if a test dies without stop(): no code-server outlives the test process.
  for (const pid of live) killGroup(pid, 'SIGKILL');
});

/** Signals the process group `pid` leads; nothing if it is gone. */
function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    /* gone */
  }
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

function readTree(dir: string, filter: (file: string) => boolean): string {
  const out: string[] = [];
  const walk = (d: string): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (filter(p)) out.push(`==> ${p}\n${fs.readFileSync(p, 'utf8')}`);
    }
  };
  walk(dir);
  return out.join('\n');
}

export async function startCodeServer(opts: StartCodeServerOptions): Promise<CodeServer> {
  if (!fs.statSync(opts.workspace).isDirectory()) throw new Error(`workspace is not a directory: ${opts.workspace}`);
  assertExtensionBuilt();
  const entry = ensureCodeServer();

  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'lvn-code-server-'));
  const userDataDir = path.join(root, 'user-data');
  const extensionsDir = path.join(root, 'extensions');
  const xdg = path.join(root, 'xdg');
  for (const d of [path.join(userDataDir, 'User'), extensionsDir, ...['config', 'data', 'cache'].map((x) => path.join(xdg, x))]) {
    fs.mkdirSync(d, { recursive: true });
  }
  const trust = opts.workspaceTrust === true;
  fs.writeFileSync(
    path.join(userDataDir, 'User', 'settings.json'),
    JSON.stringify({ ...DEFAULT_SETTINGS, ...(trust ? WORKSPACE_TRUST_SETTINGS : {}), ...opts.settings }, null, 2),
  );
  if (opts.machineSettings) {
    fs.mkdirSync(path.join(userDataDir, 'Machine'), { recursive: true });
    fs.writeFileSync(path.join(userDataDir, 'Machine', 'settings.json'), JSON.stringify(opts.machineSettings, null, 2));
  }
  // Our own config file, so code-server never writes ~/.config/code-server/config.yaml.
  const configFile = path.join(root, 'config.yaml');
  fs.writeFileSync(configFile, 'auth: none\ncert: false\n');
  fs.symlinkSync(REPO_ROOT, path.join(extensionsDir, extensionIdentity().folderName), 'dir');

  const args = [
    entry,
    '--config', configFile,
    '--bind-addr', '127.0.0.1:0',
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    ...(trust ? [] : ['--disable-workspace-trust']),
    '--disable-getting-started-override',
    '--disable-proxy',
    '--ignore-last-opened',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    opts.workspace,
  ];
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: opts.workspace,
    detached: true, // own process group: stop() takes the extension host and language server with it
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      XDG_CONFIG_HOME: path.join(xdg, 'config'),
      XDG_DATA_HOME: path.join(xdg, 'data'),
      XDG_CACHE_HOME: path.join(xdg, 'cache'), // @vscode/deviceid writes Microsoft/DeveloperTools/deviceid here
      // Never the test runner's own node options (e.g. --test flags) in the server.
      NODE_OPTIONS: '',
    },
  });
  if (child.pid === undefined) throw new Error('code-server did not start');
  const pid = child.pid;
  live.add(pid);
  let output = '';
  child.stdout?.on('data', (b: Buffer) => (output += b.toString()));
  child.stderr?.on('data', (b: Buffer) => (output += b.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let hasExited = false;
  void exited.then(() => (hasExited = true));

  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    if (groupAlive(pid)) {
      killGroup(pid, 'SIGTERM');
      const deadline = Date.now() + 10_000;
      while (groupAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      if (groupAlive(pid)) killGroup(pid, 'SIGKILL');
    }
    if (!hasExited) await exited;
    live.delete(pid);
    fs.rmSync(root, { recursive: true, force: true });
  };

  const timeoutMs = opts.timeoutMs ?? 60_000;
  const deadline = Date.now() + timeoutMs;
  let baseUrl: string | undefined;
  try {
    while (Date.now() < deadline) {
      if (hasExited) throw new Error(`code-server exited during start-up:\n${output}`);
      if (!baseUrl) {
        const m = /HTTP server listening on (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
        if (m) baseUrl = m[1];
      }
      if (baseUrl) {
        const ok = await fetch(`${baseUrl}healthz`).then(
          (r) => r.ok,
          () => false,
        );
        if (ok) break;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    if (!baseUrl || Date.now() >= deadline) throw new Error(`code-server did not answer within ${timeoutMs} ms:\n${output}`);
  } catch (err) {
    await stop();
    throw err;
  }

  return {
    url: `${baseUrl}?folder=${encodeURIComponent(opts.workspace)}`,
    baseUrl,
    pid,
    userDataDir,
    extensionsDir,
    workspace: opts.workspace,
    output: () => output,
    extensionLogs: () =>
      readTree(path.join(userDataDir, 'logs'), (f) => /exthost|Libvirt|remoteagent|extensionHost/i.test(f) && f.endsWith('.log')),
    logs: () => readTree(path.join(userDataDir, 'logs'), (f) => f.endsWith('.log')),
    stop,
  };
}
