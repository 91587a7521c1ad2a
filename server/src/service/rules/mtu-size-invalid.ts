import type { Rule } from '../rule';
import { mtuSizeAttribute, strToUi } from './libvirt-values';

export const mtuSizeInvalid: Rule = {
  id: 'mtu-size-invalid',
  severity: 'error',
  layer: 'parse',
  spec: ['BR-7'],
  description: '<mtu size> must be an unsigned number.',
  elements: ['mtu'],
  check({ root, facts, report }) {
    const size = mtuSizeAttribute(root);
    if (!size || strToUi(size.value) !== undefined) return;
    report(size, `Invalid mtu size '${size.value}' in network '${facts.name}'`, 'use a decimal number of bytes such as 1500, or 0 to leave the MTU alone');
  },
};
