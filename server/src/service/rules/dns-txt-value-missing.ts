import { attr, attrValue, children } from '../xml';
import type { Rule } from '../rule';
import { firstDns } from './devices-support';

export const dnsTxtValueMissing: Rule = {
  id: 'dns-txt-value-missing',
  severity: 'error',
  layer: 'parse',
  spec: ['DNS-19'],
  description: 'A DNS <txt> record needs a value attribute.',
  elements: ['txt'],
  check({ root, facts, report }) {
    const dns = firstDns(root);
    if (!dns) return;
    for (const txt of children(dns, 'txt')) {
      // Without a name libvirt stops at dns-txt-name-missing first.
      const name = attrValue(txt, 'name');
      if (attr(txt, 'value') || name === undefined) continue;
      report(txt, `missing required value attribute in DNS TXT record named '${name}' of network ${facts.name}`, "add value='TEXT': the text the record returns");
    }
  },
};
