// What several commands share: reading their argument, picking a network or a connection, and
// running one `libvirt/action` with progress, libvirt's error verbatim, and a refresh.
import * as vscode from 'vscode';
import type { Ctx } from '../ctx';
import type { LocatedNetwork } from '../explorer/explorer';
import { networkDescription } from '../explorer/format';
import type { ActionParams, ActionResult, NetworkAction, NetworkRef, NetworkSummary } from '../protocol';

/**
 * The network a command was invoked on: a tree item, a `{uri, name, uuid?}` (code actions, other
 * extensions), or nothing (palette). The uuid is what the server acts on when present.
 */
export function asNetworkRef(arg: unknown): NetworkRef | undefined {
  if (arg && typeof arg === 'object') {
    const { uri, name, uuid } = arg as { uri?: unknown; name?: unknown; uuid?: unknown };
    if (typeof uri === 'string' && typeof name === 'string') return typeof uuid === 'string' ? { uri, name, uuid } : { uri, name };
  }
  return undefined;
}

/** The ref the server needs to act on exactly this network: by its UUID, named for messages. */
export function refOf(located: LocatedNetwork): NetworkRef {
  return { uri: located.uri, name: located.network.name, uuid: located.network.uuid };
}

function sameNetwork(ref: NetworkRef, n: NetworkSummary): boolean {
  return ref.uuid !== undefined ? n.uuid === ref.uuid : n.name === ref.name;
}

/** A connection a command was invoked on (a connection or network tree item), else undefined. */
export function asConnectionUri(arg: unknown): string | undefined {
  if (arg && typeof arg === 'object') {
    const { uri } = arg as { uri?: unknown };
    if (typeof uri === 'string') return uri;
  }
  return undefined;
}

/** The network's summary from the tree's latest snapshot, or from a fresh one. */
export async function findNetwork(ctx: Ctx, ref: NetworkRef): Promise<NetworkSummary | undefined> {
  const known = ctx.explorer?.networks().find((n) => n.uri === ref.uri && sameNetwork(ref, n.network));
  if (known) return known.network;
  const snapshots = await ctx.explorer?.fetchSnapshots();
  const s = snapshots?.find((x) => x.uri === ref.uri);
  return s?.ok ? s.networks.find((n) => sameNetwork(ref, n)) : undefined;
}

interface NetworkPickItem extends vscode.QuickPickItem {
  located?: LocatedNetwork;
}

/**
 * A quick pick of the networks (across every connection) that pass `filter`, filled from a fresh
 * snapshot while it shows as busy. Undefined when dismissed or when nothing qualifies (said so).
 */
export async function pickNetwork(
  ctx: Ctx,
  opts: { title: string; placeholder: string; filter: (n: NetworkSummary) => boolean; none: string },
): Promise<LocatedNetwork | undefined> {
  const qp = vscode.window.createQuickPick<NetworkPickItem>();
  qp.title = opts.title;
  qp.placeholder = opts.placeholder;
  qp.matchOnDescription = true;
  qp.busy = true;
  qp.enabled = false;
  const cts = new vscode.CancellationTokenSource();
  const picked = new Promise<LocatedNetwork | undefined>((resolve) => {
    qp.onDidAccept(() => {
      resolve(qp.selectedItems[0]?.located);
      qp.hide();
    });
    qp.onDidHide(() => {
      cts.cancel();
      resolve(undefined);
    });
  });
  qp.show();
  try {
    const snapshots = await ctx.explorer?.fetchSnapshots(cts.token);
    if (cts.token.isCancellationRequested) return undefined;
    if (!snapshots) {
      qp.hide();
      return undefined;
    }
    const items: NetworkPickItem[] = [];
    const several = snapshots.length > 1;
    for (const s of snapshots) {
      if (!s.ok) {
        ctx.log.warn(`${s.uri}: ${s.error.message}`);
        continue;
      }
      const matching = s.networks.filter(opts.filter);
      if (matching.length === 0) continue;
      if (several) items.push({ label: s.uri, kind: vscode.QuickPickItemKind.Separator });
      for (const network of matching) {
        items.push({
          label: network.name,
          description: networkDescription(network),
          detail: network.ips.map((ip) => `${ip.address}/${ip.prefix}`).join(', ') || undefined,
          iconPath: new vscode.ThemeIcon(network.active ? 'vm-active' : 'vm-outline'),
          located: { uri: s.uri, network },
        });
      }
    }
    if (!items.some((i) => i.located)) {
      qp.hide();
      const failed = snapshots.find((s) => !s.ok);
      if (failed && !failed.ok) await ctx.showHostError(`Could not list the networks of ${failed.uri}`, failed.error);
      else void vscode.window.showInformationMessage(opts.none);
      return undefined;
    }
    qp.items = items;
    qp.busy = false;
    qp.enabled = true;
    return await picked;
  } finally {
    cts.dispose();
    qp.dispose();
  }
}

