// The network explorer end to end, in a real VS Code (code-server's workbench in headless
// Chromium) with our extension and its language server, against libvirt's built-in test driver
// `test:///default` through the real virsh. A person opens the Libvirt view, defines a network
// from an editor, starts it from the command palette, stops it (confirming), edits its
// definition through `libvirt-net:` and undefines it; the welcome views follow the settings.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { activeEditor, exactly, openFile, openPalette, runCommand, runCommandAndPick, screenshot, waitForProblems } from '../support/browser';
import { REPO_ROOT } from '../support/code-server';
import { SHOTS, networksView, showNetworksView, useWorkbench } from '../support/extension-e2e';

const CONNECTION = 'test:///default';
/**
 * The README's screenshot is refreshed on request (UPDATE_README_SHOTS=1), so a test run leaves
 * the checkout as it was; otherwise the shot goes with the other test results.
 */
const README_SHOT = process.env.UPDATE_README_SHOTS === '1' ? path.join(REPO_ROOT, 'docs', 'screenshots', 'explorer.png') : path.join(SHOTS, 'explorer.png');

const LAB = `<network>
  <name>lab</name>
  <forward mode='route'/>
  <bridge name='virbr42'/>
  <ip address='192.168.142.1' netmask='255.255.255.0'>
    <dhcp>
      <range start='192.168.142.10' end='192.168.142.99'/>
    </dhcp>
  </ip>
</network>
`;
// libvirt refuses this at define time ("unknown forward type"); the language server flags it too.
const BROKEN = `<network>
  <name>broken</name>
  <forward mode='tunnel'/>
  <ip address='192.168.143.1' prefix='24'/>
</network>
`;

// Defined through the language server's editor code action, which runs libvirtNetworks.runAction.
const QUICK = `<network>
  <name>quick</name>
  <ip address='192.168.144.1' prefix='24'/>
</network>
`;

// Machine-scoped (connections, virshPath): in a remote window such as code-server's they are read
// from the remote machine's settings only.
const MACHINE_SETTINGS = { 'libvirtNetworks.connections': [CONNECTION], 'libvirtNetworks.virshPath': 'virsh' };
const USER_SETTINGS = { 'libvirtNetworks.refreshDebounceMs': 100, 'workbench.editor.enablePreview': false };

const session = useWorkbench({
  files: { 'lab.xml': LAB, 'broken.xml': BROKEN, 'quick.xml': QUICK },
  settings: USER_SETTINGS,
  machineSettings: MACHINE_SETTINGS,
  shotPrefix: 'explorer-',
});

/** The tree row whose label is exactly `label`. */
function row(page: Page, label: string): Locator {
  return networksView(page).locator('.monaco-list-row', { has: page.locator('.label-name', { hasText: exactly(label) }) }).first();
}

/** The row's description ('' when it has none); no waiting: the row must be there. */
async function description(page: Page, label: string): Promise<string> {
  const d = row(page, label).locator('.label-description');
  return (await d.count()) > 0 ? ((await d.first().textContent()) ?? '').trim() : '';
}

/** Waits until the row `label` exists and its description satisfies `predicate`; returns the description. */
async function waitForRow(page: Page, label: string, predicate: (description: string) => boolean, timeoutMs = 30_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let last = '(no row)';
  while (Date.now() < deadline) {
    if (await row(page, label).isVisible().catch(() => false)) {
      last = await description(page, label).catch(() => '(unreadable)');
      if (predicate(last)) return last;
    }
    await page.waitForTimeout(200);
  }
  throw new Error(`tree row "${label}" never matched within ${timeoutMs} ms; last description: ${last}; tree:\n${await treeText(page)}`);
}

async function waitForNoRow(page: Page, label: string, timeoutMs = 30_000): Promise<void> {
  await row(page, label).waitFor({ state: 'detached', timeout: timeoutMs }).catch(async (e: Error) => {
    throw new Error(`tree row "${label}" is still there: ${e.message}\n${await treeText(page)}`);
  });
}

async function treeText(page: Page): Promise<string> {
  return ((await networksView(page).innerText().catch(() => '')) ?? '').trim();
}

