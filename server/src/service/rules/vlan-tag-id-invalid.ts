import { attr, children } from '../xml';
import { parseLibvirtUInt } from '../ip';
import type { Rule } from '../rule';
import { vlanElements } from './devices-support';

export const vlanTagIdInvalid: Rule = {
  id: 'vlan-tag-id-invalid',
  severity: 'error',
  layer: 'parse',
  spec: ['VL-2'],
  description: 'Each vlan <tag> needs an id from 0 to 4095.',
  elements: ['vlan'],
  check({ root, report }) {
    for (const vlan of vlanElements(root)) {
      for (const tag of children(vlan, 'tag')) {
        const id = attr(tag, 'id');
        if (!id) {
          report(tag, "Missing required attribute 'id' in element 'tag'", "add id='N', the VLAN number (1-4095)");
          continue;
        }
        const value = parseLibvirtUInt(id.value);
        if (value === undefined) report(id, `Invalid value for attribute 'id' in element 'tag': '${id.value}'. Expected non-negative integer value`, 'a VLAN id is a decimal number from 0 to 4095');
        else if (value > 4095) report(id, `vlan tag id ${value} too large (maximum 4095)`, 'VLAN ids are 12 bits: 0 to 4095');
      }
    }
  },
};
