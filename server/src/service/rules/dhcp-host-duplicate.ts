import type { XmlAttribute } from '../xml';
import { dhcpHosts } from '../facts';
import type { Rule } from '../rule';

/** Adds `key` when given; true when it was there already. */
function alreadyIn(seen: Set<string>, key: string | undefined): boolean {
  if (key === undefined) return false;
  if (seen.has(key)) return true;
  seen.add(key);
  return false;
}

export const dhcpHostDuplicate: Rule = {
  id: 'dhcp-host-duplicate',
  severity: 'warning',
  layer: 'lint',
  spec: ['§6.18', 'DH-10'],
  description: 'Two DHCP hosts with the same mac, name or ip: net-define accepts them, net-update refuses them and dnsmasq honours only one.',
  elements: ['host'],
  check({ facts, report }) {
    for (const ip of facts.ips) {
      // One set per key: networks with thousands of hosts must stay linear.
      const hosts = dhcpHosts(ip);
      const macs = new Set<string>();
      const ips = new Set<string>();
      const names = new Set<string>();
      for (let i = 0; i < hosts.length; i++) {
        const host = hosts[i];
        // One spelling per MAC (facts); IPv4 and IPv6 texts cannot collide (only IPv6 has colons): the canonical text is the key.
        const macSeen = alreadyIn(macs, host.macText);
        const addressSeen = alreadyIn(ips, host.ipAddress?.text);
        const nameSeen = alreadyIn(names, host.name?.value);
        if (!macSeen && !addressSeen && !nameSeen) continue;
        const clash = macSeen ? 'mac' : addressSeen ? 'ip' : 'name';
        const shown = [host.mac && `mac='${host.mac.value}'`, host.name && `name='${host.name.value}'`, host.ip && `ip='${host.ipAddress?.text ?? host.ip.value}'`]
          .filter((part) => part !== undefined)
          .join(' ');
        report(
          host[clash] as XmlAttribute,
          `there is an existing dhcp host entry in network '${facts.name}' that matches "<host ${shown}/>"`,
          `another <host> already has this ${clash}: each host needs its own mac, name and ip`,
        );
      }
    }
  },
};
