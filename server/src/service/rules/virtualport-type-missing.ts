import { attr } from '../xml';
import type { Rule } from '../rule';
import { virtualportElements } from './devices-support';

export const virtualportTypeMissing: Rule = {
  id: 'virtualport-type-missing',
  severity: 'error',
  layer: 'parse',
  spec: ['VP-2'],
  description: 'A network-level <virtualport> needs a type (a portgroup one may omit it).',
  elements: ['virtualport'],
  check({ root, report }) {
    for (const { element, requireType } of virtualportElements(root)) {
      if (!requireType || attr(element, 'type')) continue;
      report(element, 'missing required virtualport type', "add type='openvswitch' (bridge mode with an Open vSwitch bridge) or type='802.1Qbg'/'802.1Qbh' (macvtap or hostdev modes)");
    }
  },
};
