import { attr, children } from '../xml';
import type { Rule } from '../rule';
import { fix, vlanElements } from './devices-support';
import { removeAttribute } from './fix-edits';

const VALID = new Set(['tagged', 'untagged']);

export const vlanNativeModeDuplicate: Rule = {
  id: 'vlan-native-mode-duplicate',
  severity: 'error',
  layer: 'parse',
  spec: ['VL-3'],
  description: 'Only one tag of a <vlan> may carry nativeMode.',
  elements: ['vlan'],
  check({ root, xml, report }) {
    for (const vlan of vlanElements(root)) {
      let seen = false;
      for (const tag of children(vlan, 'tag')) {
        const mode = attr(tag, 'nativeMode');
        // An invalid value stops libvirt first (vlan-native-mode-invalid).
        if (!mode || !VALID.has(mode.value)) continue;
        if (seen) report(mode, 'duplicate native vlan setting', 'a trunk has one native VLAN: keep nativeMode on one tag only', [fix('Remove nativeMode=', removeAttribute(xml.text, mode))]);
        seen = true;
      }
    }
  },
};
