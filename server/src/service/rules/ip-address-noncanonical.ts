import { attr, child, type XmlAttribute, type XmlElement } from '../xml';
import { parseAddress } from '../ip';
import type { QuickFix, Rule } from '../rule';

/** The address attributes of an <ip> that libvirt reads with getaddrinfo: its own, and those of its first <dhcp>. */
function addressAttributes(ip: XmlElement, ranges: XmlElement[], hosts: XmlElement[], dhcp: XmlElement | undefined): XmlAttribute[] {
  const bootp = dhcp && child(dhcp, 'bootp');
  return [
    attr(ip, 'address'),
    attr(ip, 'netmask'),
    ...ranges.flatMap((r) => [attr(r, 'start'), attr(r, 'end')]),
    ...hosts.map((h) => attr(h, 'ip')),
    bootp && attr(bootp, 'server'),
  ].filter((a): a is XmlAttribute => a !== undefined);
}

export const ipAddressNoncanonical: Rule = {
  id: 'ip-address-noncanonical',
  severity: 'warning',
  layer: 'lint',
  spec: ['§6.24', 'IP-2', 'DH-6'],
  description: "Addresses like '10.1' or '0xC0A80101' that libvirt (getaddrinfo) reads as something else and the schema rejects.",
  check({ facts, report }) {
    for (const ip of facts.ips) {
      for (const a of addressAttributes(ip.element, ip.ranges, ip.hosts, ip.dhcp)) {
        const parsed = parseAddress(a.value);
        if (!parsed || parsed.canonical) continue;
        const scope = /%(.*)$/.exec(a.value)?.[1];
        if (parsed.family === 'ipv6' && scope !== undefined) {
          report(a, `'${a.value}' is read by libvirt as ${parsed.text} with scope id '${scope}'`, 'a scope id makes no sense here and the schema rejects it: drop it');
          continue;
        }
        const fixes: QuickFix[] = [{ title: `Write ${parsed.text}`, edits: [{ range: a.valueRange, newText: parsed.text }] }];
        report(a, `'${a.value}' is read by libvirt as ${parsed.text}`, `write ${parsed.text}: the short, octal and hex spellings are easy to misread and the schema rejects them`, fixes);
      }
    }
  },
};
