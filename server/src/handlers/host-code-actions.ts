// Editor code actions that act on libvirt for the network document being edited: define (and
// start) it, start it, redefine it when the definition on the connection differs. They carry a
// `libvirtNetworks.runAction` command; the client runs it through `libvirt/action` with progress
// and confirmation. Built from the cached snapshots only: the one virsh call they may cause,
// the persistent XML for the redefine check, is read once per snapshot of the connection.
import { CodeAction, Command, type CodeActionKind } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { child, type ParsedXml } from '../service/xml';
import { normalizeUuid } from './define-guard';
import { ClientCommands, type ActionParams, type NetworkAction } from '../protocol';
import type { HostConnections } from './host-connections';
import { definitionDifference } from './host-xml-compare';

/**
 * Their kind: not a quick fix (no diagnostic is fixed), not a `source` action (VS Code keeps
 * those out of the light bulb). A kind of its own keeps them filterable with `only`.
 */
export const NETWORK_ACTION_KIND: CodeActionKind = 'libvirt';

// Waiting longer for the persistent XML than this leaves the redefine action out this time.
const PERSISTENT_XML_WAIT_MS = 3_000;

/** `xml` is the document as the language service parsed it (no second parse per request). */
export async function networkCodeActions(document: TextDocument, xml: ParsedXml, hosts: HostConnections): Promise<CodeAction[]> {
  if (!hosts.trusted || hosts.connections.length === 0) return [];
  const text = xml.text;
  const root = xml.root;
  if (!root || root.name !== 'network' || xml.errors.length > 0) return [];
  const nameElement = child(root, 'name');
  const name = nameElement?.text ?? '';
  if (name.trim() === '') return [];
  const uuidText = child(root, 'uuid')?.text;
  const uuid = uuidText !== undefined ? normalizeUuid(uuidText) : undefined;

  const actions: CodeAction[] = [];
  for (const uri of hosts.connections) {
    const snapshot = hosts.cachedSnapshot(uri);
    if (!snapshot?.ok) continue;
    const existing = snapshot.networks.find((n) => n.name === name);
    if (!existing) {
      // Its uuid taken by another name: libvirt refuses ("already defined with uuid").
      if (uuid !== undefined && snapshot.networks.some((n) => normalizeUuid(n.uuid) === uuid)) continue;
      actions.push(action(`Define network '${name}' on ${uri}`, { uri, action: 'define', xml: text }));
      actions.push(action(`Define and start network '${name}' on ${uri}`, { uri, action: 'defineAndStart', xml: text }));
      continue;
    }
    if (!existing.active) actions.push(action(`Start network '${name}' on ${uri}`, { uri, action: 'start', name, uuid: existing.uuid }));
    // Redefining needs the same uuid: without one libvirt makes up a new one and refuses the name.
    if (existing.persistent && uuid !== undefined && uuid === normalizeUuid(existing.uuid)) {
      const persistent = await withTimeout(hosts.persistentXml(uri, existing.uuid), PERSISTENT_XML_WAIT_MS);
      const difference = persistent !== undefined ? definitionDifference(xml, persistent) : undefined;
      if (difference !== undefined) {
        hosts.log(`${document.uri} differs from '${name}' on ${uri}: ${difference}`);
        // Compared with the stored (inactive) definition, which a redefine replaces; `replaces`
        // makes the client confirm and the server refuse if the document no longer names it.
        actions.push(action(`Redefine '${name}' on ${uri}: differs from the stored definition`, { uri, action: 'define', xml: text, replaces: { name, uuid: existing.uuid } }));
      }
    }
  }
  return actions;
}

function action(title: string, params: ActionParams & { action: NetworkAction }): CodeAction {
  return CodeAction.create(title, Command.create(title, ClientCommands.runAction, params), NETWORK_ACTION_KIND);
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => (timer = setTimeout(resolve, ms, undefined)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
