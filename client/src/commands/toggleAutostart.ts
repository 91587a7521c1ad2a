import * as vscode from 'vscode';
import type { Ctx } from '../ctx';
import { locatedNetworkOrPick, refOf, runNetworkAction } from './shared';

/** Toggle Autostart: flips whether libvirt starts the network with the host (persistent networks only). */
export const toggleAutostart = (ctx: Ctx) => async (arg?: unknown) => {
  if (!ctx.requireTrust()) return;
  const located = await locatedNetworkOrPick(ctx, arg, {
    title: 'Toggle Network Autostart',
    placeholder: 'Network whose autostart to switch (autostart networks say so)',
    filter: (n) => n.persistent,
    none: 'No persistent network: only defined networks can autostart.',
  });
  if (!located) return;
  if (!located.network.persistent) {
    void vscode.window.showErrorMessage(`Network '${located.network.name}' is transient: define it first to let it autostart.`);
    return;
  }
  await runNetworkAction(ctx, { ...refOf(located), action: located.network.autostart ? 'autostartOff' : 'autostartOn' });
};
