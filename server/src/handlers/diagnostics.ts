import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LanguageService, LanguageSettings } from '../service/languageService';
import { toDiagnostic } from '../service/diagnostics';

const DEBOUNCE_MS = 120;

/** Publishes diagnostics for open documents, debounced per document while the user types. */
export function registerDiagnostics(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  service: LanguageService,
  settings: () => LanguageSettings,
): { revalidateAll(): void } {
  const timers = new Map<string, NodeJS.Timeout>();

  const publish = (document: TextDocument): void => {
    try {
      const result = service.validate(document, settings());
      for (const failure of result.ruleFailures) connection.console.error(`rule ${failure.rule} failed: ${String(failure.error)}`);
      const diagnostics = result.problems.map((p) => toDiagnostic(document, p));
      void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
    } catch (error) {
      connection.console.error(`validation of ${document.uri} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  };

  const schedule = (document: TextDocument, delay: number): void => {
    clearTimeout(timers.get(document.uri));
    timers.set(
      document.uri,
      setTimeout(() => {
        timers.delete(document.uri);
        const current = documents.get(document.uri);
        if (current) publish(current);
      }, delay),
    );
  };

  documents.onDidOpen((e) => schedule(e.document, 0));
  documents.onDidChangeContent((e) => schedule(e.document, DEBOUNCE_MS));
  documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri));
    timers.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  return {
    revalidateAll() {
      for (const document of documents.all()) schedule(document, 0);
    },
  };
}
