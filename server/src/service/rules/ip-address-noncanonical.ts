import { attr, child, type XmlAttribute } from '../xml';
import { dhcpHosts, type IpFacts } from '../facts';
import { parseAddress, type ParsedAddress } from '../ip';
import type { QuickFix, Rule, RuleContext } from '../rule';

/** The address attributes of an <ip> that libvirt reads with getaddrinfo, in document order: its own, and those of its first <dhcp>. */
function forEachAddressAttribute(ip: IpFacts, visit: (a: XmlAttribute, parsed: ParsedAddress | undefined) => void): void {
  const visitAttribute = (a: XmlAttribute | undefined) => {
    if (a) visit(a, parseAddress(a.value));
  };
  visitAttribute(attr(ip.element, 'address'));
  visitAttribute(attr(ip.element, 'netmask'));
  for (const range of ip.ranges) {
    visitAttribute(attr(range, 'start'));
    visitAttribute(attr(range, 'end'));
  }
  // Hosts come parsed already (facts).
  const hosts = dhcpHosts(ip);
  for (let i = 0; i < hosts.length; i++) if (hosts[i].ip) visit(hosts[i].ip as XmlAttribute, hosts[i].ipAddress);
  const bootp = ip.dhcp && child(ip.dhcp, 'bootp');
  visitAttribute(bootp && attr(bootp, 'server'));
}

export const ipAddressNoncanonical: Rule = {
  id: 'ip-address-noncanonical',
  severity: 'warning',
  layer: 'lint',
  spec: ['§6.24', 'IP-2', 'DH-6'],
  description: "Addresses like '10.1' or '0xC0A80101' that libvirt (getaddrinfo) reads as something else and the schema rejects.",
  elements: ['ip'],
  check({ facts, report }) {
    for (const ip of facts.ips) forEachAddressAttribute(ip, (a, parsed) => reportNoncanonical(report, a, parsed));
  },
};

function reportNoncanonical(report: RuleContext['report'], a: XmlAttribute, parsed: ParsedAddress | undefined): void {
  if (!parsed || parsed.canonical) return;
  const scope = /%(.*)$/.exec(a.value)?.[1];
  if (parsed.family === 'ipv6' && scope !== undefined) {
    report(a, `'${a.value}' is read by libvirt as ${parsed.text} with scope id '${scope}'`, 'a scope id makes no sense here and the schema rejects it: drop it');
    return;
  }
  const fixes: QuickFix[] = [{ title: `Write ${parsed.text}`, edits: [{ range: a.valueRange, newText: parsed.text }] }];
  report(a, `'${a.value}' is read by libvirt as ${parsed.text}`, `write ${parsed.text}: the short, octal and hex spellings are easy to misread and the schema rejects them`, fixes);
}
