import { attr } from '../xml';
import type { Rule } from '../rule';

/** The kernel's IFNAMSIZ is 16 bytes including the NUL. */
const MAX_IFNAME_BYTES = 15;

export const bridgeNameTooLong: Rule = {
  id: 'bridge-name-too-long',
  severity: 'error',
  layer: 'start',
  spec: ['S-2', '§6.1'],
  description: 'Bridge names longer than 15 characters fail at net-start.',
  check({ facts, report }) {
    const name = facts.bridge && attr(facts.bridge, 'name');
    if (!name) return;
    // A single %d template is expanded by libvirt: check the shortest expansion.
    const expanded = /^[^%]*%d[^%]*$/.test(name.value) ? name.value.replace('%d', '0') : name.value;
    const length = new TextEncoder().encode(expanded).length;
    if (length <= MAX_IFNAME_BYTES) return;
    report(
      name,
      `error creating bridge interface ${name.value}: Numerical result out of range`,
      `bridge names are limited to ${MAX_IFNAME_BYTES} characters (this one has ${length}); net-define accepts it but net-start fails`,
    );
  },
};