/** What pickNetwork is told: the quick pick's title and placeholder, which networks qualify, what to say when none does. */
export type NetworkPickOptions = Parameters<typeof pickNetwork>[1];

/** The network a command was invoked on, else the one picked from those passing `pick.filter`; undefined when dismissed. */
export async function networkRefOrPick(ctx: Ctx, arg: unknown, pick: NetworkPickOptions): Promise<NetworkRef | undefined> {
  const ref = asNetworkRef(arg);
  if (ref) return ref;
  const picked = await pickNetwork(ctx, pick);
  return picked && refOf(picked);
}

/** The network's summary, or undefined after telling the user it is gone from its connection. */
export async function findNetworkOrSay(ctx: Ctx, ref: NetworkRef): Promise<NetworkSummary | undefined> {
  const network = await findNetwork(ctx, ref);
  if (!network) void vscode.window.showErrorMessage(`Network '${ref.name}' is not on ${ref.uri} any more.`);
  return network;
}

/** Like networkRefOrPick, with the network's summary: an invoked-on network that is gone is said so (undefined). */
export async function locatedNetworkOrPick(ctx: Ctx, arg: unknown, pick: NetworkPickOptions): Promise<LocatedNetwork | undefined> {
  const ref = asNetworkRef(arg);
  if (!ref) return pickNetwork(ctx, pick);
  const network = await findNetworkOrSay(ctx, ref);
  return network && { uri: ref.uri, network };
}

/** The configured connection to act on: the only one, or a quick pick. Undefined when there is none (said so) or dismissed. */
export async function pickConnection(ctx: Ctx, title: string): Promise<string | undefined> {
  const { connections } = ctx.config;
  if (connections.length === 0) {
    const choice = await vscode.window.showErrorMessage('No libvirt connection is configured.', 'Open Settings');
    if (choice) await vscode.commands.executeCommand('workbench.action.openSettings', 'libvirtNetworks.connections');
    return undefined;
  }
  if (connections.length === 1) return connections[0];
  const pick = await vscode.window.showQuickPick(
    connections.map((uri) => ({ label: uri, iconPath: new vscode.ThemeIcon('vm-connect') })),
    { title, placeHolder: 'libvirt connection' },
  );
  return pick?.label;
}

function quoted(name: string | undefined): string {
  return name === undefined ? 'the network' : `network '${name}'`;
}

/** Progress title, failure prefix and success message of each action. */
export function actionText(action: NetworkAction, name: string | undefined, uri: string): { progress: string; failure: string; success: (name: string) => string } {
  const n = quoted(name);
  switch (action) {
    case 'define':
      return { progress: `Defining ${n} on ${uri}…`, failure: `Could not define ${n}`, success: (x) => `Defined network '${x}' on ${uri}.` };
    case 'defineAndStart':
      return { progress: `Defining and starting ${n} on ${uri}…`, failure: `Could not define and start ${n}`, success: (x) => `Defined and started network '${x}' on ${uri}.` };
    case 'start':
      return { progress: `Starting ${n} on ${uri}…`, failure: `Could not start ${n}`, success: (x) => `Started network '${x}'.` };
    case 'stop':
      return { progress: `Stopping ${n} on ${uri}…`, failure: `Could not stop ${n}`, success: (x) => `Stopped network '${x}'.` };
    case 'autostartOn':
      return { progress: `Enabling autostart of ${n}…`, failure: `Could not enable autostart of ${n}`, success: (x) => `Network '${x}' now starts with the host.` };
    case 'autostartOff':
      return { progress: `Disabling autostart of ${n}…`, failure: `Could not disable autostart of ${n}`, success: (x) => `Network '${x}' no longer starts with the host.` };
    case 'undefine':
      return { progress: `Undefining ${n} on ${uri}…`, failure: `Could not undefine ${n}`, success: (x) => `Undefined network '${x}'.` };
    case 'stopAndUndefine':
      return { progress: `Stopping and undefining ${n} on ${uri}…`, failure: `Could not stop and undefine ${n}`, success: (x) => `Stopped and undefined network '${x}'.` };
  }
}

