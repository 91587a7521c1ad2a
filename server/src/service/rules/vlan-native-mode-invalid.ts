import { attr, children } from '../xml';
import type { QuickFix, Rule } from '../rule';
import { fix, vlanElements } from './devices-support';
import { replaceValue } from './fix-edits';

export const vlanNativeModeInvalid: Rule = {
  id: 'vlan-native-mode-invalid',
  severity: 'error',
  layer: 'parse',
  spec: ['VL-3'],
  description: "A vlan <tag nativeMode> is 'tagged' or 'untagged'.",
  elements: ['vlan'],
  check({ root, report }) {
    for (const vlan of vlanElements(root)) {
      for (const tag of children(vlan, 'tag')) {
        const mode = attr(tag, 'nativeMode');
        if (!mode || mode.value === 'tagged' || mode.value === 'untagged') continue;
        const lower = mode.value.trim().toLowerCase();
        const fixes: QuickFix[] = lower === 'tagged' || lower === 'untagged' ? [fix(`Change to '${lower}'`, replaceValue(mode, lower))] : [];
        report(mode, `Invalid value for attribute 'nativeMode' in element 'tag': '${mode.value}'.`, "use nativeMode='tagged' or nativeMode='untagged', or leave it out", fixes);
      }
    }
  },
};
