import { attr, type XmlAttribute, type XmlElement } from '../xml';
import { parseAddress, parseLibvirtMac } from '../ip';
import type { Rule } from '../rule';

interface HostKeys {
  mac?: string;
  name?: string;
  ip?: string;
}

/** The usual spelling, already one key per MAC once lower-cased. */
const CANONICAL_MAC = /^[0-9a-fA-F]{2}(?::[0-9a-fA-F]{2}){5}$/;

function keys(host: XmlElement): HostKeys {
  const mac = attr(host, 'mac')?.value;
  const bytes = mac !== undefined && !CANONICAL_MAC.test(mac) ? parseLibvirtMac(mac) : undefined;
  const ip = attr(host, 'ip');
  const parsed = ip && parseAddress(ip.value);
  return {
    mac: mac === undefined ? undefined : bytes ? bytes.map((b) => b.toString(16).padStart(2, '0')).join(':') : CANONICAL_MAC.test(mac) ? mac.toLowerCase() : undefined,
    name: attr(host, 'name')?.value,
    // IPv4 and IPv6 texts cannot collide (only IPv6 has colons): the canonical text is the key.
    ip: parsed?.text,
  };
}

export const dhcpHostDuplicate: Rule = {
  id: 'dhcp-host-duplicate',
  severity: 'warning',
  layer: 'lint',
  spec: ['§6.18', 'DH-10'],
  description: 'Two DHCP hosts with the same mac, name or ip: net-define accepts them, net-update refuses them and dnsmasq honours only one.',
  check({ facts, report }) {
    for (const ip of facts.ips) {
      // One set per key: networks with thousands of hosts must stay linear.
      const macs = new Set<string>();
      const ips = new Set<string>();
      const names = new Set<string>();
      for (const host of ip.hosts) {
        const k = keys(host);
        const clash: keyof HostKeys | undefined =
          k.mac !== undefined && macs.has(k.mac) ? 'mac' : k.ip !== undefined && ips.has(k.ip) ? 'ip' : k.name !== undefined && names.has(k.name) ? 'name' : undefined;
        if (k.mac !== undefined) macs.add(k.mac);
        if (k.ip !== undefined) ips.add(k.ip);
        if (k.name !== undefined) names.add(k.name);
        if (!clash) continue;
        const target = attr(host, clash) as XmlAttribute;
        const shown = (['mac', 'name', 'ip'] as const)
          .map((n) => [n, n === 'ip' ? (parseAddress(attr(host, n)?.value ?? '')?.text ?? attr(host, n)?.value) : attr(host, n)?.value] as const)
          .filter(([, v]) => v !== undefined)
          .map(([n, v]) => `${n}='${v}'`)
          .join(' ');
        report(
          target,
          `there is an existing dhcp host entry in network '${facts.name}' that matches "<host ${shown}/>"`,
          `another <host> already has this ${clash}: each host needs its own mac, name and ip`,
        );
      }
    }
  },
};
