import { attr, child } from '../xml';
import type { Rule } from '../rule';
import { effectiveBandwidth } from './bandwidth-unsupported-in-mode';

/** 11.x virNetDevBandwidthValidate: rates are kbytes/s and must fit tc's 64-bit byte rates; burst a 32-bit byte count. */
const RATE_MAX = 1n << 54n;
const BURST_MAX = 0xffffffffn >> 10n;
const LIMITS: [string, bigint][] = [
  ['average', RATE_MAX],
  ['peak', RATE_MAX],
  ['floor', RATE_MAX],
  ['burst', BURST_MAX],
];

/** virXMLPropULongLong(..., 10, ...): optional leading whitespace and '+', decimal digits, at most 2^64-1. */
function parseULongLong(text: string): bigint | undefined {
  const m = /^[ \t\n\v\f\r]*\+?([0-9]+)$/.exec(text);
  if (!m) return undefined;
  const value = BigInt(m[1]);
  return value <= 0xffffffffffffffffn ? value : undefined;
}

/** networkValidate (V-8, BW-6, libvirt ≥ 11): network-wide bandwidth values over the limits tc can take. */
export const bandwidthTooBig: Rule = {
  id: 'bandwidth-too-big',
  severity: 'error',
  layer: 'validate',
  spec: ['V-8', 'BW-6'],
  description: 'Network bandwidth rates above 2^54 kbytes/s or bursts above 4194303 kbytes (libvirt 11).',
  elements: ['bandwidth'],
  check({ root, report }) {
    const bandwidth = effectiveBandwidth(root);
    if (!bandwidth) return;
    for (const direction of ['inbound', 'outbound']) {
      const rate = child(bandwidth, direction);
      if (!rate) continue;
      for (const [name, max] of LIMITS) {
        const a = attr(rate, name);
        const value = a && parseULongLong(a.value);
        if (!a || value === undefined || value <= max) continue;
        report(a, `numerical overflow: value '${value}' is too big for '${name}' parameter, maximum is '${max}'`, `${name} is in ${name === 'burst' ? 'kbytes' : 'kbytes/s'}; use at most ${max}`);
      }
    }
  },
};
