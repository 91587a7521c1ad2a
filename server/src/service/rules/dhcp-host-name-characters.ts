import { attr } from '../xml';
import type { Rule } from '../rule';

export const dhcpHostNameCharacters: Rule = {
  id: 'dhcp-host-name-characters',
  severity: 'warning',
  layer: 'lint',
  spec: ['§6.21', 'DH-5'],
  description: "libvirt checks only a DHCP host name's first character; the rest goes to dnsmasq unchecked.",
  check({ facts, report }) {
    for (const ip of facts.ips) {
      for (const host of ip.hosts) {
        const name = attr(host, 'name');
        // A bad first character is dhcp-host-name-invalid's (libvirt rejects it).
        if (!name || !/^[A-Za-z0-9]/.test(name.value)) continue;
        const bad = /[^A-Za-z0-9._-]/.exec(name.value.slice(1));
        if (!bad) continue;
        report(
          name,
          `Host name '${name.value}' in network '${facts.name}' contains '${bad[0]}'`,
          bad[0] === ',' ? "libvirt writes the name to dnsmasq's hosts file where ',' separates fields: use letters, digits, '-' and '.'" : "dnsmasq rejects host names with characters other than letters, digits, '-', '_' and '.'",
        );
      }
    }
  },
};
