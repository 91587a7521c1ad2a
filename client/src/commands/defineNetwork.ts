import type { Ctx } from '../ctx';
import { defineFromEditor } from './defineFromEditor';

/** Define Network: `net-define` of the active editor's text, saved or not. */
export const defineNetwork = (ctx: Ctx) => (arg?: unknown) => defineFromEditor(ctx, 'define', arg);
