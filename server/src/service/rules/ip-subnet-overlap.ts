import { attr } from '../xml';
import { formatSubnet, subnetOf, subnetsOverlap, type Subnet } from '../ip';
import type { Rule } from '../rule';

export const ipSubnetOverlap: Rule = {
  id: 'ip-subnet-overlap',
  severity: 'warning',
  layer: 'lint',
  spec: ['§6.20'],
  description: 'Two <ip> elements of one network in the same (or overlapping) subnet.',
  elements: ['ip'],
  check({ facts, report }) {
    const seen: { subnet: Subnet; address: string }[] = [];
    for (const ip of facts.ips) {
      const def = ip.libvirtDef;
      const address = attr(ip.element, 'address');
      if (!def || !address || def.prefix < 0) continue;
      const subnet = subnetOf(def.address.addr, def.prefix);
      const earlier = seen.find((s) => subnetsOverlap(s.subnet, subnet));
      seen.push({ subnet, address: address.value });
      if (!earlier) continue;
      const same = earlier.subnet.prefix === subnet.prefix;
      report(
        address,
        `<ip address='${address.value}'> (${formatSubnet(subnet)}) in network '${facts.name}' is ${same ? 'in the same subnet as' : 'in a subnet overlapping'} <ip address='${earlier.address}'> (${formatSubnet(earlier.subnet)})`,
        'give each <ip> of a network its own subnet, or drop the extra one',
      );
    }
  },
};
