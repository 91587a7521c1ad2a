import { attr } from '../xml';
import type { Rule } from '../rule';
import { dnsEnabled, dnsmasqRuns, runtimeIps } from './network-runtime';

/** virSocketAddrPTRDomain: whole octets for IPv4 (8, 16, 24), whole nibbles for IPv6 (4..124). */
function ptrPrefixSupported(family: 'ipv4' | 'ipv6', prefix: number): boolean {
  return family === 'ipv4' ? prefix > 0 && prefix < 32 && prefix % 8 === 0 : prefix > 0 && prefix < 128 && prefix % 4 === 0;
}

/**
 * S-15: with `localPtr='yes'` libvirt derives the reverse-DNS zone from the prefix when writing
 * dnsmasq's config, which only works on octet (IPv4) or nibble (IPv6) boundaries.
 */
export const localPtrPrefixUnsupported: Rule = {
  id: 'local-ptr-prefix-unsupported',
  severity: 'error',
  layer: 'start',
  spec: ['S-15', '§6.4'],
  description: "localPtr='yes' needs an IPv4 prefix of 8, 16 or 24, or an IPv6 prefix that is a multiple of 4.",
  elements: ['ip'],
  check({ root, facts, report }) {
    if (!dnsmasqRuns(root, facts) || !dnsEnabled(root)) return;
    for (const ip of runtimeIps(facts)) {
      const localPtr = attr(ip.element, 'localPtr');
      const prefix = ip.def.prefix;
      if (!localPtr || localPtr.value !== 'yes' || prefix < 0 || ptrPrefixSupported(ip.def.family, prefix)) continue;
      const family = ip.def.family === 'ipv4' ? 'IPv4' : 'IPv6';
      report(
        localPtr,
        `unsupported configuration: PTR domain for ${family} network with prefix ${prefix} cannot be automatically created`,
        ip.def.family === 'ipv4'
          ? 'the reverse zone must end on an octet: use prefix 8, 16 or 24, or remove localPtr'
          : 'the reverse zone must end on a nibble: use a prefix that is a multiple of 4, or remove localPtr',
      );
    }
  },
};