/** Expands a collapsed row by clicking its twistie. */
async function expand(page: Page, label: string): Promise<void> {
  const r = row(page, label);
  await r.waitFor({ state: 'visible', timeout: 20_000 });
  if ((await r.getAttribute('aria-expanded')) !== 'true') await r.locator('.monaco-tl-twistie').click();
  await page.waitForFunction((el) => (el as unknown as { getAttribute(n: string): string | null }).getAttribute('aria-expanded') === 'true', await r.elementHandle(), { timeout: 10_000 });
}

/** Drags the sidebar's edge until it is `width` pixels wide. */
async function widenSidebar(page: Page, width: number): Promise<void> {
  const box = await page.locator('.part.sidebar').boundingBox();
  if (!box || box.width >= width) return;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width - 1, y);
  await page.mouse.down();
  await page.mouse.move(box.x + width, y, { steps: 10 });
  await page.mouse.up();
  await page.waitForFunction(
    ([w]) => {
      const el = (globalThis as unknown as { document: { querySelector(s: string): { getBoundingClientRect(): { width: number } } | null } }).document.querySelector('.part.sidebar');
      return (el?.getBoundingClientRect().width ?? 0) >= w - 20;
    },
    [width],
    { timeout: 10_000 },
  );
}

/** Hovers a tree row until its tooltip shows `expect`; returns the tooltip's text. */
async function hoverRow(page: Page, label: string, expect: string): Promise<string> {
  const hover = page.locator('.monaco-hover, .workbench-hover', { hasText: expect }).first();
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    await page.mouse.move(0, 0);
    await row(page, label).locator('.label-name').hover();
    if (await hover.waitFor({ state: 'visible', timeout: 3_000 }).then(() => true, () => false)) return (await hover.innerText()).trim();
  }
  throw new Error(`no tooltip showing "${expect}" over the row "${label}"`);
}

/** The visible notification toast whose message matches `text`. */
function toast(page: Page, text: string | RegExp): Locator {
  return page.locator('.notifications-toasts .notification-toast', { has: page.locator('.notification-list-item-message', { hasText: text }) }).first();
}

/**
 * A notification, wherever VS Code put it: a toast, or, when more toasts are up than it shows at
 * once (the older ones then only go to the notification center), the center.
 */
async function notification(page: Page, text: string | RegExp): Promise<Locator> {
  const asToast = toast(page, text);
  try {
    await asToast.waitFor({ state: 'visible', timeout: 15_000 });
    return asToast;
  } catch {
    await runCommand(page, 'Notifications: Show Notifications');
    const inCenter = page.locator('.notifications-center .notification-list-item', { has: page.locator('.notification-list-item-message', { hasText: text }) }).first();
    await inCenter.waitFor({ state: 'visible', timeout: 15_000 });
    return inCenter;
  }
}

async function clickToastButton(page: Page, text: string | RegExp, button: string): Promise<void> {
  const t = toast(page, text);
  await t.waitFor({ state: 'visible', timeout: 20_000 });
  await t.locator('.monaco-button', { hasText: exactly(button) }).first().click();
}

/** The modal dialog (VS Code's own, rendered in the workbench), once visible. */
function dialog(page: Page): Locator {
  return page.locator('.monaco-dialog-box');
}

async function clearNotifications(page: Page): Promise<void> {
  await runCommand(page, 'Notifications: Clear All Notifications');
}

/** Find/Replace in the active editor (Ctrl+H, Replace All), as a person would. */
async function replaceInEditor(page: Page, find: string, replace: string): Promise<void> {
  await activeEditor(page).locator('.view-lines').click();
  await page.keyboard.press('Control+H');
  const widget = page.locator('.editor-widget.find-widget.visible');
  await widget.waitFor({ state: 'visible', timeout: 10_000 });
  await widget.locator('.find-part textarea').fill(find);
  await widget.locator('.matchesCount', { hasText: /^1 of 1$/ }).waitFor({ timeout: 10_000 });
  const replaceInput = widget.locator('.replace-part textarea');
  await replaceInput.fill(replace);
  await replaceInput.press('Control+Alt+Enter');
  await activeEditor(page).locator('.view-line', { hasText: replace }).waitFor({ state: 'visible', timeout: 10_000 });
  await page.keyboard.press('Escape');
}

