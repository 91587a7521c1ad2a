// Debian's headless Chromium, driven by playwright-core, showing a code-server workbench
// (./code-server.ts). Helpers act as a person would: keyboard shortcuts, Quick Open, the
// command palette, the Problems panel, hovers, screenshots.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Workbench {
  page: Page;
  context: BrowserContext;
  /** Fresh Chromium profile dir, removed by close(). */
  userDataDir: string;
  /** Closes Chromium (Playwright kills the process it launched) and removes the profile. */
  close(): Promise<void>;
}

export interface OpenWorkbenchOptions {
  /** Default 1400x900. */
  viewport?: { width: number; height: number };
  /** How long to wait for the workbench to render (default 60 s). */
  timeoutMs?: number;
}

/** Launches Chromium with a fresh profile and opens `url` (a code-server workbench URL), then waits for it. */
export async function openWorkbench(url: string, opts: OpenWorkbenchOptions = {}): Promise<Workbench> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} missing: apt-get install chromium`);
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lvn-chromium-'));
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      // Chromium keeps its crash database under $XDG_CONFIG_HOME/chromium whatever the profile dir:
      // point XDG at the throwaway profile so nothing lands in ~/.config or ~/.cache.
      env: {
        ...process.env,
        XDG_CONFIG_HOME: path.join(userDataDir, 'xdg-config'),
        XDG_CACHE_HOME: path.join(userDataDir, 'xdg-cache'),
      },
      viewport: opts.viewport ?? { width: 1400, height: 900 },
      // Clipboard access for copy/paste commands without a prompt.
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url);
    await waitForWorkbench(page, opts.timeoutMs ?? 60_000);
    const ctx = context;
    return {
      page,
      context: ctx,
      userDataDir,
      close: async () => {
        await ctx.close().catch(() => undefined);
        fs.rmSync(userDataDir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    await context?.close().catch(() => undefined);
    fs.rmSync(userDataDir, { recursive: true, force: true });
    throw err;
  }
}

/** Waits until the workbench shell, the Explorer with the workspace folder, and the status bar are up. */
export async function waitForWorkbench(page: Page, timeoutMs = 60_000): Promise<void> {
  await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: timeoutMs });
  await page.locator('.part.statusbar').waitFor({ state: 'visible', timeout: timeoutMs });
  // The remote connection is up once the explorer lists the folder.
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ state: 'visible', timeout: timeoutMs });
}

/** A regexp matching exactly `text` (Playwright's hasText with a string matches substrings). */
export function exactly(text: string): RegExp {
  return new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
}

/** The Quick Input widget (Quick Open / command palette), once visible. */
async function quickInput(page: Page): Promise<Locator> {
  const widget = page.locator('.quick-input-widget');
  await widget.waitFor({ state: 'visible', timeout: 10_000 });
  return widget;
}

/**
 * Opens `relativePath` (relative to the workspace folder) via Quick Open (Ctrl+P), like a person:
 * types the name, picks the entry whose description matches its folder, waits for its editor tab.
 */
export async function openFile(page: Page, relativePath: string): Promise<void> {
  const name = path.posix.basename(relativePath);
  const widget = await openQuickInput(page, 'Control+P', relativePath);
  // The search runs on the server (ripgrep); wait for the matching row rather than pressing Enter blind.
  const dir = path.posix.dirname(relativePath);
  let row = widget.locator('.monaco-list-row', { has: page.locator('.label-name', { hasText: exactly(name) }) });
  if (dir !== '.') row = row.filter({ has: page.locator('.label-description', { hasText: dir }) });
  row = row.first();
  await row.waitFor({ state: 'visible', timeout: 20_000 }).catch((err: Error) => {
    throw new Error(
      `Quick Open listed no "${name}" for "${relativePath}": is ripgrep installed (apt-get install ripgrep) ` +
        `and linked by scripts/setup-code-server.mjs? ${err.message}`,
    );
  });
  await row.click();
  await page
    .locator('.tabs-container .tab.active', { hasText: name })
    .waitFor({ state: 'visible', timeout: 20_000 });
  await activeEditor(page).locator('.view-lines').waitFor({ state: 'visible', timeout: 20_000 });
}

/** The editor group's active text editor. */
export function activeEditor(page: Page): Locator {
  return page.locator('.editor-group-container.active .editor-instance .monaco-editor').first();
}

/** Closes whatever quick input or hover is open, so the next shortcut goes to the workbench. */
async function focusWorkbench(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
}

/** Opens the command palette (F1) with `query` typed in; returns the Quick Input widget. */
export async function openPalette(page: Page, query: string): Promise<Locator> {
  return openQuickInput(page, 'F1', `>${query}`);
}

/**
 * Opens a quick input with `key` and types `text`. A quick input that is still closing (an
 * earlier pick, our own Escape) can swallow the key or vanish under the typing: then close
 * whatever is up and try again.
 */
async function openQuickInput(page: Page, key: string, text: string): Promise<Locator> {
  for (let attempt = 1; ; attempt++) {
    await focusWorkbench(page);
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => undefined);
    await page.keyboard.press(key);
    try {
      const widget = await quickInput(page);
      await widget.locator('input').fill(text, { timeout: 5_000 });
      return widget;
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}

/** The Quick Input row whose own label is exactly `label`. */
function quickInputRow(page: Page, widget: Locator, label: string): Locator {
  return widget.locator('.monaco-list-row', { has: page.locator('.label-name', { hasText: exactly(label) }) }).first();
}

/** Each Quick Input row's own label (a row's detail line is a second icon label: not counted). */
async function quickInputLabels(widget: Locator): Promise<string[]> {
  return widget.locator('.monaco-list-row').evaluateAll((rows) =>
    rows.map((r) => ((r as unknown as DomElement).querySelector('.label-name')?.textContent ?? '').trim()),
  );
}

/** Runs a command from the command palette (F1) by its exact label as listed, e.g. "View: Toggle Word Wrap" (commands hidden by their precondition, e.g. editor commands with no editor open, are not listed). */
export async function runCommand(page: Page, label: string): Promise<void> {
  const widget = await openPalette(page, label);
  const row = quickInputRow(page, widget, label);
  await row.waitFor({ state: 'visible', timeout: 10_000 });
  await row.click();
  await widget.waitFor({ state: 'hidden', timeout: 10_000 }).catch(() => undefined);
}

/**
 * Runs a palette command that answers with a quick pick of its own, then picks `item` there;
 * returns the labels it offered. (runCommand waits for the palette to close, which it does not do
 * when the command opens the next quick pick in it.) The command's quick pick is recognised by
 * its `title`: by default the command's label without its category and a trailing "...".
 */
export async function runCommandAndPick(page: Page, command: string, item: string, title = command.replace(/^[^:]*: /, '').replace(/\.\.\.$/, '')): Promise<string[]> {
  const widget = await openPalette(page, command);
  const entry = quickInputRow(page, widget, command);
  await entry.waitFor({ state: 'visible', timeout: 10_000 });
  await entry.click();
  // The command's own quick pick replaces the palette: its title says so.
  await widget.locator('.quick-input-title', { hasText: title }).waitFor({ state: 'visible', timeout: 20_000 });
  return pickQuickItem(page, item);
}

/** Picks the quick-pick row labelled `label` once it shows; returns every row label first. */
export async function pickQuickItem(page: Page, label: string): Promise<string[]> {
  const widget = await quickInput(page);
  const item = quickInputRow(page, widget, label);
  await item.waitFor({ state: 'visible', timeout: 20_000 });
  const labels = await quickInputLabels(widget);
  await item.click();
  await widget.waitFor({ state: 'hidden', timeout: 10_000 }).catch(() => undefined);
  return labels;
}

/** The command palette's row labels for `query` once at least one row shows (no command is run). */
export async function paletteLabels(page: Page, query: string): Promise<string[]> {
  const widget = await openPalette(page, query);
  await widget.locator('.monaco-list-row').first().waitFor({ state: 'visible', timeout: 10_000 });
  const labels = await quickInputLabels(widget);
  await page.keyboard.press('Escape');
  return labels;
}

export interface Problem {
  severity: 'error' | 'warning' | 'info' | 'unknown';
  message: string;
  /** e.g. "libvirt", when the diagnostic has one. */
  source: string;
  /** Rule id / code, when the diagnostic has one. */
  code: string;
  /** 1-based line and column as the panel shows them ("[Ln 3, Col 17]"); 0 when absent. */
  line: number;
  column: number;
  /** Name of the file the entry is listed under, e.g. "default.xml". */
  file: string;
  /** Absolute path of that file as the panel's file row labels it. */
  resource: string;
  /** The whole row's text as the Problems panel renders it. */
  text: string;
}

/** The few DOM members the page-side code uses (tsconfig has no "dom" lib). */
interface DomElement {
  className: string;
  textContent: string | null;
  innerText: string;
  dataset: Record<string, string | undefined>;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

/**
 * Opens the Problems panel and returns its entries, each with the file row it is listed under.
 * The panel is a virtualized tree: only rows that fit in it are rendered, so keep test workspaces
 * small (tens of entries) or filter the panel first.
 */
export async function readProblems(page: Page): Promise<Problem[]> {
  await showProblems(page);
  // One evaluate over the rendered rows, in DOM order sorted by data-index (rows render out of order).
  const raw = await page.locator('.markers-panel .monaco-list-rows').evaluate((container) => {
    const rows = container as unknown as DomElement;
    const items = Array.from(rows.querySelectorAll(':scope > .monaco-list-row'));
    items.sort((a, b) => Number(a.dataset['index']) - Number(b.dataset['index']));
    const text = (el: DomElement | null): string => (el?.textContent ?? '').trim();
    return items.map((row) => {
      const marker = row.querySelector('.marker-icon');
      if (!marker) {
        const label = row.querySelector('.monaco-icon-label');
        return { kind: 'file' as const, file: text(row.querySelector('.label-name')), resource: label?.getAttribute('aria-label') ?? '' };
      }
      return {
        kind: 'marker' as const,
        icon: marker.className,
        message: text(row.querySelector('.marker-message')),
        source: text(row.querySelector('.marker-source')),
        code: text(row.querySelector('.marker-code')),
        line: text(row.querySelector('.marker-line')),
        text: (row.innerText ?? '').replace(/\s+/g, ' ').trim(),
      };
    });
  });
  const out: Problem[] = [];
  let file = '';
  let resource = '';
  for (const r of raw) {
    if (r.kind === 'file') {
      file = r.file;
      resource = r.resource;
      continue;
    }
    const pos = /Ln (\d+), Col (\d+)/.exec(r.line);
    out.push({
      severity: /\berror\b/.test(r.icon) ? 'error' : /\bwarning\b/.test(r.icon) ? 'warning' : /\binfo\b/.test(r.icon) ? 'info' : 'unknown',
      message: r.message,
      source: r.source,
      code: r.code,
      line: pos ? Number(pos[1]) : 0,
      column: pos ? Number(pos[2]) : 0,
      file,
      resource,
      text: r.text,
    });
  }
  return out;
}

/** Shows the Problems panel (command "Problems: Focus on Problems View") unless it is already visible. */
export async function showProblems(page: Page): Promise<void> {
  if (!(await page.locator('.markers-panel').isVisible().catch(() => false))) {
    await runCommand(page, 'Problems: Focus on Problems View');
  }
  await page.locator('.markers-panel').waitFor({ state: 'visible', timeout: 10_000 });
}

/**
 * Polls the Problems panel until `predicate` holds for its entries (diagnostics arrive
 * asynchronously from the language server); returns the last entries read.
 */
export async function waitForProblems(
  page: Page,
  predicate: (problems: Problem[]) => boolean,
  timeoutMs = 30_000,
): Promise<Problem[]> {
  const deadline = Date.now() + timeoutMs;
  let last: Problem[] = [];
  while (Date.now() < deadline) {
    last = await readProblems(page);
    if (predicate(last)) return last;
    await page.waitForTimeout(250);
  }
  throw new Error(`Problems panel never matched within ${timeoutMs} ms; last entries:\n${JSON.stringify(last, null, 2)}`);
}

/**
 * Hovers the mouse over the first occurrence of `text` in the active editor and returns the text
 * of the hover widget once it shows `expect` (default: anything).
 */
export async function hoverText(page: Page, text: string, expect?: string | RegExp, timeoutMs = 15_000): Promise<string> {
  const token = activeEditor(page).locator('.view-lines .view-line span span', { hasText: text }).first();
  await token.waitFor({ state: 'visible', timeout: timeoutMs });
  const hover = page.locator('.monaco-hover:not(.hidden)', expect ? { hasText: expect } : {}).first();
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    // Move off and back on: a hover only starts on a mouse move.
    await page.mouse.move(0, 0);
    await token.hover();
    if (await hover.waitFor({ state: 'visible', timeout: 3_000 }).then(() => true, () => false)) {
      return ((await hover.innerText()) ?? '').trim();
    }
  }
  throw new Error(`no hover${expect ? ` showing ${String(expect)}` : ''} over "${text}" within ${timeoutMs} ms`);
}

/** Squiggly decorations of the given severity currently drawn in the active editor. */
export function squiggles(page: Page, severity: 'error' | 'warning' | 'info' | 'hint' = 'error'): Locator {
  return activeEditor(page).locator(`.squiggly-${severity}`);
}

/** Screenshot of the whole page; creates the folder. */
export async function screenshot(page: Page, file: string): Promise<string> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // Finite CSS animations (the hover's fade-in) are fast-forwarded to their end state.
  await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
  return file;
}
