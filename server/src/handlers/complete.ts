import { CompletionTriggerKind, type Connection, type TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LanguageService } from '../service/languageService';
import { wrapHandler } from './wrap';

/** textDocument/completion → LanguageService.doComplete. */
export function registerCompletion(connection: Connection, documents: TextDocuments<TextDocument>, service: LanguageService): void {
  connection.onCompletion(
    wrapHandler(connection, 'completion', (params) => {
      const document = documents.get(params.textDocument.uri);
      if (!document) return null;
      const trigger = params.context?.triggerKind === CompletionTriggerKind.TriggerCharacter ? params.context.triggerCharacter : undefined;
      return service.doComplete(document, params.position, trigger);
    }),
  );
}
