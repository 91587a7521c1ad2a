import { createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService, type LanguageSettings } from './service/languageService';
import { registerDiagnostics } from './handlers/diagnostics';
import { registerCompletion } from './handlers/complete';
import { registerHover } from './handlers/hover';
import { registerDocumentSymbols } from './handlers/symbols';
import { COMPLETION_TRIGGER_CHARACTERS } from './service/complete';
import type { SeveritySetting } from './service/validate';
import { HostConnections, readInitializationOptions } from './handlers/host-connections';
import { registerHostHandlers } from './handlers/host';
import { CODE_ACTION_KINDS, registerCodeActions } from './handlers/codeActions';
import { Methods } from './protocol';

/** Composition root of the language server: connection, documents, handlers. */

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
// libvirt connections: nothing runs on the host until the client says the workspace is trusted.
const hosts = new HostConnections({
  log: (line) => connection.console.log(line),
  onNetworksChanged: (params) => void connection.sendNotification(Methods.networksChanged, params),
  onFactsChanged: () => diagnostics.revalidateAll(),
});
const service = getLanguageService({ getHostFacts: () => hosts.hostFacts() });
let settings: LanguageSettings = {};
let supportsConfiguration = false;

connection.onInitialize((params) => {
  supportsConfiguration = !!params.capabilities.workspace?.configuration;
  hosts.initialize(readInitializationOptions(params.initializationOptions));
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      completionProvider: { triggerCharacters: COMPLETION_TRIGGER_CHARACTERS },
      hoverProvider: true,
      documentSymbolProvider: true,
      codeActionProvider: { codeActionKinds: CODE_ACTION_KINDS },
    },
    serverInfo: { name: 'libvirt-network-language-server' },
  };
});

const diagnostics = registerDiagnostics(connection, documents, service, () => settings);
registerCompletion(connection, documents, service);
registerHover(connection, documents, service);
registerDocumentSymbols(connection, documents, service);
registerCodeActions(connection, documents, service, hosts, () => settings);
registerHostHandlers(connection, hosts);

async function loadSettings(): Promise<void> {
  if (!supportsConfiguration) return;
  const rules = (await connection.workspace.getConfiguration({ section: 'libvirtNetworks.rules' })) as Record<string, SeveritySetting> | null;
  settings = { severities: rules ?? {} };
}

connection.onInitialized(async () => {
  await loadSettings().catch((e) => connection.console.error(`reading settings failed: ${String(e)}`));
  diagnostics.revalidateAll();
  hosts.refreshAll().catch((e) => connection.console.error(`reading the libvirt connections failed: ${String(e)}`));
});

connection.onDidChangeConfiguration(async () => {
  await loadSettings().catch((e) => connection.console.error(`reading settings failed: ${String(e)}`));
  diagnostics.revalidateAll();
});

// Ends the virsh sessions and event watchers, also when the client goes away without a shutdown.
connection.onShutdown(() => hosts.dispose());
process.on('exit', () => hosts.dispose());

documents.listen(connection);
connection.listen();
