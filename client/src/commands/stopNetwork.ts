import type { Ctx } from '../ctx';
import { asNetworkRef, confirmStop, pickNetwork, runNetworkAction } from './shared';

/** Stop Network (net-destroy), after a confirmation: the tree item's network, or a quick pick of the active ones. */
export const stopNetwork = (ctx: Ctx) => async (arg?: unknown) => {
  if (!ctx.requireTrust()) return;
  let ref = asNetworkRef(arg);
  if (!ref) {
    const picked = await pickNetwork(ctx, {
      title: 'Stop Network',
      placeholder: 'Active network to stop',
      filter: (n) => n.active,
      none: 'No network is active.',
    });
    if (!picked) return;
    ref = { uri: picked.uri, name: picked.network.name };
  }
  if (!(await confirmStop(ref.name, ref.uri))) return;
  await runNetworkAction(ctx, { uri: ref.uri, action: 'stop', name: ref.name });
};
