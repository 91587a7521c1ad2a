import type { Rule } from '../rule';
import { removeElement } from './fix-edits';
import { DIRECT_MODES, mtuSizeAttribute, strToUi } from './libvirt-values';

export const mtuNotAllowed: Rule = {
  id: 'mtu-not-allowed',
  severity: 'error',
  layer: 'parse',
  spec: ['FM-9'],
  description: '<mtu> is only for isolated, nat, route and open networks.',
  elements: ['mtu'],
  check({ root, facts, xml, report }) {
    const mode = facts.forwardMode;
    if (mode !== 'bridge' && !DIRECT_MODES.includes(mode)) return;
    const size = mtuSizeAttribute(root);
    const mtu = size && root.children.find((c) => c.name === 'mtu' && c.attributes.includes(size));
    // size='0' means "unset" and passes.
    if (!size || !mtu || !strToUi(size.value)) return;
    report(
      mtu,
      `mtu size only allowed in open, route, nat, and isolated mode, not in ${mode} (network '${facts.name}')`,
      'in this mode the MTU is that of the host device or bridge: set it there',
      [{ title: 'Remove <mtu>', edits: [removeElement(xml.text, mtu)] }],
    );
  },
};
