// Restricted Mode end to end: a workbench whose workspace is NOT trusted. The language server
// still validates network XML, nothing touches the host (no virsh process at all), the explorer
// says why it is empty, and the host commands are not offered; granting trust brings the
// explorer up without a reload (the client restarts the server with `trusted: true`).
//
// test/support/code-server.ts always passes --disable-workspace-trust, so this file starts its
// own code-server the same way, minus that flag (and with trust enabled in the settings).
import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { openFile, openWorkbench, screenshot, waitForProblems, type Workbench } from '../support/browser';
import { DEFAULT_SETTINGS, REPO_ROOT, ensureCodeServer, extensionIdentity, makeWorkspace } from '../support/code-server';

const BROKEN = `<network>
  <name>broken</name>
  <forward mode='tunnel'/>
</network>
`;
const SHOTS = path.join(REPO_ROOT, 'test-results', 'extension');

interface Server {
  url: string;
  pid: number;
  root: string;
  output(): string;
  logs(): string;
  stop(): Promise<void>;
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** code-server with workspace trust ON, our extension linked in, machine settings written. */
async function startUntrustedCodeServer(workspace: string): Promise<Server> {
  for (const f of ['client/out/extension.js', 'server/out/server.js']) {
    if (!fs.existsSync(path.join(REPO_ROOT, f))) throw new Error(`${f} is missing: run \`node scripts/build.mjs\` first`);
  }
  const entry = ensureCodeServer();
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'lvn-code-server-untrusted-'));
  const userDataDir = path.join(root, 'user-data');
  const extensionsDir = path.join(root, 'extensions');
  const xdg = path.join(root, 'xdg');
  for (const d of [path.join(userDataDir, 'User'), path.join(userDataDir, 'Machine'), extensionsDir, ...['config', 'data', 'cache'].map((x) => path.join(xdg, x))]) {
    fs.mkdirSync(d, { recursive: true });
  }
  fs.writeFileSync(
    path.join(userDataDir, 'User', 'settings.json'),
    JSON.stringify({
      ...DEFAULT_SETTINGS,
      'security.workspace.trust.enabled': true,
      // No start-up question: the folder opens in Restricted Mode until trust is granted.
      'security.workspace.trust.startupPrompt': 'never',
      'security.workspace.trust.emptyWindow': false,
    }),
  );
  fs.writeFileSync(path.join(userDataDir, 'Machine', 'settings.json'), JSON.stringify({ 'libvirtNetworks.connections': ['test:///default'] }));
  const configFile = path.join(root, 'config.yaml');
  fs.writeFileSync(configFile, 'auth: none\ncert: false\n');
  fs.symlinkSync(REPO_ROOT, path.join(extensionsDir, extensionIdentity().folderName), 'dir');
  const child = spawn(
    process.execPath,
    [
      entry,
      '--config', configFile,
      '--bind-addr', '127.0.0.1:0',
      '--auth', 'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-getting-started-override',
      '--disable-proxy',
      '--ignore-last-opened',
      '--user-data-dir', userDataDir,
      '--extensions-dir', extensionsDir,
      workspace,
    ],
    {
      cwd: workspace,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, XDG_CONFIG_HOME: path.join(xdg, 'config'), XDG_DATA_HOME: path.join(xdg, 'data'), XDG_CACHE_HOME: path.join(xdg, 'cache'), NODE_OPTIONS: '' },
    },
  );
  if (child.pid === undefined) throw new Error('code-server did not start');
  const pid = child.pid;
  let output = '';
  child.stdout?.on('data', (b: Buffer) => (output += b.toString()));
  child.stderr?.on('data', (b: Buffer) => (output += b.toString()));
  let exited = false;
  const exit = new Promise<void>((resolve) => child.once('exit', () => ((exited = true), resolve())));
  const killGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-pid, signal);
    } catch {
      /* gone */
    }
  };
  const onExit = () => killGroup('SIGKILL');
  process.on('exit', onExit);
  const stop = async () => {
    if (groupAlive(pid)) {
      killGroup('SIGTERM');
      const deadline = Date.now() + 10_000;
      while (groupAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      if (groupAlive(pid)) killGroup('SIGKILL');
    }
    if (!exited) await exit;
    process.off('exit', onExit);
    fs.rmSync(root, { recursive: true, force: true });
  };
  const logs = () => {
    const out: string[] = [];
    const walk = (d: string) => {
      for (const e of fs.existsSync(d) ? fs.readdirSync(d, { withFileTypes: true }) : []) {
        const p = path.join(d, e.name);
        if (e.isDirectory()) walk(p);
        else if (p.endsWith('.log')) out.push(`==> ${p}\n${fs.readFileSync(p, 'utf8')}`);
      }
    };
    walk(path.join(userDataDir, 'logs'));
    return out.join('\n');
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (exited) break;
    const m = /HTTP server listening on (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
    if (m && (await fetch(`${m[1]}healthz`).then((r) => r.ok, () => false))) {
      return { url: `${m[1]}?folder=${encodeURIComponent(workspace)}`, pid, root, output: () => output, logs, stop };
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  throw new Error(`code-server did not come up:\n${output}`);
}

/** Commands of the processes in code-server's process group (the extension host and our server are in it). */
function groupCommands(pgid: number): string[] {
  const ps = spawnSync('ps', ['-e', '-o', 'pgid=,args='], { encoding: 'utf8' });
  return ps.stdout
    .split('\n')
    .map((l) => /^\s*(\d+)\s+(.*)$/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null && Number(m[1]) === pgid)
    .map((m) => m[2]);
}

let ws: { dir: string; remove(): void };
let server: Server;
let wb: Workbench;

before(async () => {
  ws = makeWorkspace({ 'broken.xml': BROKEN });
  server = await startUntrustedCodeServer(ws.dir);
  wb = await openWorkbench(server.url);
});

after(async () => {
  await wb?.close();
  await server?.stop();
  ws?.remove();
});

async function withLogs<T>(name: string, body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (err) {
    await screenshot(wb.page, path.join(SHOTS, `explorer-untrusted-${name}-failure.png`)).catch(() => undefined);
    throw new Error(`${(err as Error).message}\n--- logs ---\n${server.logs()}`, { cause: err });
  }
}

function pane(page: Page) {
  return page.locator('.part.sidebar .pane', { has: page.locator('.pane-header', { hasText: /Networks/ }) });
}

async function showExplorer(page: Page): Promise<void> {
  const icon = page.locator('.part.activitybar .action-item a.action-label[aria-label^="Libvirt"]').first();
  await icon.waitFor({ state: 'visible', timeout: 30_000 });
  if (!(await pane(page).isVisible().catch(() => false))) await icon.click();
  await pane(page).waitFor({ state: 'visible', timeout: 10_000 });
}

/** The command palette's rows for `query` (no command is run). */
async function paletteLabels(page: Page, query: string): Promise<string[]> {
  await page.keyboard.press('Escape');
  await page.keyboard.press('F1');
  const widget = page.locator('.quick-input-widget');
  await widget.waitFor({ state: 'visible', timeout: 10_000 });
  await widget.locator('input').fill(`>${query}`);
  // Something always matches "Libvirt" (Open Log is offered even in Restricted Mode).
  await widget.locator('.monaco-list-row').first().waitFor({ state: 'visible', timeout: 10_000 });
  const labels = await widget.locator('.monaco-list-row').evaluateAll((rows) =>
    rows.map((r) => ((r as unknown as { querySelector(s: string): { textContent: string | null } | null }).querySelector('.label-name')?.textContent ?? '').trim()),
  );
  await page.keyboard.press('Escape');
  return labels;
}

test('Restricted Mode: diagnostics still work, the explorer explains itself, no virsh runs, host commands are not offered', async () => {
  await withLogs('restricted', async () => {
    const { page } = wb;
    await page.locator('.part.statusbar', { hasText: /Restricted Mode/ }).waitFor({ state: 'visible', timeout: 30_000 });
    await showExplorer(page);
    const welcome = pane(page).locator('.welcome-view');
    await welcome.filter({ hasText: 'The network explorer is off in Restricted Mode' }).waitFor({ state: 'visible', timeout: 30_000 });
    assert.match(await welcome.innerText(), /Network XML is still validated in the editor/);
    assert.equal(await welcome.locator('a, .monaco-button', { hasText: 'Manage Workspace Trust' }).count(), 1);
    assert.equal(await pane(page).locator('.monaco-list-row').count(), 0);

    // The language server runs (trusted: false) and validates.
    await openFile(page, 'broken.xml');
    const problems = await waitForProblems(page, (ps) => ps.some((p) => p.file === 'broken.xml' && p.code === 'forward-mode-unknown'), 60_000);
    assert.ok(problems.some((p) => p.source === 'libvirt' && /unknown forwarding type 'tunnel'/.test(p.message)));

    const labels = await paletteLabels(page, 'Libvirt:');
    assert.ok(labels.includes('Libvirt: Open Log'), labels.join(', '));
    for (const hidden of ['Libvirt: Start Network', 'Libvirt: Define Network from Editor', 'Libvirt: Refresh Networks', 'Libvirt: Run Network Action']) {
      assert.ok(!labels.includes(hidden), `${hidden} is not offered in Restricted Mode`);
    }

    const commands = groupCommands(server.pid);
    assert.ok(commands.some((c) => c.includes('server/out/server.js')), `our language server runs:\n${commands.join('\n')}`);
    assert.deepEqual(commands.filter((c) => /(^|\/)virsh(\s|$)/.test(c)), [], 'no virsh process in Restricted Mode');
    assert.doesNotMatch(server.logs(), /virsh -c /, 'nothing was run through virsh');
    assert.match(server.logs(), /language server started \(trusted: false\)/);
  });
});

test('granting trust brings the explorer up without a reload', async () => {
  await withLogs('grant', async () => {
    const { page } = wb;
    await showExplorer(page);
    await pane(page).locator('.welcome-view a, .welcome-view .monaco-button', { hasText: 'Manage Workspace Trust' }).first().click();
    // The Workspace Trust editor: trust this folder.
    const trust = page.locator('.workspace-trust-editor .monaco-button', { hasText: /^Trust$/ }).first();
    await trust.waitFor({ state: 'visible', timeout: 20_000 });
    await trust.click();
    await page.locator('.part.statusbar', { hasText: /Restricted Mode/ }).waitFor({ state: 'detached', timeout: 20_000 }).catch(() => undefined);
    await showExplorer(page);
    const row = pane(page).locator('.monaco-list-row', { has: page.locator('.label-name', { hasText: /^default$/ }) });
    await row.waitFor({ state: 'visible', timeout: 30_000 });
    assert.equal((await row.locator('.label-description').textContent())?.trim(), 'active · virbr0 · nat');
    assert.match(server.logs(), /language server started \(trusted: true\)/);
    const commands = groupCommands(server.pid);
    assert.ok(commands.some((c) => /(^|\/)virsh\s.*test:\/\/\/default/.test(c)), `virsh runs once trusted:\n${commands.join('\n')}`);
  });
});
