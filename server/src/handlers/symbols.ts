import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LanguageService } from '../service/languageService';
import { wrapHandler } from './wrap';

/** textDocument/documentSymbol → LanguageService.findDocumentSymbols. */
export function registerDocumentSymbols(connection: Connection, documents: TextDocuments<TextDocument>, service: LanguageService): void {
  connection.onDocumentSymbol(
    wrapHandler(connection, 'documentSymbol', (params) => {
      const document = documents.get(params.textDocument.uri);
      return document ? service.findDocumentSymbols(document) : null;
    }),
  );
}
