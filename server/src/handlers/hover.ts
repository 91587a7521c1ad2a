import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LanguageService } from '../service/languageService';
import { wrapHandler } from './wrap';

/** textDocument/hover → LanguageService.doHover. */
export function registerHover(connection: Connection, documents: TextDocuments<TextDocument>, service: LanguageService): void {
  connection.onHover(
    wrapHandler(connection, 'hover', (params) => {
      const document = documents.get(params.textDocument.uri);
      return document ? service.doHover(document, params.position) : null;
    }),
  );
}
