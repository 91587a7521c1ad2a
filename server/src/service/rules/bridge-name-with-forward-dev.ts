import type { Rule } from '../rule';
import { forwardPool, nonEmptyAttr } from './libvirt-values';

export const bridgeNameWithForwardDev: Rule = {
  id: 'bridge-name-with-forward-dev',
  severity: 'error',
  layer: 'parse',
  spec: ['FM-8'],
  description: "<forward mode='bridge'> takes either a <bridge name> or forward devices, not both.",
  elements: ['bridge'],
  check({ facts, report }) {
    if (!facts.forward || facts.forwardMode !== 'bridge') return;
    const name = nonEmptyAttr(facts.bridge, 'name');
    const pool = forwardPool(facts.forward);
    if (!name || (pool.devices.length === 0 && pool.kind !== 'pf')) return;
    report(
      name,
      `A network with forward mode='bridge' can specify a bridge name or a forward dev, but not both (network '${facts.name}')`,
      'use <bridge name> to attach guests to an existing host bridge, or forward devices for macvtap: drop one of them',
    );
  },
};
