import type { IPv4 } from 'ipaddr.js';
import type { XmlAttribute } from '../xml';
import type { ParsedAddress } from '../ip';
import { dhcpHosts } from '../facts';
import type { Rule } from '../rule';

/** Adds `key` when given; true when it was there already. */
function alreadyIn<K>(seen: Set<K>, key: K | undefined): boolean {
  if (key === undefined) return false;
  if (seen.has(key)) return true;
  seen.add(key);
  return false;
}

/**
 * Whether the host's address was seen already. An IPv4 address is keyed by its 32 bits as a small
 * integer: a set of those is about twice as quick as one of strings, whose hash V8 computes afresh
 * for every newly parsed value. IPv6 addresses are keyed by their canonical text.
 */
function addressSeen(ipv4s: Set<number>, ipv6s: Set<string>, address: ParsedAddress | undefined): boolean {
  if (address === undefined) return false;
  if (address.family === 'ipv6') return alreadyIn(ipv6s, address.text);
  const o = (address.addr as IPv4).octets;
  return alreadyIn(ipv4s, (o[0] << 24) | (o[1] << 16) | (o[2] << 8) | o[3]);
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
      const ipv4s = new Set<number>();
      const ipv6s = new Set<string>();
      const names = new Set<string>();
      for (let i = 0; i < hosts.length; i++) {
        const host = hosts[i];
        // One spelling per MAC (facts), and per address.
        const macSeen = alreadyIn(macs, host.macText);
        const ipSeen = addressSeen(ipv4s, ipv6s, host.ipAddress);
        const nameSeen = alreadyIn(names, host.name?.value);
        if (!macSeen && !ipSeen && !nameSeen) continue;
        const clash = macSeen ? 'mac' : ipSeen ? 'ip' : 'name';
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
