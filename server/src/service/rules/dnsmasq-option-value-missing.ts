import { attr } from '../xml';
import { dnsmasqOptionElements } from './dnsmasq-namespace';
import type { Rule } from '../rule';
import { addAttribute } from './fix-edits';

export const dnsmasqOptionValueMissing: Rule = {
  id: 'dnsmasq-option-value-missing',
  severity: 'error',
  layer: 'parse',
  spec: ['ID-10'],
  description: 'Each <dnsmasq:option> needs a value attribute (the network driver rejects it at define).',
  check({ root, xml, report }) {
    // networkDnsmasqDefNamespaceParseOptions reads ./dnsmasq:options/dnsmasq:option, matched by namespace URI.
    for (const option of dnsmasqOptionElements(root)) {
      if (attr(option, 'value')) continue;
      report(option, 'internal error: No dnsmasq options value specified', "add value='…' with one dnsmasq.conf line, e.g. value='log-queries'", [
        { title: "Add value=''", edits: [addAttribute(option, 'value', '', xml.text)] },
      ]);
    }
  },
};
