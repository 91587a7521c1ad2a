import * as vscode from 'vscode';
import type { Ctx } from '../ctx';
import type { HealthCheck } from '../protocol';
import { asConnectionUri, pickConnection } from './shared';

/** Check Host Health: the classic breakages (firewall backend, ip_forward, dnsmasq, bridges, the default network). */
export const checkHostHealth = (ctx: Ctx) => async (arg?: unknown) => {
  if (!ctx.requireTrust()) return;
  const uri = asConnectionUri(arg) ?? (await pickConnection(ctx, 'Check Host Health'));
  if (!uri) return;
  const outcome = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `Checking the host of ${uri}…`, cancellable: true },
    (_p, token) => ctx.request('libvirt/health', { uri }, token),
  );
  if (!outcome.ok) return ctx.showHostError(`Could not check the host of ${uri}`, outcome.error);
  const checks = outcome.result.checks;
  for (const c of checks) {
    const line = `health ${uri} ${c.id}: ${c.ok ? 'ok' : 'FAILED'}: ${c.message}${c.hint ? ` (${c.hint})` : ''}`;
    if (c.ok) ctx.log.info(line);
    else ctx.log.warn(line);
  }
  const failed = checks.filter((c) => !c.ok);
  const details = 'Show Details';
  const choice =
    failed.length === 0
      ? await vscode.window.showInformationMessage(`Host health of ${uri}: all ${checks.length} checks passed.`, details)
      : await vscode.window.showWarningMessage(
          `Host health of ${uri}: ${failed.length} of ${checks.length} checks failed. ${failed[0].message}${failed[0].hint ? ` ${failed[0].hint}` : ''}`,
          details,
          'Open Log',
        );
  if (choice === 'Open Log') ctx.log.show(true);
  if (choice === details) await showChecks(uri, checks);
};

async function showChecks(uri: string, checks: HealthCheck[]): Promise<void> {
  const sorted = [...checks].sort((a, b) => Number(a.ok) - Number(b.ok));
  await vscode.window.showQuickPick(
    sorted.map((c) => ({
      label: c.message,
      description: c.id,
      detail: c.hint,
      iconPath: c.ok ? new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed')) : new vscode.ThemeIcon('error', new vscode.ThemeColor('testing.iconFailed')),
    })),
    { title: `Host health of ${uri}`, placeHolder: `${checks.filter((c) => !c.ok).length} failed, ${checks.filter((c) => c.ok).length} passed`, matchOnDetail: true },
  );
}
