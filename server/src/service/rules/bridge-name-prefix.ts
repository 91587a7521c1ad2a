import type { Rule } from '../rule';
import { bridgeNameAttr, createsBridge } from './network-runtime';
import { RESERVED_PREFIXES } from './bridge-name-reserved-prefix';

/** §6.27: the docs recommend virbr-prefixed names for the bridges libvirt creates (host tools treat virbr* as libvirt's). */
export const bridgeNamePrefix: Rule = {
  id: 'bridge-name-prefix',
  severity: 'information',
  layer: 'lint',
  spec: ['§6.27'],
  description: "Bridges libvirt creates are recommended to be named virbr… (e.g. virbr%d).",
  elements: ['bridge'],
  check({ facts, report }) {
    if (!createsBridge(facts)) return;
    const name = bridgeNameAttr(facts);
    if (!name || name.value.startsWith('virbr') || RESERVED_PREFIXES.some((p) => name.value.startsWith(p))) return;
    report(name, `bridge name '${name.value}' does not start with 'virbr'`, "libvirt's docs recommend virbrN names (or omit the name, or use virbr%d, to let libvirt pick a free one); other tools treat virbr* as libvirt's");
  },
};
