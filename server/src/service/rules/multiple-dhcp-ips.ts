import type { Rule } from '../rule';
import { hasDhcp, runtimeIps } from './network-runtime';

/** networkValidate (V-13, V-14): dnsmasq serves DHCP on one IPv4 and one IPv6 `<ip>` at most. */
export const multipleDhcpIps: Rule = {
  id: 'multiple-dhcp-ips',
  severity: 'error',
  layer: 'validate',
  spec: ['V-13', 'V-14', 'S-16'],
  description: 'DHCP (ranges or hosts) on more than one IPv4, or more than one IPv6, <ip>.',
  elements: ['dhcp'],
  check({ facts, report }) {
    const first: Record<string, boolean> = {};
    for (const ip of runtimeIps(facts)) {
      if (!hasDhcp(ip)) continue;
      const family = ip.def.family === 'ipv4' ? 'IPv4' : 'IPv6';
      if (!first[family]) {
        first[family] = true;
        continue;
      }
      report(
        ip.element,
        `unsupported configuration: Multiple ${family} dhcp sections found -- dhcp is supported only for a single ${family} address on each network`,
        `move the <dhcp> ranges and hosts into the first ${family} <ip>, or into a separate network`,
      );
    }
  },
};
