import type { Ctx } from '../ctx';
import { confirmStop, networkRefOrPick, runNetworkAction } from './shared';

/** Stop Network (net-destroy), after a confirmation: the tree item's network, or a quick pick of the active ones. */
export const stopNetwork = (ctx: Ctx) => async (arg?: unknown) => {
  if (!ctx.requireTrust()) return;
  const ref = await networkRefOrPick(ctx, arg, {
    title: 'Stop Network',
    placeholder: 'Active network to stop',
    filter: (n) => n.active,
    none: 'No network is active.',
  });
  if (!ref) return;
  if (!(await confirmStop(ref.name, ref.uri))) return;
  await runNetworkAction(ctx, { ...ref, action: 'stop' });
};
