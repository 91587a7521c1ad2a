import { dhcpHosts } from '../facts';
import type { Rule } from '../rule';
import { startsLikeHostName } from './libvirt-values';

/** A module constant: a literal in the loop is a new RegExp per host. */
const NAME_REST = /[^A-Za-z0-9._-]/g;

/** The first character after the first that dnsmasq refuses in a host name, if any. */
function firstCharacterOutside(name: string): string | undefined {
  // lastIndex instead of slice(1): no copy of every host's name.
  NAME_REST.lastIndex = 1;
  const bad = NAME_REST.exec(name);
  return bad === null ? undefined : bad[0];
}

export const dhcpHostNameCharacters: Rule = {
  id: 'dhcp-host-name-characters',
  severity: 'warning',
  layer: 'lint',
  spec: ['§6.21', 'DH-5'],
  description: "libvirt checks only a DHCP host name's first character; the rest goes to dnsmasq unchecked.",
  elements: ['host'],
  check({ facts, report }) {
    for (const ip of facts.ips) {
      const hosts = dhcpHosts(ip);
      for (let i = 0; i < hosts.length; i++) {
        const { name } = hosts[i];
        // A bad first character is dhcp-host-name-invalid's (libvirt rejects it).
        if (!name || !startsLikeHostName(name.value)) continue;
        const bad = firstCharacterOutside(name.value);
        if (bad === undefined) continue;
        report(
          name,
          `Host name '${name.value}' in network '${facts.name}' contains '${bad}'`,
          bad === ',' ? "libvirt writes the name to dnsmasq's hosts file where ',' separates fields: use letters, digits, '-' and '.'" : "dnsmasq rejects host names with characters other than letters, digits, '-', '_' and '.'",
        );
      }
    }
  },
};
