// End to end in a real VS Code: code-server's workbench in headless Chromium, our extension loaded
// from this checkout, its language server started by the real vscode-languageclient. A person opens
// network XML files and reads the Problems panel, the squiggle and its hover.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, test } from 'node:test';
import { activeEditor, hoverText, openFile, screenshot, squiggles, waitForProblems } from '../support/browser';
import { SHOTS, useWorkbench } from '../support/extension-e2e';

const STOCK = fs.readFileSync('/work/shared/corpus/libvirt/default.xml.in', 'utf8');
const LONG_BRIDGE = 'virbr0123456789012'; // 18 characters; the kernel's IFNAMSIZ allows 15
const BROKEN = STOCK.replace(/<bridge name='virbr0'\/>/, `<bridge name="${LONG_BRIDGE}"/>`);

before(() => {
  assert.notEqual(BROKEN, STOCK, 'the corpus default.xml no longer has <bridge name=\'virbr0\'/>');
});

const session = useWorkbench({ files: { 'default.xml': STOCK, 'broken/bridge-too-long.xml': BROKEN } });

test('the stock default.xml and the long bridge name: one libvirt error, on the broken file only', async () => {
  await session.withLogs('diagnostics', async () => {
    const { page } = session.wb;
    // Stock file first: its (empty) diagnostics are published before the broken file's.
    await openFile(page, 'default.xml');
    await openFile(page, 'broken/bridge-too-long.xml');

    const problems = await waitForProblems(
      page,
      (ps) => ps.some((p) => p.file === 'bridge-too-long.xml' && p.message.includes('Numerical result out of range')),
      60_000,
    );
    const broken = problems.filter((p) => p.file === 'bridge-too-long.xml' && p.source === 'libvirt');
    assert.equal(broken.length, 1, JSON.stringify(problems, null, 2));
    assert.equal(broken[0].severity, 'error');
    assert.equal(broken[0].code, 'bridge-name-too-long');
    assert.equal(broken[0].line, 3, 'the <bridge> line');
    assert.match(broken[0].message, new RegExp(`error creating bridge interface ${LONG_BRIDGE}: Numerical result out of range`));
    assert.equal(broken[0].resource, path.join(session.ws.dir, 'broken', 'bridge-too-long.xml'));
    assert.deepEqual(
      problems.filter((p) => p.file === 'default.xml' && p.source === 'libvirt'),
      [],
      'the stock network has no libvirt problem',
    );

    // The editor draws the squiggle, and its hover carries the same message.
    await squiggles(page, 'error').first().waitFor({ state: 'visible', timeout: 10_000 });
    const hover = await hoverText(page, LONG_BRIDGE, 'Numerical result out of range');
    assert.match(hover, /Numerical result out of range/);
    assert.match(hover, /libvirt/);
    await screenshot(page, path.join(SHOTS, 'diagnostics-hover.png'));
  });
});

test('typing a long bridge name into the stock file raises the error, undo clears it', async () => {
  await session.withLogs('live-edit', async () => {
    const { page } = session.wb;
    await openFile(page, 'default.xml');
    const editor = activeEditor(page);
    // Double-click selects the word virbr0 in <bridge name='virbr0'/>, then type over it.
    await editor.locator('.view-line span span', { hasText: 'virbr0' }).first().dblclick();
    await page.keyboard.type(LONG_BRIDGE);
    const raised = await waitForProblems(
      page,
      (ps) => ps.some((p) => p.file === 'default.xml' && p.code === 'bridge-name-too-long'),
      30_000,
    );
    const hit = raised.find((p) => p.file === 'default.xml' && p.code === 'bridge-name-too-long');
    assert.equal(hit?.source, 'libvirt');
    assert.equal(hit?.line, 3);
    await screenshot(page, path.join(SHOTS, 'diagnostics-live-edit.png'));

    await page.keyboard.press('Control+Z');
    await editor.locator('.view-line', { hasText: "name='virbr0'/>" }).waitFor({ state: 'visible', timeout: 10_000 });
    const cleared = await waitForProblems(page, (ps) => !ps.some((p) => p.file === 'default.xml'), 30_000);
    assert.deepEqual(
      cleared.filter((p) => p.file === 'default.xml'),
      [],
      'back to the stock text: no problem at all in default.xml',
    );
    // The broken file's entry is still listed: the panel was really read, not empty.
    assert.ok(cleared.some((p) => p.file === 'bridge-too-long.xml' && p.source === 'libvirt'));
  });
});
