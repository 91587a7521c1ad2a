import { formatSubnet, inSubnet, subnetOf } from '../ip';
import { dhcpHosts } from '../facts';
import type { Rule } from '../rule';

export const dhcpHostIpOutsideSubnet: Rule = {
  id: 'dhcp-host-ip-outside-subnet',
  severity: 'warning',
  layer: 'lint',
  spec: ['§6.17', 'DH-10'],
  description: 'A DHCP host ip outside its <ip> subnet, or of the other family: net-define accepts it, the guest never gets it.',
  elements: ['host'],
  check({ facts, report }) {
    for (const ip of facts.ips) {
      const def = ip.libvirtDef;
      if (!def || def.prefix < 0) continue;
      const subnet = formatSubnet(subnetOf(def.address.addr, def.prefix));
      const hosts = dhcpHosts(ip);
      for (let i = 0; i < hosts.length; i++) {
        const { ip: address, ipAddress: parsed } = hosts[i];
        if (!address || !parsed) continue;
        if (parsed.family !== def.family) {
          report(
            address,
            "the address family of a host entry IP must match the address family of the dhcp element's parent",
            `${parsed.text} is ${parsed.family === 'ipv4' ? 'IPv4' : 'IPv6'} but this <dhcp> belongs to ${subnet}: move the host to the <ip> of its family (net-update refuses this, net-define does not)`,
          );
        } else if (!inSubnet(parsed.addr, def.address.addr, def.prefix)) {
          report(address, `DHCP host ip ${parsed.text} in network '${facts.name}' is outside the subnet ${subnet}`, 'the guest will never be given this address: use one inside the subnet');
        }
      }
    }
  },
};
