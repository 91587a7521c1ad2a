import { attr } from '../xml';
import type { Rule } from '../rule';
import { forwardPool } from './libvirt-values';

export const forwardPfDevMissing: Rule = {
  id: 'forward-pf-dev-missing',
  severity: 'error',
  layer: 'parse',
  spec: ['FW-23'],
  description: '<forward><pf> needs a dev attribute.',
  elements: ['pf'],
  check({ facts, report }) {
    if (!facts.forward) return;
    const pool = forwardPool(facts.forward);
    const pf = pool.pfs[0];
    if (pool.kind !== 'pf' || !pf || attr(pf, 'dev')) return;
    report(pf, `Missing required dev attribute in <pf> element of network '${facts.name}'`, "name the SR-IOV physical function, e.g. <pf dev='eth2'/>");
  },
};
