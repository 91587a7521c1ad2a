import { attr } from '../xml';
import type { Rule } from '../rule';

export const ipAddressMissing: Rule = {
  id: 'ip-address-missing',
  severity: 'error',
  layer: 'parse',
  spec: ['IP-1'],
  description: 'An <ip> needs an address (the schema makes it optional, the parser does not).',
  elements: ['ip'],
  check({ facts, report }) {
    for (const ip of facts.ips) {
      const address = attr(ip.element, 'address');
      // libvirt reads it with virXPathString: an empty value counts as missing.
      if (address && address.value !== '') continue;
      report(address ?? ip.element, `Missing required address attribute in network '${facts.name}'`, "give the host's address on this network, e.g. address='192.168.100.1'");
    }
  },
};
