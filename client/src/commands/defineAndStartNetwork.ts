import type { Ctx } from '../ctx';
import { defineFromEditor } from './defineFromEditor';

/** Define and Start Network: `net-define` then `net-start` of the active editor's text. */
export const defineAndStartNetwork = (ctx: Ctx) => (arg?: unknown) => defineFromEditor(ctx, 'defineAndStart', arg);
