import { attr, attrValue, child, children, type XmlAttribute, type XmlElement } from '../xml';
import type { Rule } from '../rule';
import type { NetworkFacts } from '../facts';
import { dhcpIp, dnsEnabled, dnsmasqRuns } from './network-runtime';
import { parseAddress } from '../ip';
import { checkDnsmasqLine } from './dnsmasq-option-rejected';
import { chunks, confLineError, dnsmasqAcceptsName, domainError, serverDomainsError, srvHostError, txtRecordError, type ConfError } from './dnsmasq-conf';
import { utf8Length } from '../utf8';

interface ConfLine {
  /** The line exactly as networkDnsmasqConfContents writes it. */
  line: string;
  parse: (arg: string) => ConfError | undefined;
  /** Where to point: the attribute whose text broke the line. */
  blame: (error: ConfError) => XmlAttribute | XmlElement;
}

const HINTS: Record<ConfError, string> = {
  'missing "': 'dnsmasq reads "..." in its config as a quoted string and the quote is never closed: drop or double the quote character',
  'bad SRV record': "the record name _service._protocol.domain must be a DNS name: every label at most 63 characters, ASCII only (libvirt runs dnsmasq in the C locale), so the service may have at most 62 characters",
  'bad SRV target': 'the target must be a DNS host name: labels of at most 63 characters, ASCII only, no commas',
  'invalid port number': "libvirt writes the SRV record as one comma-separated line, so a comma in the domain or target shifts the fields and dnsmasq reads text where it expects the port",
  'invalid priority': 'libvirt writes the SRV record as one comma-separated line, so a comma in the domain or target shifts the fields',
  'invalid weight': 'libvirt writes the SRV record as one comma-separated line, so a comma in the domain or target shifts the fields',
  'bad TXT record': 'the TXT record name must be a DNS name: labels of at most 63 characters, ASCII only (libvirt runs dnsmasq in the C locale)',
  error: 'the domain must be a DNS name: labels of at most 63 characters, ASCII only (libvirt runs dnsmasq in the C locale)',
  'Name or service not known': "dnsmasq reads ' #' as the start of a comment, which cuts the /domain/ short: drop the '#' or the white space before it",
};

/**
 * S-18: the DNS names and texts of `<domain>`, `<dns>` forwarders, TXT and SRV records, and
 * the `<bootp>` file, are written verbatim into the dnsmasq config (networkDnsmasqConfContents). libvirt's parser
 * checks little of them; dnsmasq refuses the config, so net-start fails, when a label exceeds 63
 * characters, a name is not ASCII (dnsmasq runs with LC_ALL=C), a quote is left open, a comma
 * shifts the SRV fields, or a line outgrows dnsmasq's 1024-byte line buffer.
 */
export const dnsmasqRecordRejected: Rule = {
  id: 'dnsmasq-record-rejected',
  severity: 'error',
  layer: 'start',
  spec: ['S-18', '§6.7'],
  description: 'DNS names and TXT/SRV records that dnsmasq refuses when libvirt writes them into its config (net-start fails).',
  elements: ['domain', 'forwarder', 'txt', 'srv', 'bootp'],
  check({ root, facts, report }) {
    if (!dnsmasqRuns(root, facts)) return;
    const conf = `/var/lib/libvirt/dnsmasq/${facts.name}.conf`;
    const blamed = new Set<XmlAttribute | XmlElement>();
    for (const entry of confLines(root, facts)) {
      const [first, ...rest] = chunks(entry.line);
      const error = confLineError(first, entry.parse);
      if (error) {
        const target = entry.blame(error);
        if (!blamed.has(target)) report(target, `dnsmasq: ${error} at line "${first}" of ${conf}`, HINTS[error]);
        blamed.add(target);
        continue;
      }
      for (const remainder of rest) {
        const verdict = checkDnsmasqLine(remainder);
        if (!verdict) continue;
        const target = entry.blame('error');
        report(target, `dnsmasq: ${verdict.error} at line "${remainder.trim().slice(0, 40)}" of ${conf}`, `the line libvirt writes for this is ${utf8Length(entry.line)} bytes long, and dnsmasq reads at most 1024 bytes as one line: the rest is read as a line of its own`);
        break;
      }
    }
  },
};

