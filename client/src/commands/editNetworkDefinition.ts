import * as vscode from 'vscode';
import type { Ctx } from '../ctx';
import { networkFileUri } from '../fs/networkFileSystem';
import { networkRefOrPick } from './shared';

/** Edit Network Definition: opens `libvirt-net://<connection>/<name>.xml`; saving it redefines the network. */
export const editNetworkDefinition = (ctx: Ctx) => async (arg?: unknown) => {
  if (!ctx.requireTrust()) return;
  const ref = await networkRefOrPick(ctx, arg, {
    title: 'Edit Network Definition',
    placeholder: 'Network to edit (saving redefines it)',
    filter: () => true,
    none: 'No network to edit: define one from an editor first.',
  });
  if (!ref) return;
  const doc = await vscode.workspace.openTextDocument(networkFileUri(ref));
  await vscode.window.showTextDocument(doc, { preview: false });
};
