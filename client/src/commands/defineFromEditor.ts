// Define Network / Define and Start Network: the active editor's current text (saved or not)
// goes to `libvirt/action`. When the language server reports errors in it, the user hears so
// and decides whether to send it anyway.
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Ctx } from '../ctx';
import { parseNetworkUri } from '../fs/networkUri';
import { pickConnection, runNetworkAction } from './shared';

export async function defineFromEditor(ctx: Ctx, action: 'define' | 'defineAndStart', arg?: unknown): Promise<void> {
  if (!ctx.requireTrust()) return;
  // From the explorer's context menu or the editor title the argument is the document's uri.
  const target = arg instanceof vscode.Uri ? arg : undefined;
  const editor = target ? vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === target.toString()) : vscode.window.activeTextEditor;
  const doc = editor?.document ?? (target ? await vscode.workspace.openTextDocument(target) : undefined);
  if (!doc) {
    void vscode.window.showErrorMessage('Open a libvirt network XML file in the editor first: its text is what gets defined.');
    return;
  }
  const xml = doc.getText();
  const fileName = doc.uri.scheme === 'untitled' ? doc.uri.path : path.posix.basename(doc.uri.path);
  if (xml.trim() === '') {
    void vscode.window.showErrorMessage(`${fileName} is empty: there is no network to define.`);
    return;
  }
  const errors = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.severity === vscode.DiagnosticSeverity.Error);
  if (errors.length > 0) {
    const listed = errors
      .slice(0, 3)
      .map((d) => `Line ${d.range.start.line + 1}: ${d.message}`)
      .join('\n');
    const more = errors.length > 3 ? `\n…and ${errors.length - 3} more (see the Problems panel).` : '';
    const go = action === 'define' ? 'Define Anyway' : 'Define and Start Anyway';
    const choice = await vscode.window.showWarningMessage(
      `${fileName} has ${errors.length} error${errors.length === 1 ? '' : 's'}: libvirt will probably refuse it.`,
      { modal: true, detail: listed + more },
      go,
    );
    if (choice !== go) return;
  }
  // A definition opened from the explorer goes back to its own connection.
  const uri = parseNetworkUri(doc.uri)?.uri ?? (await pickConnection(ctx, action === 'define' ? 'Define Network' : 'Define and Start Network'));
  if (!uri) return;
  const result = await runNetworkAction(ctx, { uri, action, xml });
  if (result && action === 'define') {
    const start = 'Start Network';
    void vscode.window.showInformationMessage(`Defined network '${result.name}' on ${uri}.`, start).then((choice) => {
      if (choice === start) void vscode.commands.executeCommand('libvirtNetworks.startNetwork', { uri, name: result.name });
    });
  }
}
