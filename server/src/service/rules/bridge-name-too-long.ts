import type { Rule } from '../rule';
import { bridgeNameAttr, createsBridge, isBridgeTemplate } from './network-runtime';
import { utf8Length } from '../utf8';

/** The kernel's IFNAMSIZ is 16 bytes including the NUL. */
const MAX_IFNAME_BYTES = 15;

export const bridgeNameTooLong: Rule = {
  id: 'bridge-name-too-long',
  severity: 'error',
  layer: 'start',
  spec: ['S-2', '§6.1'],
  description: 'Bridge names longer than 15 characters fail at net-start.',
  elements: ['bridge'],
  check({ facts, report }) {
    // Only the bridges libvirt creates itself (no forward, nat, route, open).
    if (!createsBridge(facts)) return;
    const name = bridgeNameAttr(facts);
    if (!name) return;
    let expanded = name.value;
    if (name.value.includes('%d')) {
      // A template: libvirt expands a single %d (check the shortest expansion); any other name
      // containing %d falls back to virbr%d, which always fits.
      if (!isBridgeTemplate(name.value)) return;
      expanded = name.value.replace('%d', '0');
    }
    const length = utf8Length(expanded);
    if (length <= MAX_IFNAME_BYTES) return;
    report(
      name,
      `error creating bridge interface ${expanded}: Numerical result out of range`,
      `bridge names are limited to ${MAX_IFNAME_BYTES} characters (this one has ${length}); net-define accepts it but net-start fails`,
    );
  },
};
