import type { Ctx } from '../ctx';

/** Open Log: the "Libvirt Networks" log channel (the client's and the language server's messages). */
export const openLog = (ctx: Ctx) => () => {
  ctx.log.show(true);
};