function machineSettingsFile(): string {
  return path.join(session.server.userDataDir, 'Machine', 'settings.json');
}

/**
 * Changes the machine's settings as a person would: "Preferences: Open Remote Settings (JSON)",
 * replace the text, save. Our host settings are machine-scoped, so in code-server (a remote
 * window) they live there, not in the browser-side user settings.
 */
async function editMachineSettings(page: Page, settings: Record<string, unknown>): Promise<void> {
  const current = JSON.parse(fs.readFileSync(machineSettingsFile(), 'utf8')) as Record<string, unknown>;
  // One line: the editor would re-indent pasted line breaks.
  const text = JSON.stringify({ ...current, ...settings });
  const widget = await openPalette(page, 'Preferences: Open Remote Settings (JSON)');
  await widget.locator('.monaco-list-row', { has: page.locator('.label-name', { hasText: /^Preferences: Open Remote Settings \(JSON\)/ }) }).first().click();
  await page.locator('.tabs-container .tab.active', { hasText: 'settings.json' }).waitFor({ state: 'visible', timeout: 20_000 });
  await activeEditor(page).locator('.view-lines').click();
  await page.keyboard.press('Control+A');
  // One input event, as a paste would be: no auto-closed quotes or brackets.
  await page.keyboard.insertText(text);
  // Whatever the editor auto-closed after the cursor goes.
  await page.keyboard.press('Control+Shift+End');
  await page.keyboard.press('Delete');
  await page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'visible', timeout: 10_000 });
  await page.keyboard.press('Control+S');
  await page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'detached', timeout: 10_000 });
  const saved = fs.readFileSync(machineSettingsFile(), 'utf8');
  assert.equal(saved.trim(), text, 'the settings were saved as pasted');
  await runCommand(page, 'View: Close Editor');
}

test('the explorer shows test:///default with its active default network and its details', async () => {
  await session.withLogs('tree', async () => {
    const { page } = session.wb;
    await showNetworksView(page);
    const conn = await waitForRow(page, CONNECTION, (d) => /network/.test(d));
    assert.match(conn, /^1 network, 1 active$/);
    assert.equal(await waitForRow(page, 'default', (d) => d !== ''), 'active · virbr0 · nat');

    await expand(page, 'default');
    assert.equal(await waitForRow(page, 'Forward', () => true), 'nat');
    assert.equal(await waitForRow(page, 'Bridge', () => true), 'virbr0', 'the test driver has no link state to show');
    assert.equal(await waitForRow(page, 'IPv4 192.168.122.1/24', () => true), 'DHCP 192.168.122.2 – 192.168.122.254');
    // The test driver cannot list leases: libvirt's own words, on the row that would hold them.
    assert.match(await waitForRow(page, 'DHCP leases', () => true), /not supported by the connection driver/);
    // Its built-in domain "test" has one interface on `default`.
    await waitForRow(page, 'Guests (1)', () => true);
    await expand(page, 'Guests (1)');
    assert.equal(await waitForRow(page, 'test', () => true), 'testnet0 · aa:bb:cc:dd:ee:ff');
  });
});

