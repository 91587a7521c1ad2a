import type { Rule } from '../rule';
import { forwardPool } from './libvirt-values';

export const forwardInterfaceMultiple: Rule = {
  id: 'forward-interface-multiple',
  severity: 'error',
  layer: 'parse',
  spec: ['FM-2'],
  description: 'nat, route and open networks take at most one forward device.',
  elements: ['interface', 'address'],
  check({ facts, report }) {
    const mode = facts.forwardMode;
    if (!facts.forward || !['nat', 'route', 'open'].includes(mode)) return;
    const { devices } = forwardPool(facts.forward);
    if (devices.length < 2) return;
    report(
      devices[1],
      `multiple forwarding interfaces specified for network '${facts.name}', only one is supported`,
      `a ${mode} network forwards through one host interface (or any, when none is given)`,
    );
  },
};
