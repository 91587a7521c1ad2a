import { CodeActionKind, type CodeAction, type Connection, type TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { quickFixes } from '../service/actions';
import type { LanguageService, LanguageSettings } from '../service/languageService';
import type { HostConnections } from './host-connections';
import { NETWORK_ACTION_KIND, networkCodeActions } from './host-code-actions';
import { wrapHandler } from './wrap';

/** The code action kinds this server produces (for the server capabilities). */
export const CODE_ACTION_KINDS = [CodeActionKind.QuickFix, NETWORK_ACTION_KIND];

/** Editor code actions: the rules' quick fixes, then the libvirt actions on the document's network. */
export function registerCodeActions(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  service: LanguageService,
  hosts: HostConnections,
  settings: () => LanguageSettings,
): void {
  connection.onCodeAction(
    wrapHandler(connection, 'codeAction', async (params): Promise<CodeAction[]> => {
      const document = documents.get(params.textDocument.uri);
      if (!document) return [];
      const only = params.context.only;
      const wanted = (kind: string): boolean => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
      const actions: CodeAction[] = [];
      // The validation diagnostics made for this version: parsed and judged once for both kinds.
      const validation = service.validate(document, settings());
      if (wanted(CodeActionKind.QuickFix)) actions.push(...quickFixes(document, params.range, params.context.diagnostics, validation.problems));
      if (wanted(NETWORK_ACTION_KIND)) actions.push(...(await networkCodeActions(document, validation.xml, hosts)));
      return actions;
    }),
  );
}