/**
 * Runs one action: a notification with progress (cancellable), libvirt's error verbatim with
 * its hint and an "Open Log" button, then a refresh of that connection that the caller can
 * await. Returns the result when it succeeded.
 */
export async function runNetworkAction(ctx: Ctx, params: ActionParams): Promise<Extract<ActionResult, { ok: true }> | undefined> {
  if (!ctx.requireTrust()) return undefined;
  const text = actionText(params.action, params.name, params.uri);
  ctx.log.info(`${params.action} ${params.name ?? ''} on ${params.uri}`.replace(/\s+/g, ' '));
  const outcome = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: text.progress, cancellable: true },
    (_progress, token) => ctx.request('libvirt/action', params, token),
  );
  const error = !outcome.ok ? outcome.error : !outcome.result.ok ? outcome.result.error : undefined;
  if (error || !outcome.ok || !outcome.result.ok) {
    // Whatever happened, the tree shows the state libvirt is really in.
    void ctx.explorer?.refresh('action', params.uri);
    await ctx.showHostError(text.failure, error ?? { kind: 'other', message: 'no result' });
    return undefined;
  }
  const result = outcome.result;
  ctx.log.info(text.success(result.name));
  await ctx.explorer?.refresh('action', params.uri);
  void ctx.files?.networkChanged(params.uri, result.name);
  vscode.window.setStatusBarMessage(`$(check) ${text.success(result.name)}`, 5000);
  return result;
}

/** Modal: redefining replaces the stored definition (an active network keeps its old one until restarted). */
export async function confirmRedefine(name: string, uri: string): Promise<boolean> {
  const choice = await vscode.window.showWarningMessage(
    `Redefine network '${name}' on ${uri}?`,
    { modal: true, detail: `The definition of '${name}' stored by libvirt is replaced by this document's XML. The previous definition is not kept.` },
    'Redefine',
  );
  return choice === 'Redefine';
}

/** Asks before stopping a network (non-modal: stopping is undone by starting). */
export async function confirmStop(name: string, uri: string): Promise<boolean> {
  const choice = await vscode.window.showWarningMessage(
    `Stop network '${name}' on ${uri}? Guests attached to it lose connectivity until it is started again.`,
    'Stop',
  );
  return choice === 'Stop';
}

/** Modal: undefining deletes the definition for good. Active networks offer stop-and-undefine. */
export async function confirmUndefine(network: NetworkSummary, uri: string): Promise<'undefine' | 'stopAndUndefine' | undefined> {
  if (network.active) {
    const stopAndUndefine = 'Stop and Undefine';
    const undefineOnly = 'Undefine, Keep Running';
    const choice = await vscode.window.showWarningMessage(
      `Undefine network '${network.name}' on ${uri}?`,
      {
        modal: true,
        detail:
          `The network is active. "${stopAndUndefine}" stops it (guests lose connectivity) and deletes its definition. ` +
          `"${undefineOnly}" deletes the definition only: it keeps running as a transient network until stopped. This cannot be undone.`,
      },
      stopAndUndefine,
      undefineOnly,
    );
    return choice === stopAndUndefine ? 'stopAndUndefine' : choice === undefineOnly ? 'undefine' : undefined;
  }
  const choice = await vscode.window.showWarningMessage(
    `Undefine network '${network.name}' on ${uri}?`,
    { modal: true, detail: 'Its definition is deleted from libvirt. This cannot be undone.' },
    'Undefine',
  );
  return choice === 'Undefine' ? 'undefine' : undefined;
}
