import { attr, children } from '../xml';
import type { Rule } from '../rule';
import { firstDns } from './devices-support';

export const dnsTxtNameMissing: Rule = {
  id: 'dns-txt-name-missing',
  severity: 'error',
  layer: 'parse',
  spec: ['DNS-17'],
  description: 'A DNS <txt> record needs a name attribute.',
  elements: ['txt'],
  check({ root, facts, report }) {
    const dns = firstDns(root);
    if (!dns) return;
    for (const txt of children(dns, 'txt')) {
      if (attr(txt, 'name')) continue;
      report(txt, `missing required name attribute in DNS TXT record of network ${facts.name}`, "add name='NAME': the DNS name the TXT record is served for");
    }
  },
};