/** The lines with user text, in the order libvirt writes them. */
function confLines(root: XmlElement, facts: NetworkFacts): ConfLine[] {
  const lines: ConfLine[] = [];
  const wantDns = dnsEnabled(root);
  const dns = child(root, 'dns');
  if (wantDns && dns) {
    for (const forwarder of children(dns, 'forwarder')) {
      const domain = attr(forwarder, 'domain');
      if (!domain) continue;
      lines.push({ line: `server=/${domain.value}/${attrValue(forwarder, 'addr') ?? '#'}`, parse: serverDomainsError, blame: () => domain });
    }
  }
  const domain = child(root, 'domain');
  const domainName = domain ? attr(domain, 'name') : undefined;
  if (domain && domainName && domainName.value !== '') {
    if (attrValue(domain, 'localOnly') === 'yes') lines.push({ line: `local=/${domainName.value}/`, parse: serverDomainsError, blame: () => domainName });
    lines.push({ line: `domain=${domainName.value}`, parse: domainError, blame: () => domainName });
  }
  if (wantDns && dns) {
    for (const txt of children(dns, 'txt')) {
      const name = attr(txt, 'name');
      const value = attr(txt, 'value');
      if (!name || !value) continue;
      lines.push({ line: `txt-record=${name.value},${value.value}`, parse: txtRecordError, blame: (e) => (e === 'bad TXT record' || !value.value.includes('"') ? name : value) });
    }
    for (const srv of children(dns, 'srv')) {
      const service = attr(srv, 'service');
      const protocol = attr(srv, 'protocol');
      if (!service || !protocol) continue;
      const srvDomain = attr(srv, 'domain');
      const target = attr(srv, 'target');
      let line = `srv-host=_${service.value}._${protocol.value}`;
      if (srvDomain) line += `.${srvDomain.value}`;
      if (target && target.value !== '.') {
        const port = Number(attrValue(srv, 'port') ?? 0) || 0;
        const priority = Number(attrValue(srv, 'priority') ?? 0) || 0;
        const weight = Number(attrValue(srv, 'weight') ?? 0) || 0;
        line += `,${target.value}`;
        if (port || priority || weight) line += `,${port || 1}`;
        if (priority || weight) line += `,${priority}`;
        if (weight) line += `,${weight}`;
      }
      lines.push({
        line,
        parse: srvHostError,
        blame: (e) => {
          if (e === 'bad SRV record') {
            if (!dnsmasqAcceptsName(`_${service.value}`)) return service;
            if (!dnsmasqAcceptsName(`_${protocol.value}`)) return protocol;
            return srvDomain ?? service;
          }
          if (e === 'bad SRV target') return target ?? srv;
          if (e === 'missing "') return [srvDomain, target].find((a) => a?.value.includes('"')) ?? srv;
          return [srvDomain, target].find((a) => a?.value.includes(',')) ?? srv;
        },
      });
    }
  }
  // networkDnsmasqConfDHCP: the first IPv4 <ip> with DHCP gets its <bootp> as dhcp-boot.
  const ipv4 = dhcpIp(facts, 'ipv4');
  const dhcp = ipv4 && child(ipv4.element, 'dhcp');
  const bootp = dhcp && child(dhcp, 'bootp');
  const file = bootp && attr(bootp, 'file');
  if (bootp && file && file.value !== '') {
    const server = parseAddress(attrValue(bootp, 'server') ?? '');
    lines.push({ line: `dhcp-boot=${file.value}${server ? `,,${server.text}` : ''}`, parse: () => undefined, blame: () => file });
  }
  return lines;
}
