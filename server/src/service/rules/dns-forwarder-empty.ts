import { attr, children } from '../xml';
import type { Rule } from '../rule';
import { fix, firstDns } from './devices-support';
import { removeElement } from './fix-edits';

export const dnsForwarderEmpty: Rule = {
  id: 'dns-forwarder-empty',
  severity: 'error',
  layer: 'parse',
  spec: ['DNS-3'],
  description: 'A DNS <forwarder> needs addr, domain or both.',
  elements: ['forwarder'],
  check({ root, xml, report }) {
    const dns = firstDns(root);
    if (!dns) return;
    for (const forwarder of children(dns, 'forwarder')) {
      if (attr(forwarder, 'addr') || attr(forwarder, 'domain')) continue;
      report(
        forwarder,
        'Invalid forwarder element, must contain at least one of addr or domain',
        "add addr='IP' (where to forward) and/or domain='NAME' (which queries to forward)",
        [fix('Remove the empty <forwarder>', removeElement(xml.text, forwarder))],
      );
    }
  },
};
