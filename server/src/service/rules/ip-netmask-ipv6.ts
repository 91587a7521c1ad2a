import { attr, type XmlAttribute } from '../xml';
import { parseAddress } from '../ip';
import type { Rule } from '../rule';

function removal(text: string, a: XmlAttribute): { start: number; end: number } {
  let start = a.range.start;
  while (start > 0 && /\s/.test(text[start - 1])) start--;
  return { start, end: a.range.end };
}

export const ipNetmaskIpv6: Rule = {
  id: 'ip-netmask-ipv6',
  severity: 'error',
  layer: 'parse',
  spec: ['IP-10'],
  description: "An IPv6 <ip> takes a prefix, never a netmask.",
  elements: ['ip'],
  check({ facts, xml, report }) {
    for (const ip of facts.ips) {
      if (attr(ip.element, 'family')?.value !== 'ipv6') continue;
      const address = attr(ip.element, 'address');
      const netmask = attr(ip.element, 'netmask');
      // An empty netmask counts as absent; an unparseable one is ip-netmask-invalid's.
      if (!address || !netmask || parseAddress(address.value)?.family !== 'ipv6' || !parseAddress(netmask.value)) continue;
      const hasPrefix = attr(ip.element, 'prefix') !== undefined;
      report(
        netmask,
        `netmask not allowed for IPv6 address '${address.value}' in network '${facts.name}'`,
        hasPrefix ? 'remove the netmask' : "replace the netmask with a prefix, e.g. prefix='64'",
        [{ title: hasPrefix ? 'Remove the netmask' : "Replace the netmask with prefix='64'", edits: [hasPrefix ? { range: removal(xml.text, netmask), newText: '' } : { range: netmask.range, newText: `prefix=${xml.text[netmask.valueRange.start - 1]}64${xml.text[netmask.valueRange.start - 1]}` }] }],
      );
    }
  },
};
