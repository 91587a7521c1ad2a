import { attr, children } from '../xml';
import type { QuickFix, Rule } from '../rule';
import { fix, vlanElements } from './devices-support';
import { replaceValue } from './fix-edits';

export const vlanTrunkInvalid: Rule = {
  id: 'vlan-trunk-invalid',
  severity: 'error',
  layer: 'parse',
  spec: ['VL-4'],
  description: "<vlan trunk> is 'yes' or 'no'; 'no' is invalid with several tags or with a native tag.",
  elements: ['vlan'],
  check({ root, report }) {
    for (const vlan of vlanElements(root)) {
      const trunk = attr(vlan, 'trunk');
      // virXPathString: an empty trunk='' reads as absent.
      if (!trunk || trunk.value === '' || trunk.value.toLowerCase() === 'yes') continue;
      const tags = children(vlan, 'tag');
      const yes: QuickFix[] = [fix("Change to 'yes'", replaceValue(trunk, 'yes'))];
      if (tags.length > 1) {
        report(trunk, `invalid "trunk='${trunk.value}'" in <vlan> - trunk='yes' is required for more than one vlan tag`, "several tags make a trunk: use trunk='yes'", yes);
      } else if (tags.some((t) => ['tagged', 'untagged'].includes(attr(t, 'nativeMode')?.value ?? ''))) {
        report(trunk, `invalid configuration in <vlan> - "trunk='no'" is not allowed with a native vlan id`, "a native VLAN needs trunk='yes'", yes);
      } else if (trunk.value.toLowerCase() !== 'no') {
        report(trunk, `invalid "trunk='${trunk.value}'" in <vlan> - must be yes or no`, "use trunk='yes' or trunk='no'", [...yes, fix("Change to 'no'", replaceValue(trunk, 'no'))]);
      }
    }
  },
};
