import { attr, type XmlAttribute } from '../xml';
import { parseAddress, parseLibvirtUInt } from '../ip';
import type { QuickFix, Rule } from '../rule';

function removal(text: string, a: XmlAttribute): { start: number; end: number } {
  let start = a.range.start;
  while (start > 0 && /\s/.test(text[start - 1])) start--;
  return { start, end: a.range.end };
}

export const ipPrefixAndNetmask: Rule = {
  id: 'ip-prefix-and-netmask',
  severity: 'error',
  layer: 'parse',
  spec: ['IP-7'],
  description: 'An IPv4 <ip> takes a prefix or a netmask, not both.',
  elements: ['ip'],
  check({ facts, xml, report }) {
    for (const ip of facts.ips) {
      const family = attr(ip.element, 'family')?.value;
      if (family !== undefined && family !== '' && family !== 'ipv4') continue;
      const address = attr(ip.element, 'address');
      const netmask = attr(ip.element, 'netmask');
      const prefix = attr(ip.element, 'prefix');
      if (!address || !netmask || netmask.value === '' || !prefix) continue;
      if (parseAddress(address.value)?.family !== 'ipv4' || parseAddress(netmask.value)?.family !== 'ipv4') continue;
      // prefix='0' means "unset" and is accepted next to a netmask.
      const value = parseLibvirtUInt(prefix.value);
      if (value === undefined || value === 0) continue;
      const fixes: QuickFix[] = [
        { title: `Remove prefix='${prefix.value}' (keep the netmask)`, edits: [{ range: removal(xml.text, prefix), newText: '' }] },
        { title: `Remove netmask='${netmask.value}' (keep the prefix)`, edits: [{ range: removal(xml.text, netmask), newText: '' }] },
      ];
      report(prefix, `Network '${facts.name}' IP address cannot have both a prefix and a netmask`, 'keep one of them', fixes);
    }
  },
};
