import { attr, child } from '../xml';
import type { Rule } from '../rule';
import { parseAddress } from '../ip';

export const forwardNatAddressNotIpv4: Rule = {
  id: 'forward-nat-address-not-ipv4',
  severity: 'error',
  layer: 'parse',
  spec: ['FW-8'],
  description: '<nat><address> start and end must be IPv4 addresses.',
  elements: ['nat'],
  check({ facts, report }) {
    const nat = facts.forward && child(facts.forward, 'nat');
    const address = nat && child(nat, 'address');
    if (!address) return;
    for (const which of ['start', 'end'] as const) {
      const a = attr(address, which);
      if (!a || parseAddress(a.value)?.family === 'ipv4') continue;
      report(a, `Bad ipv4 ${which} address '${a.value}' in <nat> in <forward> in network '${facts.name}'`, 'NAT source addresses are IPv4 only, e.g. 203.0.113.10');
    }
  },
};
