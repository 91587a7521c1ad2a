import { attr, children } from '../xml';
import type { Rule } from '../rule';
import { firstDns, fix } from './devices-support';
import { replaceValue } from './fix-edits';

export const dnsTxtNameInvalidChar: Rule = {
  id: 'dns-txt-name-invalid-char',
  severity: 'error',
  layer: 'parse',
  spec: ['DNS-18'],
  description: 'A DNS TXT record name may not contain a space or a comma.',
  elements: ['txt'],
  check({ root, facts, report }) {
    const dns = firstDns(root);
    if (!dns) return;
    for (const txt of children(dns, 'txt')) {
      const name = attr(txt, 'name');
      if (!name || !/[ ,]/.test(name.value)) continue;
      const cleaned = name.value.trim().replace(/[ ,]+/g, '-');
      report(name, `prohibited character in DNS TXT record name '${name.value}' of network ${facts.name}`, 'a TXT record name is a DNS name: no spaces or commas (they would break the dnsmasq txt-record line)', [
        fix(`Change to '${cleaned}'`, replaceValue(name, cleaned)),
      ]);
    }
  },
};
