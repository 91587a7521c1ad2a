// What the end-to-end test files in test/extension share: one workspace, code-server and
// workbench per file (started in `before`, stopped in `after`), failure reports with a screenshot
// and the logs, and the extension's Networks view in the Libvirt view container.
import * as path from 'node:path';
import { after, before } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { openWorkbench, screenshot, type Workbench } from './browser';
import { REPO_ROOT, makeWorkspace, startCodeServer, type CodeServer, type StartCodeServerOptions } from './code-server';

/** Where failure screenshots go. */
export const SHOTS = path.join(REPO_ROOT, 'test-results', 'extension');

export interface WorkbenchSession {
  /** The temp workspace folder; set once `before` has run. */
  readonly ws: { dir: string; remove(): void };
  readonly server: CodeServer;
  readonly wb: Workbench;
  /**
   * Runs `body`; when it throws, saves SHOTS/<shotPrefix><name>-failure.png and rethrows with what
   * the extension host and our language server logged.
   */
  withLogs<T>(name: string, body: () => Promise<T>): Promise<T>;
}

export interface WorkbenchSessionOptions extends Omit<StartCodeServerOptions, 'workspace'> {
  /** The workspace's files (relative path -> content). */
  files: Record<string, string>;
  /** Prefix of the failure screenshots' names, e.g. 'explorer-'. */
  shotPrefix?: string;
}

/** Registers the `before` that starts it all and the `after` that stops it; returns the session. */
export function useWorkbench(opts: WorkbenchSessionOptions): WorkbenchSession {
  const { files, shotPrefix = '', ...serverOpts } = opts;
  let ws: { dir: string; remove(): void } | undefined;
  let server: CodeServer | undefined;
  let wb: Workbench | undefined;
  const started = <T>(x: T | undefined, what: string): T => {
    if (x === undefined) throw new Error(`the ${what} is not started (before() has not run or failed)`);
    return x;
  };

  before(async () => {
    ws = makeWorkspace(files);
    server = await startCodeServer({ ...serverOpts, workspace: ws.dir });
    wb = await openWorkbench(server.url);
  });

  after(async () => {
    await wb?.close();
    await server?.stop();
    ws?.remove();
  });

  const session: WorkbenchSession = {
    get ws() {
      return started(ws, 'workspace');
    },
    get server() {
      return started(server, 'code-server');
    },
    get wb() {
      return started(wb, 'workbench');
    },
    async withLogs<T>(name: string, body: () => Promise<T>): Promise<T> {
      try {
        return await body();
      } catch (err) {
        if (wb) await screenshot(wb.page, path.join(SHOTS, `${shotPrefix}${name}-failure.png`)).catch(() => undefined);
        throw new Error(`${(err as Error).message}\n--- extension logs ---\n${server?.extensionLogs() ?? '(no code-server)'}`, { cause: err });
      }
    },
  };
  return session;
}

/** The Networks view (in the Libvirt view container). */
export function networksView(page: Page): Locator {
  return page.locator('.part.sidebar .pane', { has: page.locator('.pane-header', { hasText: /Networks/ }) });
}

/** Opens the Libvirt view container from the activity bar, as a person would, and waits for the Networks view. */
export async function showNetworksView(page: Page): Promise<void> {
  const icon = page.locator('.part.activitybar .action-item a.action-label[aria-label^="Libvirt"]').first();
  await icon.waitFor({ state: 'visible', timeout: 30_000 });
  if (!(await networksView(page).isVisible().catch(() => false))) await icon.click();
  await networksView(page).waitFor({ state: 'visible', timeout: 10_000 });
}
