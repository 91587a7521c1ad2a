// Restricted Mode end to end: a workbench whose workspace is NOT trusted. The language server
// still validates network XML, nothing touches the host (no virsh process at all), the explorer
// says why it is empty, and the host commands are not offered; granting trust brings the
// explorer up without a reload (the client restarts the server with `trusted: true`).
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { openFile, paletteLabels, waitForProblems } from '../support/browser';
import { networksView, showNetworksView, useWorkbench } from '../support/extension-e2e';

const BROKEN = `<network>
  <name>broken</name>
  <forward mode='tunnel'/>
</network>
`;

const session = useWorkbench({
  files: { 'broken.xml': BROKEN },
  // Trust enabled, no start-up question: the folder opens in Restricted Mode.
  workspaceTrust: true,
  // Machine-scoped: in code-server's remote window read from the machine's settings only.
  machineSettings: { 'libvirtNetworks.connections': ['test:///default'] },
  shotPrefix: 'explorer-untrusted-',
});

/** Commands of the processes in code-server's process group (the extension host and our server are in it). */
function groupCommands(pgid: number): string[] {
  const ps = spawnSync('ps', ['-e', '-o', 'pgid=,args='], { encoding: 'utf8' });
  return ps.stdout
    .split('\n')
    .map((l) => /^\s*(\d+)\s+(.*)$/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null && Number(m[1]) === pgid)
    .map((m) => m[2]);
}

test('Restricted Mode: diagnostics still work, the explorer explains itself, no virsh runs, host commands are not offered', async () => {
  await session.withLogs('restricted', async () => {
    const { page } = session.wb;
    await page.locator('.part.statusbar', { hasText: /Restricted Mode/ }).waitFor({ state: 'visible', timeout: 30_000 });
    await showNetworksView(page);
    const welcome = networksView(page).locator('.welcome-view');
    await welcome.filter({ hasText: 'The network explorer is off in Restricted Mode' }).waitFor({ state: 'visible', timeout: 30_000 });
    assert.match(await welcome.innerText(), /Network XML is still validated in the editor/);
    assert.equal(await welcome.locator('a, .monaco-button', { hasText: 'Manage Workspace Trust' }).count(), 1);
    assert.equal(await networksView(page).locator('.monaco-list-row').count(), 0);

    // The language server runs (trusted: false) and validates.
    await openFile(page, 'broken.xml');
    const problems = await waitForProblems(page, (ps) => ps.some((p) => p.file === 'broken.xml' && p.code === 'forward-mode-unknown'), 60_000);
    assert.ok(problems.some((p) => p.source === 'libvirt' && /unknown forwarding type 'tunnel'/.test(p.message)));

    const labels = await paletteLabels(page, 'Libvirt:');
    assert.ok(labels.includes('Libvirt: Open Log'), labels.join(', '));
    for (const hidden of ['Libvirt: Start Network', 'Libvirt: Define Network from Editor', 'Libvirt: Refresh Networks', 'Libvirt: Run Network Action']) {
      assert.ok(!labels.includes(hidden), `${hidden} is not offered in Restricted Mode`);
    }

    const commands = groupCommands(session.server.pid);
    assert.ok(commands.some((c) => c.includes('server/out/server.js')), `our language server runs:\n${commands.join('\n')}`);
    assert.deepEqual(commands.filter((c) => /(^|\/)virsh(\s|$)/.test(c)), [], 'no virsh process in Restricted Mode');
    assert.doesNotMatch(session.server.logs(), /virsh -c /, 'nothing was run through virsh');
    assert.match(session.server.logs(), /language server started \(trusted: false\)/);
  });
});

test('granting trust brings the explorer up without a reload', async () => {
  await session.withLogs('grant', async () => {
    const { page } = session.wb;
    await showNetworksView(page);
    await networksView(page).locator('.welcome-view a, .welcome-view .monaco-button', { hasText: 'Manage Workspace Trust' }).first().click();
    // The Workspace Trust editor: trust this folder.
    const trust = page.locator('.workspace-trust-editor .monaco-button', { hasText: /^Trust$/ }).first();
    await trust.waitFor({ state: 'visible', timeout: 20_000 });
    await trust.click();
    await page.locator('.part.statusbar', { hasText: /Restricted Mode/ }).waitFor({ state: 'detached', timeout: 20_000 }).catch(() => undefined);
    await showNetworksView(page);
    const row = networksView(page).locator('.monaco-list-row', { has: page.locator('.label-name', { hasText: /^default$/ }) });
    await row.waitFor({ state: 'visible', timeout: 30_000 });
    assert.equal((await row.locator('.label-description').textContent())?.trim(), 'active · virbr0 · nat');
    assert.match(session.server.logs(), /language server started \(trusted: true\)/);
    const commands = groupCommands(session.server.pid);
    assert.ok(commands.some((c) => /(^|\/)virsh\s.*test:\/\/\/default/.test(c)), `virsh runs once trusted:\n${commands.join('\n')}`);
  });
});
