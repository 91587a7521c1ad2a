import type { Rule } from '../rule';
import { bridgeNameAttr, createsBridge, forwardModeOf } from './network-runtime';

/** Name prefixes libvirt generates for guest devices: tap (vnet%d), macvtap (macvtap%d), macvlan (macvlan%d). */
export const RESERVED_PREFIXES = ['vnet', 'macvtap', 'macvlan'];

/** §6.27: a bridge named like libvirt's guest devices can collide with them and confuses tools that skip them. */
export const bridgeNameReservedPrefix: Rule = {
  id: 'bridge-name-reserved-prefix',
  severity: 'warning',
  layer: 'lint',
  spec: ['§6.27'],
  description: 'Bridge names starting with vnet, macvtap or macvlan (libvirt names guest devices that way).',
  elements: ['bridge'],
  check({ facts, report }) {
    if (!createsBridge(facts) && forwardModeOf(facts) !== 'bridge') return;
    const name = bridgeNameAttr(facts);
    const prefix = name && RESERVED_PREFIXES.find((p) => name.value.startsWith(p));
    if (!name || !prefix) return;
    report(name, `bridge name '${name.value}' uses the prefix '${prefix}' libvirt gives guest devices (${prefix}N)`, "a guest device may be created with this very name; use a virbr… name (or your own naming such as br-…)");
  },
};
