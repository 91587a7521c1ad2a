import type { Rule } from '../rule';
import { createsBridge, literalBridgeName, otherNetworkBridges } from './network-runtime';

/**
 * S-2 EEXIST (host facts): net-start creates the bridge and fails when a host interface of that
 * name exists that is not this network's own running bridge. Another network's bridge is
 * bridge-name-in-use (refused at define already).
 */
export const bridgeNameExistsOnHost: Rule = {
  id: 'bridge-name-exists-on-host',
  severity: 'error',
  layer: 'host',
  spec: ['S-2', '§6.1'],
  description: 'A bridge name that is already an interface on the host (not a libvirt network bridge).',
  elements: ['bridge'],
  check({ facts, host, report }) {
    if (!createsBridge(facts) || !host.interfaces) return;
    const name = literalBridgeName(facts);
    if (!name || !host.interfaces.includes(name.value)) return;
    if (otherNetworkBridges(facts, host).has(name.value)) return;
    const own = host.networks?.find((n) => n.name === facts.name);
    if (own?.active && own.bridge === name.value) return;
    report(name, `error creating bridge interface ${name.value}: File exists`, `the host already has an interface named '${name.value}' that belongs to no libvirt network: pick another name (to use an existing bridge, use <forward mode='bridge'/>)`);
  },
};
