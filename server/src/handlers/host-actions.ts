// `libvirt/action`: one network action on one connection. libvirt's failures come back as data
// ({ ok: false, error: { kind, message, hint } }) with libvirt's message verbatim; only
// malformed parameters are refused before anything runs.
import { VirshError } from '../host/errors';
import type { HostNetworks } from '../host/networks';
import { toErrorInfo } from '../host/networks';
import { parseNetworkXml } from '../host/network-xml';
import type { CallOptions } from '../host/virsh';
import type { ActionParams, ActionResult, NetworkAction } from '../protocol';

const ACTIONS: readonly NetworkAction[] = ['define', 'defineAndStart', 'start', 'stop', 'autostartOn', 'autostartOff', 'undefine', 'stopAndUndefine'];

/** Why the parameters cannot be run, or undefined when they can. */
export function invalidActionParams(params: Partial<ActionParams> | undefined): string | undefined {
  if (!params || typeof params.uri !== 'string' || params.uri === '') return 'libvirt/action needs a connection uri';
  if (!ACTIONS.includes(params.action as NetworkAction)) return `unknown action ${JSON.stringify(params.action)} (one of ${ACTIONS.join(', ')})`;
  const needsXml = params.action === 'define' || params.action === 'defineAndStart';
  if (needsXml && (typeof params.xml !== 'string' || params.xml.trim() === '')) return `${params.action} needs the network XML`;
  if (!needsXml && (typeof params.name !== 'string' || params.name === '')) return `${params.action} needs a network name`;
  return undefined;
}

export async function runNetworkAction(host: HostNetworks, params: ActionParams, opts: CallOptions = {}): Promise<ActionResult> {
  const invalid = invalidActionParams(params);
  if (invalid) return { ok: false, error: { kind: 'other', message: invalid } };
  const { uri } = params;
  try {
    switch (params.action) {
      case 'define':
      case 'defineAndStart': {
        const xml = params.xml!;
        await host.define(uri, xml, opts);
        const name = definedName(xml);
        if (params.action === 'defineAndStart') await host.start(uri, name, opts);
        return { ok: true, name };
      }
      case 'start':
        await host.start(uri, params.name!, opts);
        break;
      case 'stop':
        await host.stop(uri, params.name!, opts);
        break;
      case 'autostartOn':
      case 'autostartOff':
        await host.setAutostart(uri, params.name!, params.action === 'autostartOn', opts);
        break;
      case 'undefine':
        await host.undefine(uri, params.name!, opts);
        break;
      case 'stopAndUndefine':
        await stopAndUndefine(host, uri, params.name!, opts);
        break;
    }
    return { ok: true, name: params.name! };
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

/** Stops it if it runs, then removes its definition. A transient network is gone once stopped. */
async function stopAndUndefine(host: HostNetworks, uri: string, name: string, opts: CallOptions): Promise<void> {
  let stopped = false;
  try {
    await host.stop(uri, name, opts);
    stopped = true;
  } catch (e) {
    if (!(e instanceof VirshError && /network is not active/.test(e.message))) throw e;
  }
  try {
    await host.undefine(uri, name, opts);
  } catch (e) {
    if (!(stopped && e instanceof VirshError && e.kind === 'network-not-found')) throw e;
  }
}
