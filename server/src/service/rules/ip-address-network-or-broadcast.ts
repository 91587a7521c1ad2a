import { attr } from '../xml';
import { broadcastOf, formatAddress, formatSubnet, fromBigInt, networkOf, subnetOf, toBigInt } from '../ip';
import type { Rule } from '../rule';

export const ipAddressNetworkOrBroadcast: Rule = {
  id: 'ip-address-network-or-broadcast',
  severity: 'warning',
  layer: 'lint',
  spec: ['§6.20'],
  description: "An IPv4 <ip> address that is its subnet's network or broadcast address: libvirt accepts it, guests can't use it.",
  elements: ['ip'],
  check({ facts, report }) {
    for (const ip of facts.ips) {
      const def = ip.libvirtDef;
      const address = attr(ip.element, 'address');
      // /31 and /32 have no network or broadcast address (RFC 3021).
      if (!def || !address || def.family !== 'ipv4' || def.prefix < 1 || def.prefix > 30) continue;
      const value = toBigInt(def.address.addr);
      const network = networkOf(def.address.addr, def.prefix);
      const broadcast = broadcastOf(def.address.addr, def.prefix);
      if (value !== network && value !== broadcast) continue;
      const which = value === network ? 'network' : 'broadcast';
      const suggestion = formatAddress(fromBigInt(value === network ? network + 1n : broadcast - 1n, 'ipv4'));
      report(
        address,
        `<ip address='${address.value}'> in network '${facts.name}' is the ${which} address of ${formatSubnet(subnetOf(def.address.addr, def.prefix))}`,
        `the host needs a usable address in the subnet, e.g. ${suggestion}`,
        [{ title: `Use ${suggestion}`, edits: [{ range: address.valueRange, newText: suggestion }] }],
      );
    }
  },
};
