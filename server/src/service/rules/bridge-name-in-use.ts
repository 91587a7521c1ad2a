import type { QuickFix, Rule } from '../rule';
import type { HostFacts } from '../host-facts';
import type { NetworkFacts } from '../facts';
import { createsBridge, literalBridgeName, otherNetworkBridges, replaceAttrValue } from './network-runtime';

/** The name networkFindUnusedBridgeName would pick from virbr%d on this host. */
export function firstFreeVirbr(facts: NetworkFacts, host: HostFacts): string | undefined {
  const used = otherNetworkBridges(facts, host);
  const existing = new Set(host.interfaces ?? []);
  for (let id = 0; id <= 256; id++) {
    const candidate = `virbr${id}`;
    if (!used.has(candidate) && !existing.has(candidate)) return candidate;
  }
  return undefined;
}

/**
 * BR-8 (host facts): networkBridgeNameValidate refuses, at define, a bridge name another libvirt
 * network (active or not, any mode) already has, for the modes where libvirt creates the bridge.
 */
export const bridgeNameInUse: Rule = {
  id: 'bridge-name-in-use',
  severity: 'error',
  layer: 'host',
  spec: ['BR-8', 'V-2'],
  description: 'A bridge name that another defined libvirt network uses.',
  elements: ['bridge'],
  check({ facts, host, report }) {
    if (!createsBridge(facts) || !host.networks) return;
    const name = literalBridgeName(facts);
    if (!name) return;
    const owner = host.networks.find((n) => n.name !== facts.name && n.bridge === name.value);
    if (!owner) return;
    const free = firstFreeVirbr(facts, host);
    const fixes: QuickFix[] = free ? [{ title: `Use the free name '${free}'`, edits: [replaceAttrValue(name, free)] }] : [];
    report(name, `internal error: bridge name '${name.value}' already in use.`, `network '${owner.name}' uses it${free ? `; '${free}' is free` : ''} (or omit the name to let libvirt pick one)`, fixes);
  },
};
