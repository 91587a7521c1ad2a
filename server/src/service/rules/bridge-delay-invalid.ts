import type { Rule } from '../rule';
import { removeAttribute } from './fix-edits';
import { nonEmptyAttr, strToUlp } from './libvirt-values';

export const bridgeDelayInvalid: Rule = {
  id: 'bridge-delay-invalid',
  severity: 'error',
  layer: 'parse',
  spec: ['BR-1'],
  description: '<bridge delay> must be a non-negative whole number of seconds.',
  elements: ['bridge'],
  check({ facts, xml, report }) {
    const delay = nonEmptyAttr(facts.bridge, 'delay');
    if (!delay || strToUlp(delay.value) !== undefined) return;
    report(delay, `Invalid delay value in network '${facts.name}'`, 'use a whole number of seconds such as 0 (decimal digits only)', [
      { title: 'Remove delay (defaults to 0)', edits: [removeAttribute(xml.text, delay)] },
    ]);
  },
};