test('define a network from an editor, start it from the palette, stop it after confirming', async () => {
  await session.withLogs('define-start-stop', async () => {
    const { page } = session.wb;
    await openFile(page, 'lab.xml');
    // Unsaved text counts: the name typed into the buffer is what gets defined.
    const editor = activeEditor(page);
    await editor.locator('.view-line span span', { hasText: /^lab$/ }).first().dblclick();
    await page.keyboard.type('lab1');
    await page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'visible', timeout: 10_000 });

    await runCommand(page, 'Libvirt: Define Network from Editor');
    await toast(page, "Defined network 'lab1' on test:///default.").waitFor({ state: 'visible', timeout: 30_000 });
    assert.equal(await waitForRow(page, 'lab1', (d) => d !== ''), 'inactive · virbr42 · route');
    assert.equal(await description(page, CONNECTION), '2 networks, 1 active');

    // Start Network from the palette offers the inactive networks only.
    const offered = await runCommandAndPick(page, 'Libvirt: Start Network', 'lab1');
    assert.deepEqual(offered, ['lab1'], 'default is active, so only lab1 is offered');
    assert.equal(await waitForRow(page, 'lab1', (d) => d.startsWith('active')), 'active · virbr42 · route');
    assert.equal(await description(page, CONNECTION), '2 networks, 2 active');
    await clearNotifications(page);

    // The screenshot for the README: a wider sidebar, both networks expanded, lab1's tooltip.
    await widenSidebar(page, 560);
    await expand(page, 'lab1');
    await waitForRow(page, 'IPv4 192.168.142.1/24', (d) => d === 'DHCP 192.168.142.10 – 192.168.142.99');
    const tip = await hoverRow(page, 'lab1', 'Subnet 192.168.142.1/24');
    assert.match(tip, /lab1 — active, no autostart, persistent/);
    assert.match(tip, /Subnet 192\.168\.142\.1\/24 — DHCP 192\.168\.142\.10 – 192\.168\.142\.99/);
    await screenshot(page, README_SHOT);
    await page.mouse.move(0, 0);

    // Stop from the row's inline action; nothing happens until the user confirms.
    await row(page, 'lab1').hover();
    await row(page, 'lab1').locator('.action-label[aria-label="Stop Network"]').click();
    const confirm = toast(page, "Stop network 'lab1' on test:///default?");
    await confirm.waitFor({ state: 'visible', timeout: 10_000 });
    assert.match(await description(page, 'lab1'), /^active/, 'still active while the question is open');
    await clickToastButton(page, "Stop network 'lab1' on test:///default?", 'Stop');
    assert.equal(await waitForRow(page, 'lab1', (d) => d.startsWith('inactive')), 'inactive · virbr42 · route');
    assert.equal(await description(page, CONNECTION), '2 networks, 1 active');
  });
});

test('a document with errors: the user is told before anything is sent, and libvirt\'s refusal is shown verbatim', async () => {
  await session.withLogs('define-errors', async () => {
    const { page } = session.wb;
    await clearNotifications(page);
    await openFile(page, 'broken.xml');
    // The language server's verdict first: the command asks only about errors it knows of.
    await waitForProblems(page, (ps) => ps.some((p) => p.file === 'broken.xml' && p.severity === 'error'), 60_000);
    await page.locator('.tabs-container .tab', { hasText: 'broken.xml' }).click();
    await runCommand(page, 'Libvirt: Define Network from Editor');
    const box = dialog(page);
    await box.waitFor({ state: 'visible', timeout: 10_000 });
    const question = await box.innerText();
    assert.match(question, /broken\.xml has \d+ errors?: libvirt will probably refuse it/);
    assert.match(question, /tunnel/, 'the dialog lists the error');
    await box.locator('.monaco-button', { hasText: exactly('Cancel') }).click();
    await box.waitFor({ state: 'hidden', timeout: 10_000 });
    assert.equal(await row(page, 'broken').count(), 0, 'cancelled: nothing defined');

    await runCommand(page, 'Libvirt: Define Network from Editor');
    await box.waitFor({ state: 'visible', timeout: 10_000 });
    await box.locator('.monaco-button', { hasText: exactly('Define Anyway') }).click();
    const refusal = toast(page, /Could not define the network/);
    await refusal.waitFor({ state: 'visible', timeout: 30_000 });
    const text = (await refusal.locator('.notification-list-item-message').innerText()).trim();
    assert.match(text, /^Could not define the network: unsupported configuration: unknown forwarding type 'tunnel'$/, 'libvirt\'s message, verbatim');
    assert.equal(await refusal.locator('.monaco-button', { hasText: exactly('Open Log') }).count(), 1);
    assert.equal(await row(page, 'broken').count(), 0);
    await clearNotifications(page);
  });
});

