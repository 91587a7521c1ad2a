import { attr, type XmlElement } from '../xml';
import { parseAddress } from '../ip';
import type { QuickFix, Rule } from '../rule';

/** ` family='ipv6'` after the last attribute, in the element's quote style. */
function addFamily(text: string, element: XmlElement, value: string): QuickFix {
  const last = element.attributes[element.attributes.length - 1];
  const at = last ? last.range.end : element.nameRange.end;
  const quote = last ? text[last.valueRange.start - 1] : "'";
  return { title: `Add family=${quote}${value}${quote}`, edits: [{ range: { start: at, end: at }, newText: ` family=${quote}${value}${quote}` }] };
}

export const ipFamilyMismatch: Rule = {
  id: 'ip-family-mismatch',
  severity: 'error',
  layer: 'parse',
  spec: ['IP-5', 'IP-9'],
  description: "The <ip> family (ipv4 when absent) must match its address.",
  elements: ['ip'],
  check({ facts, xml, report }) {
    for (const ip of facts.ips) {
      const address = attr(ip.element, 'address');
      const parsed = address && parseAddress(address.value);
      if (!address || !parsed) continue;
      const family = attr(ip.element, 'family');
      // An empty family counts as absent (virXPathString).
      const declared = family && family.value !== '' ? family.value : undefined;
      if ((declared === undefined || declared === 'ipv4') && parsed.family === 'ipv6') {
        const fix: QuickFix = family ? { title: "Use family='ipv6'", edits: [{ range: family.valueRange, newText: 'ipv6' }] } : addFamily(xml.text, ip.element, 'ipv6');
        report(
          family ?? ip.element,
          `${declared === undefined ? 'no' : 'ipv4'} family specified for non-IPv4 address '${address.value}' in network '${facts.name}'`,
          "an IPv6 address needs family='ipv6' (and a prefix, not a netmask)",
          [fix],
        );
      } else if (family && declared === 'ipv6' && parsed.family === 'ipv4') {
        report(family, `Family 'ipv6' specified for non-IPv6 address '${address.value}' in network '${facts.name}'`, "use family='ipv4' (or no family) for an IPv4 address, or give an IPv6 address", [
          { title: "Use family='ipv4'", edits: [{ range: family.valueRange, newText: 'ipv4' }] },
        ]);
      }
    }
  },
};
