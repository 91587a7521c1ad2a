import type { Ctx } from '../ctx';
import { asNetworkRef, pickNetwork, runNetworkAction } from './shared';

/** Start Network: the tree item's network, or a quick pick of the inactive networks across connections. */
export const startNetwork = (ctx: Ctx) => async (arg?: unknown) => {
  if (!ctx.requireTrust()) return;
  let ref = asNetworkRef(arg);
  if (!ref) {
    const picked = await pickNetwork(ctx, {
      title: 'Start Network',
      placeholder: 'Inactive network to start',
      filter: (n) => !n.active,
      none: 'Every network is already active.',
    });
    if (!picked) return;
    ref = { uri: picked.uri, name: picked.network.name };
  }
  await runNetworkAction(ctx, { uri: ref.uri, action: 'start', name: ref.name });
};
