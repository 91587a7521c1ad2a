import { children } from '../xml';
import type { Rule } from '../rule';
import { vlanElements } from './devices-support';

export const vlanTagMissing: Rule = {
  id: 'vlan-tag-missing',
  severity: 'error',
  layer: 'parse',
  spec: ['VL-1'],
  description: "A <vlan> needs at least one <tag id='n'/>.",
  elements: ['vlan'],
  check({ root, report }) {
    for (const vlan of vlanElements(root)) {
      if (children(vlan, 'tag').length > 0) continue;
      report(vlan, "missing tag id - each <vlan> must have at least one <tag id='n'/> subelement", "add <tag id='N'/> (1-4095) inside <vlan>, or remove the empty <vlan>");
    }
  },
};
