import type { Rule } from '../rule';
import { forwardModeOf, literalBridgeName } from './network-runtime';

/**
 * §6.16 / S-21 (host facts): forward mode bridge with a bridge name joins guests to an existing
 * host bridge. libvirt does not check it exists at define or start; a guest fails to start.
 */
export const bridgeMissingOnHost: Rule = {
  id: 'bridge-missing-on-host',
  severity: 'warning',
  layer: 'host',
  spec: ['§6.16', 'S-21'],
  description: "<forward mode='bridge'> naming a host bridge that does not exist.",
  elements: ['bridge'],
  check({ facts, host, report }) {
    if (forwardModeOf(facts) !== 'bridge' || !host.interfaces) return;
    const name = literalBridgeName(facts);
    if (!name || host.interfaces.includes(name.value)) return;
    report(name, `Cannot get interface MTU on '${name.value}': No such device`, `the host has no interface '${name.value}': guests using this network fail to start until the bridge exists`);
  },
};
