import { attr, attrValue, children } from '../xml';
import type { Rule } from '../rule';
import { firstDns, fix } from './devices-support';
import { addAttribute } from './fix-edits';

export const dnsSrvProtocolMissing: Rule = {
  id: 'dns-srv-protocol-missing',
  severity: 'error',
  layer: 'parse',
  spec: ['DNS-11'],
  description: 'A DNS <srv> record needs a protocol attribute.',
  elements: ['srv'],
  check({ root, facts, report }) {
    const dns = firstDns(root);
    if (!dns) return;
    for (const srv of children(dns, 'srv')) {
      // Without a service libvirt stops at dns-srv-service-missing first.
      const service = attrValue(srv, 'service');
      if (attr(srv, 'protocol') || service === undefined) continue;
      report(srv, `missing required protocol attribute in DNS SRV record '${service}' of network '${facts.name}'`, "add protocol='tcp' or protocol='udp'", [
        fix("Add protocol='tcp'", addAttribute(srv, 'protocol', 'tcp')),
        fix("Add protocol='udp'", addAttribute(srv, 'protocol', 'udp')),
      ]);
    }
  },
};
