import { createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService, type LanguageSettings } from './service/languageService';
import { registerDiagnostics } from './handlers/diagnostics';
import { registerCompletion } from './handlers/complete';
import { registerHover } from './handlers/hover';
import { registerDocumentSymbols } from './handlers/symbols';
import { COMPLETION_TRIGGER_CHARACTERS } from './service/complete';
import type { SeveritySetting } from './service/validate';

/** Composition root of the language server: connection, documents, handlers. */

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const service = getLanguageService();
let settings: LanguageSettings = {};
let supportsConfiguration = false;

connection.onInitialize((params) => {
  supportsConfiguration = !!params.capabilities.workspace?.configuration;
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      completionProvider: { triggerCharacters: COMPLETION_TRIGGER_CHARACTERS },
      hoverProvider: true,
      documentSymbolProvider: true,
    },
    serverInfo: { name: 'libvirt-network-language-server' },
  };
});

const diagnostics = registerDiagnostics(connection, documents, service, () => settings);
registerCompletion(connection, documents, service);
registerHover(connection, documents, service);
registerDocumentSymbols(connection, documents, service);

async function loadSettings(): Promise<void> {
  if (!supportsConfiguration) return;
  const rules = (await connection.workspace.getConfiguration({ section: 'libvirtNetworks.rules' })) as Record<string, SeveritySetting> | null;
  settings = { severities: rules ?? {} };
}

connection.onInitialized(async () => {
  await loadSettings().catch((e) => connection.console.error(`reading settings failed: ${String(e)}`));
  diagnostics.revalidateAll();
});

connection.onDidChangeConfiguration(async () => {
  await loadSettings().catch((e) => connection.console.error(`reading settings failed: ${String(e)}`));
  diagnostics.revalidateAll();
});

documents.listen(connection);
connection.listen();
