// `libvirt-net://<encoded connection uri>/<name>.xml`: a network's persistent definition as an
// editable file. Reading is `libvirt/dumpXml` with inactive=true (the definition the next start
// uses); saving is `libvirt/action` define. When libvirt refuses the XML, writeFile throws a
// FileSystemError carrying libvirt's message: VS Code then reports the failed save and keeps the
// user's text in the dirty editor, so nothing typed is lost. A save whose XML names another
// network than the file's asks first (it would overwrite that network's definition).
import * as vscode from 'vscode';
import type { Ctx } from '../ctx';
import { formatHostError } from '../errors';
import type { ActionParams, HostErrorInfo, NetworkRef } from '../protocol';
import { NETWORK_SCHEME, networkUriComponents, parseNetworkUri } from './networkUri';

export function networkFileUri(ref: NetworkRef): vscode.Uri {
  return vscode.Uri.from(networkUriComponents(ref));
}

interface Entry {
  mtime: number;
  size: number;
  text: string;
}

/** Modal: the save would act on a network other than the one this editor was opened for. */
async function confirmRetargetedSave(ref: NetworkRef, reason: string): Promise<boolean> {
  const go = 'Define Anyway';
  const choice = await vscode.window.showWarningMessage(
    `This editor holds the definition of '${ref.name}' on ${ref.uri}, but the XML names another network.`,
    { modal: true, detail: `${reason} Cancel keeps your text unsaved.` },
    go,
  );
  return choice === go;
}

export class NetworkFileSystem implements vscode.FileSystemProvider, vscode.Disposable {
  private readonly changes = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.changes.event;
  /**
   * What each file last looked like, so stat() is stable between reading and saving (VS Code
   * compares mtime and size to detect a file changed behind the editor's back).
   */
  private readonly entries = new Map<string, Entry>();
  private readonly encoder = new TextEncoder();
  private readonly decoder = new TextDecoder();

  constructor(private readonly ctx: Ctx) {}

