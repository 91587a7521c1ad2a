import type { Rule } from '../rule';
import { removeAttribute } from './fix-edits';
import { forwardPool } from './libvirt-values';

export const forwardDevWithAddressOrPf: Rule = {
  id: 'forward-dev-with-address-or-pf',
  severity: 'error',
  layer: 'parse',
  spec: ['FW-13'],
  description: "<forward dev> can't be combined with <address> or <pf> children.",
  elements: ['address', 'pf'],
  check({ facts, xml, report }) {
    if (!facts.forward) return;
    const { dev, addresses, pfs } = forwardPool(facts.forward);
    if (!dev || (addresses.length === 0 && pfs.length === 0)) return;
    report(
      dev,
      `the <forward> 'dev' attribute cannot be used when <address> or <pf> sub-elements are present in network ${facts.name}`,
      'the device pool comes from the <address>/<pf> children: remove dev',
      [{ title: 'Remove dev', edits: [removeAttribute(xml.text, dev)] }],
    );
  },
};
