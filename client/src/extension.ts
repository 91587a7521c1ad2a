import type * as vscode from 'vscode';
import { Ctx } from './ctx';

let ctx: Ctx | undefined;

/** Composition root of the client: builds the Ctx, starts the language client. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  ctx = new Ctx(context);
  context.subscriptions.push({ dispose: () => void ctx?.dispose() });
  await ctx.startLanguageClient();
}

export async function deactivate(): Promise<void> {
  await ctx?.dispose();
  ctx = undefined;
}
