import { attr, children } from '../xml';
import type { Rule } from '../rule';
import { firstDns, fix } from './devices-support';
import { addAttribute } from './fix-edits';

export const dnsSrvServiceMissing: Rule = {
  id: 'dns-srv-service-missing',
  severity: 'error',
  layer: 'parse',
  spec: ['DNS-8'],
  description: 'A DNS <srv> record needs a service attribute.',
  elements: ['srv'],
  check({ root, facts, report }) {
    const dns = firstDns(root);
    if (!dns) return;
    for (const srv of children(dns, 'srv')) {
      if (attr(srv, 'service')) continue;
      report(srv, `missing required service attribute in DNS SRV record of network '${facts.name}'`, "add service='NAME' (e.g. 'ldap'); the record becomes _NAME._PROTOCOL.DOMAIN", [
        fix('Add a service attribute', addAttribute(srv, 'service', 'name')),
      ]);
    }
  },
};
