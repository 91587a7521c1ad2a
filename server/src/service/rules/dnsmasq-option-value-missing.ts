import { attr, type XmlElement } from '../xml';
import type { Rule } from '../rule';
import { addAttribute } from './fix-edits';

export const DNSMASQ_NAMESPACE = 'http://libvirt.org/schemas/network/dnsmasq/1.0';

/** Namespace URI of an element's qualified name, from the xmlns declarations in scope. */
function namespaceOf(element: XmlElement): string | undefined {
  const colon = element.name.indexOf(':');
  const declaration = colon < 0 ? 'xmlns' : `xmlns:${element.name.slice(0, colon)}`;
  for (let e: XmlElement | undefined = element; e; e = e.parent) {
    const a = attr(e, declaration);
    if (a) return a.value === '' ? undefined : a.value;
  }
  return undefined;
}

function localName(element: XmlElement): string {
  return element.name.slice(element.name.indexOf(':') + 1);
}

function isDnsmasq(element: XmlElement, name: string): boolean {
  return localName(element) === name && namespaceOf(element) === DNSMASQ_NAMESPACE;
}

export const dnsmasqOptionValueMissing: Rule = {
  id: 'dnsmasq-option-value-missing',
  severity: 'error',
  layer: 'parse',
  spec: ['ID-10'],
  description: 'Each <dnsmasq:option> needs a value attribute (the network driver rejects it at define).',
  check({ root, xml, report }) {
    // networkDnsmasqDefNamespaceParseOptions reads ./dnsmasq:options/dnsmasq:option, matched by namespace URI.
    for (const options of root.children.filter((c) => isDnsmasq(c, 'options'))) {
      for (const option of options.children.filter((c) => isDnsmasq(c, 'option'))) {
        if (attr(option, 'value')) continue;
        report(option, 'internal error: No dnsmasq options value specified', "add value='…' with one dnsmasq.conf line, e.g. value='log-queries'", [
          { title: "Add value=''", edits: [addAttribute(option, 'value', '', xml.text)] },
        ]);
      }
    }
  },
};
