import type { Ctx } from '../ctx';
import { networkRefOrPick, runNetworkAction } from './shared';

/** Start Network: the tree item's network, or a quick pick of the inactive networks across connections. */
export const startNetwork = (ctx: Ctx) => async (arg?: unknown) => {
  if (!ctx.requireTrust()) return;
  const ref = await networkRefOrPick(ctx, arg, {
    title: 'Start Network',
    placeholder: 'Inactive network to start',
    filter: (n) => !n.active,
    none: 'Every network is already active.',
  });
  if (!ref) return;
  await runNetworkAction(ctx, { ...ref, action: 'start' });
};
