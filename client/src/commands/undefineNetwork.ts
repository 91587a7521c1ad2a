import * as vscode from 'vscode';
import type { Ctx } from '../ctx';
import { confirmUndefine, locatedNetworkOrPick, refOf, runNetworkAction } from './shared';

/** Undefine Network: a modal confirmation; an active network offers stop-and-undefine. */
export const undefineNetwork = (ctx: Ctx) => async (arg?: unknown) => {
  if (!ctx.requireTrust()) return;
  const located = await locatedNetworkOrPick(ctx, arg, {
    title: 'Undefine Network',
    placeholder: 'Network whose definition to delete',
    filter: (n) => n.persistent,
    none: 'No persistent network to undefine (a transient network disappears when stopped).',
  });
  if (!located) return;
  if (!located.network.persistent) {
    void vscode.window.showErrorMessage(`Network '${located.network.name}' is transient: it has no definition; stopping it removes it.`);
    return;
  }
  const action = await confirmUndefine(located.network, located.uri);
  if (!action) return;
  await runNetworkAction(ctx, { ...refOf(located), action });
};