  /**
   * libvirt said something about networks of `uri` changed: each open definition is read again,
   * and only one whose stored XML really differs is reported changed (editors that are not dirty
   * reload it); an undefined network is reported deleted.
   */
  async networkChanged(uri: string, name?: string): Promise<void> {
    const events: vscode.FileChangeEvent[] = [];
    for (const [key, before] of [...this.entries]) {
      const file = vscode.Uri.parse(key);
      const ref = parseNetworkUri(file);
      if (!ref || ref.uri !== uri || (name !== undefined && ref.name !== name)) continue;
      try {
        if ((await this.load(file)).mtime !== before.mtime) events.push({ type: vscode.FileChangeType.Changed, uri: file });
      } catch (e) {
        if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') {
          this.entries.delete(key);
          events.push({ type: vscode.FileChangeType.Deleted, uri: file });
        }
      }
    }
    if (events.length > 0) this.changes.fire(events);
  }

  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }

  async stat(uri: vscode.Uri): Promise<vscode.FileStat> {
    const entry = this.entries.get(uri.toString()) ?? (await this.load(uri));
    return { type: vscode.FileType.File, ctime: 0, mtime: entry.mtime, size: entry.size };
  }

  async readFile(uri: vscode.Uri): Promise<Uint8Array> {
    return this.encoder.encode((await this.load(uri)).text);
  }

  async writeFile(uri: vscode.Uri, content: Uint8Array): Promise<void> {
    const ref = this.refOf(uri);
    this.requireTrust();
    const xml = this.decoder.decode(content);
    const define = (replaces: ActionParams['replaces']) =>
      vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Defining network '${ref.name}' on ${ref.uri}…` }, () =>
        this.ctx.request('libvirt/action', { uri: ref.uri, action: 'define', xml, ...(replaces ? { replaces } : {}) }),
      );
    // First guarded: if the XML's <name>/<uuid> now identify another network (or a new one), the
    // server defines nothing and says so; overwriting that other network needs a yes.
    let outcome = await define({ name: ref.name });
    if (outcome.ok && !outcome.result.ok && outcome.result.error.kind === 'definition-retargeted') {
      if (!(await confirmRetargetedSave(ref, outcome.result.error.message))) {
        // Thrown: VS Code reports the failed save and keeps the typed text in the dirty editor.
        throw new vscode.FileSystemError(`Not saved: ${outcome.result.error.message}`);
      }
      outcome = await define(undefined);
    }
    const error: HostErrorInfo | undefined = !outcome.ok ? outcome.error : !outcome.result.ok ? outcome.result.error : undefined;
    if (error || !outcome.ok || !outcome.result.ok) {
      const shown = error ?? { kind: 'other' as const, message: 'define failed' };
      void this.ctx.showHostError(`libvirt refused the definition of '${ref.name}'`, shown);
      // VS Code shows "Failed to save '<name>.xml': <this message>" and keeps the editor dirty.
      throw new vscode.FileSystemError(formatHostError(undefined, shown));
    }
    const defined = outcome.result.name;
    // Remember what libvirt stored (it adds uuid, mac, bridge, drops comments), not what was
    // sent: the stat after this save then matches, and a later event for this very define
    // finds nothing new, so the editor keeps the user's text without a "file is newer" conflict.
    const stored = defined === ref.name ? await this.ctx.request('libvirt/dumpXml', { uri: ref.uri, name: ref.name, inactive: true }) : undefined;
    this.remember(uri, stored?.ok && stored.result.ok ? stored.result.xml : xml);
    this.ctx.log.info(`defined network '${defined}' on ${ref.uri} from ${uri.toString(true)}`);
    const live = this.ctx.explorer?.networks().find((n) => n.uri === ref.uri && n.network.name === defined)?.network;
    if (live?.active) {
      void vscode.window.showInformationMessage(
        `Saved the definition of '${defined}'. The network is active: it keeps running with its old configuration until it is stopped and started again.`,
      );
    }
    if (defined !== ref.name) {
      void vscode.window.showWarningMessage(
        `The XML names the network '${defined}', so libvirt defined (or redefined) '${defined}' on ${ref.uri}; '${ref.name}' is unchanged.`,
      );
    }
    void this.ctx.explorer?.refresh('action', ref.uri);
  }

  private async load(uri: vscode.Uri): Promise<Entry> {
    const ref = this.refOf(uri);
    this.requireTrust();
    const outcome = await this.ctx.request('libvirt/dumpXml', { uri: ref.uri, name: ref.name, inactive: true });
    const error = !outcome.ok ? outcome.error : !outcome.result.ok ? outcome.result.error : undefined;
    if (error || !outcome.ok || !outcome.result.ok) {
      const e = error ?? { kind: 'other' as const, message: 'dumpxml failed' };
      this.ctx.log.warn(formatHostError(`reading ${uri.toString(true)}`, e));
      if (e.kind === 'network-not-found') throw vscode.FileSystemError.FileNotFound(formatHostError(undefined, e));
      throw vscode.FileSystemError.Unavailable(formatHostError(undefined, e));
    }
    return this.remember(uri, outcome.result.xml);
  }

  /** Records the text; the mtime moves only when the text did. */
  private remember(uri: vscode.Uri, text: string): Entry {
    const key = uri.toString();
    const old = this.entries.get(key);
    if (old && old.text === text) return old;
    const entry = { text, size: this.encoder.encode(text).byteLength, mtime: Math.max(Date.now(), (old?.mtime ?? 0) + 1) };
    this.entries.set(key, entry);
    return entry;
  }

  private refOf(uri: vscode.Uri): NetworkRef {
    const ref = parseNetworkUri(uri);
    if (!ref) throw vscode.FileSystemError.FileNotFound(uri);
    return ref;
  }

  private requireTrust(): void {
    if (!this.ctx.trusted) throw vscode.FileSystemError.NoPermissions('Restricted Mode: libvirt networks are not read or defined in an untrusted workspace.');
  }

  readDirectory(): [string, vscode.FileType][] {
    throw vscode.FileSystemError.NoPermissions('libvirt-net has no directories');
  }

  createDirectory(): void {
    throw vscode.FileSystemError.NoPermissions('libvirt-net has no directories');
  }

  delete(): void {
    throw vscode.FileSystemError.NoPermissions('Use "Libvirt: Undefine Network" to remove a network definition.');
  }

  rename(): void {
    throw vscode.FileSystemError.NoPermissions('A network is renamed by defining it under the new name.');
  }

  dispose(): void {
    this.changes.dispose();
  }
}

export { NETWORK_SCHEME };
