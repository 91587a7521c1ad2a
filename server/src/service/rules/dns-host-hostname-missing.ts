import { children } from '../xml';
import type { Rule } from '../rule';
import { contentOf, firstDns } from './devices-support';

export const dnsHostHostnameMissing: Rule = {
  id: 'dns-host-hostname-missing',
  severity: 'error',
  layer: 'parse',
  spec: ['DNS-4', 'DNS-5'],
  description: 'A DNS <host> needs at least one <hostname>, and no <hostname> may be empty.',
  elements: ['host'],
  check({ root, facts, report }) {
    const dns = firstDns(root);
    if (!dns) return;
    const message = `Missing hostname in network '${facts.name}' DNS HOST record`;
    for (const host of children(dns, 'host')) {
      const hostnames = children(host, 'hostname');
      if (hostnames.length === 0) {
        report(host, message, 'add <hostname>NAME</hostname> inside <host>');
        continue;
      }
      for (const hostname of hostnames) {
        if (contentOf(hostname) === '') report(hostname, message, 'write the host name between <hostname> and </hostname>, or remove the empty element');
      }
    }
  },
};
