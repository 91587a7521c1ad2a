import { attrValue } from '../xml';
import { isMulticastMacText, parseAddress } from '../ip';
import { dhcpHosts } from '../facts';
import type { Rule } from '../rule';

export const dhcpHostMacInvalid: Rule = {
  id: 'dhcp-host-mac-invalid',
  severity: 'error',
  layer: 'parse',
  spec: ['DH-2', 'DH-3'],
  description: 'A DHCP host mac must be a unicast MAC address (xx:xx:xx:xx:xx:xx).',
  elements: ['host'],
  check({ facts, report }) {
    for (const ip of facts.ips) {
      // In an IPv6 <ip> any mac is wrong (dhcp-host-mac-ipv6).
      if (parseAddress(attrValue(ip.element, 'address') ?? '')?.family === 'ipv6') continue;
      const hosts = dhcpHosts(ip);
      for (let i = 0; i < hosts.length; i++) {
        const { mac, macText } = hosts[i];
        if (!mac) continue;
        if (macText === undefined) {
          report(mac, `Cannot parse MAC address '${mac.value}' in network '${facts.name}'`, 'write six hex bytes separated by colons, e.g. 52:54:00:12:34:56');
        } else if (isMulticastMacText(macText)) {
          report(mac, `expected unicast mac address, found multicast '${mac.value}' in network '${facts.name}'`, 'the lowest bit of the first byte must be 0 (first byte even), e.g. 52:54:00:…');
        }
      }
    }
  },
};
