import * as vscode from 'vscode';
import type { Ctx } from '../ctx';
import { asNetworkRef, findNetwork, pickNetwork, runNetworkAction } from './shared';

/** Toggle Autostart: flips whether libvirt starts the network with the host (persistent networks only). */
export const toggleAutostart = (ctx: Ctx) => async (arg?: unknown) => {
  if (!ctx.requireTrust()) return;
  const ref = asNetworkRef(arg);
  let located;
  if (ref) {
    const network = await findNetwork(ctx, ref);
    if (!network) {
      void vscode.window.showErrorMessage(`Network '${ref.name}' is not on ${ref.uri} any more.`);
      return;
    }
    located = { uri: ref.uri, network };
  } else {
    located = await pickNetwork(ctx, {
      title: 'Toggle Network Autostart',
      placeholder: 'Network whose autostart to switch (autostart networks say so)',
      filter: (n) => n.persistent,
      none: 'No persistent network: only defined networks can autostart.',
    });
    if (!located) return;
  }
  if (!located.network.persistent) {
    void vscode.window.showErrorMessage(`Network '${located.network.name}' is transient: define it first to let it autostart.`);
    return;
  }
  await runNetworkAction(ctx, { uri: located.uri, action: located.network.autostart ? 'autostartOff' : 'autostartOn', name: located.network.name });
};
