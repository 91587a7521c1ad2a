import type { Ctx } from '../ctx';

/** Refresh: a manual refresh of every connection (failures are shown again). */
export const refresh = (ctx: Ctx) => async () => {
  if (!ctx.requireTrust()) return;
  await ctx.explorer?.refresh('manual');
};