test('edit a definition through libvirt-net:, save redefines it; a refused save keeps the typed text', async () => {
  await session.withLogs('edit', async () => {
    const { page } = session.wb;
    await showNetworksView(page);
    await row(page, 'lab1').hover();
    await row(page, 'lab1').locator('.action-label[aria-label="Edit Network Definition"]').click();
    await page.locator('.tabs-container .tab.active', { hasText: 'lab1.xml' }).waitFor({ state: 'visible', timeout: 20_000 });
    const editor = activeEditor(page);
    // libvirt's stored form: it added the uuid.
    await editor.locator('.view-line', { hasText: '<uuid>' }).waitFor({ state: 'visible', timeout: 20_000 });

    await replaceInEditor(page, "end='192.168.142.99'", "end='192.168.142.50'");
    await page.keyboard.press('Control+S');
    await page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'detached', timeout: 30_000 });
    await showNetworksView(page);
    await expand(page, 'lab1');
    await waitForRow(page, 'IPv4 192.168.142.1/24', (d) => d === 'DHCP 192.168.142.10 – 192.168.142.50');

    // Now something libvirt refuses: the save fails, the editor stays dirty with the text.
    await page.locator('.tabs-container .tab', { hasText: 'lab1.xml' }).click();
    await replaceInEditor(page, "mode='route'", "mode='tunnel'");
    await page.keyboard.press('Control+S');
    // Ours: libvirt's words and the log; VS Code's own: the failed save, with Retry / Save As / Revert.
    const refused = toast(page, "libvirt refused the definition of 'lab1': unsupported configuration: unknown forwarding type 'tunnel'");
    await refused.waitFor({ state: 'visible', timeout: 30_000 });
    assert.equal(await refused.locator('.monaco-button', { hasText: exactly('Open Log') }).count(), 1);
    const saveFailed = await notification(page, /^Failed to save 'lab1\.xml': [\s\S]*unknown forwarding type 'tunnel'/);
    assert.equal(await saveFailed.locator('.monaco-button', { hasText: exactly('Revert') }).count(), 1);
    await page.locator('.tabs-container .tab.active.dirty', { hasText: 'lab1.xml' }).waitFor({ state: 'visible', timeout: 10_000 });
    await editor.locator('.view-line', { hasText: "mode='tunnel'" }).waitFor({ state: 'visible', timeout: 10_000 });
    // libvirt still has the last good definition.
    await showNetworksView(page);
    assert.equal(await description(page, 'lab1'), 'inactive · virbr42 · route');
    // Leave the broken buffer without saving.
    await page.locator('.tabs-container .tab', { hasText: 'lab1.xml' }).click();
    await runCommand(page, 'File: Revert File');
    await page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'detached', timeout: 10_000 });
    await runCommand(page, 'View: Close Editor');
    await clearNotifications(page);
  });
});

test('the editor code action from the language server defines the network through libvirtNetworks.runAction', async () => {
  await session.withLogs('code-action', async () => {
    const { page } = session.wb;
    await openFile(page, 'quick.xml');
    const editor = activeEditor(page);
    await editor.locator('.view-line span span', { hasText: /^quick$/ }).first().click();
    const title = "Define network 'quick' on test:///default";
    const menu = page.locator('.action-widget');
    const entry = menu.locator('.monaco-list-row', { hasText: title }).first();
    // Code actions come from the server's cached snapshot: ask again until they are there.
    const deadline = Date.now() + 30_000;
    while (!(await entry.isVisible().catch(() => false))) {
      if (Date.now() > deadline) throw new Error(`no code action "${title}"; menu: ${await menu.innerText().catch(() => '(none)')}`);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+.');
      await entry.waitFor({ state: 'visible', timeout: 3_000 }).catch(() => undefined);
    }
    assert.equal(await menu.locator('.monaco-list-row', { hasText: "Define and start network 'quick' on test:///default" }).count(), 1);
    // The menu is driven by the keyboard (the mouse is not its input here): down to the entry, Enter.
    const focused = menu.locator('.monaco-list-row.focused', { hasText: title });
    for (let i = 0; i < 5 && !(await focused.isVisible()); i++) await page.keyboard.press('ArrowDown');
    await focused.waitFor({ state: 'visible', timeout: 5_000 });
    await page.keyboard.press('Enter');
    await menu.waitFor({ state: 'hidden', timeout: 10_000 });
    await showNetworksView(page);
    assert.equal(await waitForRow(page, 'quick', (d) => d !== ''), 'inactive · isolated');
  });
});

