import { attr } from '../xml';
import { parseAddress, parseLibvirtUInt } from '../ip';
import type { Rule } from '../rule';

export const ipPrefixTooLarge: Rule = {
  id: 'ip-prefix-too-large',
  severity: 'error',
  layer: 'parse',
  spec: ['IP-8', 'IP-11'],
  description: 'An IPv4 prefix is at most 32, an IPv6 prefix at most 128.',
  elements: ['ip'],
  check({ facts, report }) {
    for (const ip of facts.ips) {
      const prefix = attr(ip.element, 'prefix');
      const value = prefix && parseLibvirtUInt(prefix.value);
      const address = parseAddress(attr(ip.element, 'address')?.value ?? '');
      if (!prefix || value === undefined || !address) continue;
      const family = attr(ip.element, 'family')?.value || 'ipv4';
      const netmask = attr(ip.element, 'netmask')?.value;
      if (family === 'ipv4' && address.family === 'ipv4' && !netmask && value > 32) {
        report(prefix, `Invalid IPv4 prefix '${value}' in network '${facts.name}'`, 'an IPv4 prefix is 0..32, e.g. 24 for 255.255.255.0');
      } else if (family === 'ipv6' && address.family === 'ipv6' && value > 128) {
        report(prefix, `Invalid IPv6 prefix '${value}' in network '${facts.name}'`, 'an IPv6 prefix is 0..128, usually 64');
      }
    }
  },
};
