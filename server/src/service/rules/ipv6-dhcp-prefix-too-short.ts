import { attr } from '../xml';
import type { Rule } from '../rule';
import { dhcpIp, dnsmasqRuns } from './network-runtime';

/**
 * S-18 / §6.6: libvirt passes the IPv6 prefix to dnsmasq's dhcp-range, and dnsmasq refuses
 * DHCPv6 on a prefix shorter than /64, so the network defines but fails at net-start.
 */
export const ipv6DhcpPrefixTooShort: Rule = {
  id: 'ipv6-dhcp-prefix-too-short',
  severity: 'error',
  layer: 'start',
  spec: ['S-18', '§6.6'],
  description: 'IPv6 DHCP ranges or hosts on a prefix shorter than 64 make dnsmasq fail at net-start.',
  elements: ['dhcp'],
  check({ root, facts, report }) {
    if (!dnsmasqRuns(root, facts)) return;
    const ip = dhcpIp(facts, 'ipv6');
    if (!ip || ip.def.prefix < 0 || ip.def.prefix >= 64) return;
    report(
      attr(ip.element, 'prefix') ?? ip.element,
      'dnsmasq: prefix length must be at least 64',
      `DHCPv6 works on a /64 (or longer) subnet; this one is /${ip.def.prefix}: use prefix='64', or drop the <dhcp> and rely on router advertisements`,
    );
  },
};