test('toggle autostart, DHCP leases and host health from the palette', async () => {
  await session.withLogs('palette', async () => {
    const { page } = session.wb;
    await clearNotifications(page);
    await showNetworksView(page);
    await runCommandAndPick(page, 'Libvirt: Toggle Network Autostart', 'default');
    assert.equal(await waitForRow(page, 'default', (d) => d.includes('autostart')), 'active · autostart · virbr0 · nat');
    await runCommandAndPick(page, 'Libvirt: Toggle Network Autostart', 'default');
    assert.equal(await waitForRow(page, 'default', (d) => !d.includes('autostart')), 'active · virbr0 · nat');

    // The test driver cannot list leases: libvirt's words, verbatim, with the way to the log.
    await runCommandAndPick(page, 'Libvirt: Show DHCP Leases', 'default');
    const leases = toast(page, "Could not read the DHCP leases of 'default'");
    await leases.waitFor({ state: 'visible', timeout: 20_000 });
    assert.match(await leases.innerText(), /this function is not supported by the connection driver: virNetworkGetDHCPLeases/);
    assert.equal(await leases.locator('.monaco-button', { hasText: exactly('Open Log') }).count(), 1);
    await clearNotifications(page);

    // One connection: no question which; the test driver gets the default-network check only.
    await runCommand(page, 'Libvirt: Check Host Health');
    const health = toast(page, /Host health of test:\/\/\/default/);
    await health.waitFor({ state: 'visible', timeout: 20_000 });
    const summary = (await health.locator('.notification-list-item-message').innerText()).trim();
    assert.match(summary, /^Host health of test:\/\/\/default: all \d+ checks? passed\.$/);
    await clickToastButton(page, /Host health of test/, 'Show Details');
    const widget = page.locator('.quick-input-widget');
    await widget.waitFor({ state: 'visible', timeout: 10_000 });
    assert.match(await widget.innerText(), /default/);
    await page.keyboard.press('Escape');
  });
});

test('undefine asks in a modal dialog, then the network is gone', async () => {
  await session.withLogs('undefine', async () => {
    const { page } = session.wb;
    await runCommandAndPick(page, 'Libvirt: Undefine Network...', 'lab1');
    const box = dialog(page);
    await box.waitFor({ state: 'visible', timeout: 10_000 });
    assert.match(await box.innerText(), /Undefine network 'lab1' on test:\/\/\/default\?/);
    await box.locator('.monaco-button', { hasText: exactly('Undefine') }).click();
    await showNetworksView(page);
    await waitForNoRow(page, 'lab1');
    assert.equal(await waitForRow(page, CONNECTION, (d) => d === '2 networks, 1 active'), '2 networks, 1 active', 'default and quick remain');
  });
});

test('welcome views: no connection configured, virsh not found', async () => {
  await session.withLogs('welcome', async () => {
    const { page } = session.wb;
    await showNetworksView(page);
    const welcome = networksView(page).locator('.welcome-view');

    await editMachineSettings(page, { 'libvirtNetworks.connections': [] });
    await welcome.filter({ hasText: 'No libvirt connection is configured.' }).waitFor({ state: 'visible', timeout: 30_000 });
    assert.equal(await networksView(page).locator('.monaco-list-row').count(), 0);
    assert.equal(await welcome.locator('a, .monaco-button', { hasText: 'Add a Connection' }).count(), 1);

    await editMachineSettings(page, { 'libvirtNetworks.connections': [CONNECTION], 'libvirtNetworks.virshPath': '/nonexistent/bin/virsh' });
    await welcome.filter({ hasText: 'virsh, the libvirt command-line client, was not found.' }).waitFor({ state: 'visible', timeout: 30_000 });
    assert.match(await welcome.innerText(), /libvirt-clients.*Debian/);
    assert.equal(await welcome.locator('a, .monaco-button', { hasText: 'Set virsh Path' }).count(), 1);

    await editMachineSettings(page, { 'libvirtNetworks.virshPath': 'virsh' });
    await waitForRow(page, 'default', (d) => d === 'active · virbr0 · nat');
  });
});
