import type { Ctx } from '../ctx';
import type { ActionParams, NetworkAction } from '../protocol';
import { confirmRedefine, confirmStop, confirmUndefine, findNetworkOrSay, runNetworkAction } from './shared';

const ACTIONS: ReadonlySet<NetworkAction> = new Set<NetworkAction>(['define', 'defineAndStart', 'start', 'stop', 'autostartOn', 'autostartOff', 'undefine', 'stopAndUndefine']);

function isActionParams(x: unknown): x is ActionParams {
  if (!x || typeof x !== 'object') return false;
  const p = x as Record<string, unknown>;
  return (
    typeof p.uri === 'string' &&
    typeof p.action === 'string' &&
    ACTIONS.has(p.action as NetworkAction) &&
    (p.name === undefined || typeof p.name === 'string') &&
    (p.uuid === undefined || typeof p.uuid === 'string') &&
    (p.xml === undefined || typeof p.xml === 'string') &&
    (p.replaces === undefined || (typeof p.replaces === 'object' && p.replaces !== null && typeof (p.replaces as { name?: unknown }).name === 'string'))
  );
}

/**
 * `libvirtNetworks.runAction` (hidden from the palette): what the server's editor code actions
 * run, with ActionParams as the argument. Destructive actions, and a define that replaces an
 * existing definition (`replaces`), still ask first.
 */
export const runAction = (ctx: Ctx) => async (arg?: unknown) => {
  if (!isActionParams(arg)) throw new Error(`runAction needs {uri, action, name?, xml?}, got ${JSON.stringify(arg)}`);
  let params: ActionParams = arg;
  if (!ctx.requireTrust()) return;
  const name = params.name;
  if ((params.action === 'define' || params.action === 'defineAndStart') && params.xml === undefined) throw new Error(`${params.action} needs the xml`);
  if (params.action !== 'define' && params.action !== 'defineAndStart' && name === undefined) throw new Error(`${params.action} needs the network name`);
  if (params.action === 'define' && params.replaces && !(await confirmRedefine(params.replaces.name, params.uri))) return;
  if (params.action === 'stop' && !(await confirmStop(name!, params.uri))) return;
  if (params.action === 'undefine' || params.action === 'stopAndUndefine') {
    const network = await findNetworkOrSay(ctx, { uri: params.uri, name: name!, ...(params.uuid !== undefined ? { uuid: params.uuid } : {}) });
    if (!network) return;
    const chosen = await confirmUndefine(network, params.uri);
    if (!chosen) return;
    params = { ...params, action: chosen };
  }
  await runNetworkAction(ctx, params);
};
