// `libvirt/action`: one network action on one connection. libvirt's failures come back as data
// ({ ok: false, error: { kind, message, hint } }) with libvirt's message verbatim; only
// malformed parameters are refused before anything runs. Existing networks are acted on by
// UUID (HostNetworks.uuidOf): virsh would take a name that is another network's UUID for that one.
import { isUuid } from '../host/calls';
import { VirshError } from '../host/errors';
import type { HostNetworks } from '../host/networks';
import { toErrorInfo } from '../host/networks';
import { parseNetworkXml } from '../host/network-xml';
import type { CallOptions } from '../host/virsh';
import type { ActionParams, ActionResult, NetworkAction } from '../protocol';
import { retargetReason } from './define-guard';

const ACTIONS: readonly NetworkAction[] = ['define', 'defineAndStart', 'start', 'stop', 'autostartOn', 'autostartOff', 'undefine', 'stopAndUndefine'];

/** Why the parameters cannot be run, or undefined when they can. */
export function invalidActionParams(params: Partial<ActionParams> | undefined): string | undefined {
  if (!params || typeof params.uri !== 'string' || params.uri === '') return 'libvirt/action needs a connection uri';
  if (!ACTIONS.includes(params.action as NetworkAction)) return `unknown action ${JSON.stringify(params.action)} (one of ${ACTIONS.join(', ')})`;
  const needsXml = params.action === 'define' || params.action === 'defineAndStart';
  if (needsXml && (typeof params.xml !== 'string' || params.xml.trim() === '')) return `${params.action} needs the network XML`;
  if (!needsXml && (typeof params.name !== 'string' || params.name === '')) return `${params.action} needs a network name`;
  if (params.uuid !== undefined && (typeof params.uuid !== 'string' || !isUuid(params.uuid))) return `not a network UUID: ${JSON.stringify(params.uuid)}`;
  if (params.replaces !== undefined && (typeof params.replaces?.name !== 'string' || params.replaces.name === '')) return 'replaces needs the name of the network the definition was opened for';
  return undefined;
}

export async function runNetworkAction(host: HostNetworks, params: ActionParams, opts: CallOptions = {}): Promise<ActionResult> {
  const invalid = invalidActionParams(params);
  if (invalid) return { ok: false, error: { kind: 'other', message: invalid } };
  const { uri } = params;
  try {
    if (params.action === 'define' || params.action === 'defineAndStart') {
      const xml = params.xml!;
      if (params.replaces !== undefined) {
        const reason = await definitionRetargeted(host, uri, xml, params.replaces, opts);
        if (reason !== undefined) return { ok: false, error: { kind: 'definition-retargeted', message: reason } };
      }
      await host.define(uri, xml, opts);
      const name = definedName(xml);
      // libvirt names networks uniquely: the listing finds the one just defined.
      if (params.action === 'defineAndStart') await host.start(uri, await host.uuidOf(uri, name, undefined, opts), opts);
      return { ok: true, name };
    }
    const name = params.name!;
    const uuid = await host.uuidOf(uri, name, params.uuid, opts);
    switch (params.action) {
      case 'start':
        await host.start(uri, uuid, opts);
        break;
      case 'stop':
        await host.stop(uri, uuid, opts);
        break;
      case 'autostartOn':
      case 'autostartOff':
        await host.setAutostart(uri, uuid, params.action === 'autostartOn', opts);
        break;
      case 'undefine':
        await host.undefine(uri, uuid, opts);
        break;
      case 'stopAndUndefine':
        await stopAndUndefine(host, uri, uuid, opts);
        break;
    }
    return { ok: true, name };
  } catch (e) {
    return { ok: false, error: toErrorInfo(e) };
  }
}

/** The name libvirt gave the network it just accepted (it read the same <name>). */
function definedName(xml: string): string {
  try {
    return parseNetworkXml(xml).name;
  } catch {
    return '';
  }
}

/** Why `xml` would not redefine the network `replaces`; undefined when it would (or XML we cannot read: libvirt judges it). */
async function definitionRetargeted(host: HostNetworks, uri: string, xml: string, replaces: { name: string; uuid?: string }, opts: CallOptions): Promise<string | undefined> {
  let document: { name: string; uuid?: string };
  try {
    const parsed = parseNetworkXml(xml);
    document = { name: parsed.name, ...(parsed.uuid !== '' ? { uuid: parsed.uuid } : {}) };
  } catch {
    return undefined;
  }
  const snapshot = await host.snapshot(uri, opts);
  if (!snapshot.ok) throw new VirshError(snapshot.error.kind, snapshot.error.message, snapshot.error.hint);
  return retargetReason(document, replaces, snapshot.networks);
}

/** Stops it if it runs, then removes its definition. A transient network is gone once stopped. */
async function stopAndUndefine(host: HostNetworks, uri: string, uuid: string, opts: CallOptions): Promise<void> {
  let stopped = false;
  try {
    await host.stop(uri, uuid, opts);
    stopped = true;
  } catch (e) {
    if (!(e instanceof VirshError && /network is not active/.test(e.message))) throw e;
  }
  try {
    await host.undefine(uri, uuid, opts);
  } catch (e) {
    if (!(stopped && e instanceof VirshError && e.kind === 'network-not-found')) throw e;
  }
}
