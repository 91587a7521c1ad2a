// The facts the explorer shows, read from `virsh net-dumpxml` output.
import { libvirtIpDef } from '../service/ip';
import { attr, child, children, childText, parseXmlRoot, type XmlNode } from './xml-read';

export type IpFamily = 'ipv4' | 'ipv6';

export interface DhcpRange {
  start: string;
  end: string;
}

export interface IpSummary {
  family: IpFamily;
  address: string;
  prefix: number;
  dhcpRanges: DhcpRange[];
}

export interface NetworkXmlSummary {
  name: string;
  uuid: string;
  bridge?: string;
  /** `<forward mode>`; `nat` when <forward> has no mode; `isolated` when there is no <forward>. */
  forwardMode: string;
  forwardDev?: string;
  ips: IpSummary[];
}

export function parseNetworkXml(xml: string): NetworkXmlSummary {
  const net = parseXmlRoot(xml, 'network');
  const name = childText(net, 'name');
  if (name === undefined) throw new Error('network XML has no <name>');
  const forward = child(net, 'forward');
  const bridge = attr(child(net, 'bridge'), 'name');
  const forwardDev = forward ? attr(forward, 'dev') ?? attr(child(forward, 'interface'), 'dev') ?? attr(child(forward, 'pf'), 'dev') : undefined;
  return {
    name,
    uuid: (childText(net, 'uuid') ?? '').trim(),
    ...(bridge !== undefined ? { bridge } : {}),
    forwardMode: forward ? attr(forward, 'mode') ?? 'nat' : 'isolated',
    ...(forwardDev !== undefined ? { forwardDev } : {}),
    ips: children(net, 'ip').flatMap((ip) => {
      const summary = ipSummary(ip);
      return summary ? [summary] : [];
    }),
  };
}

/** An `<ip>` as libvirt reads it (the language service's libvirtIpDef): family, effective prefix. */
function ipSummary(ip: XmlNode): IpSummary | undefined {
  const def = libvirtIpDef((name) => attr(ip, name));
  // No subnet to show or compare when libvirt itself cannot make one (it would not start such a network).
  if (!def || def.prefix < 0) return undefined;
  return {
    family: def.family,
    address: attr(ip, 'address') ?? def.address.text,
    prefix: def.prefix,
    dhcpRanges: children(child(ip, 'dhcp'), 'range').map((r) => ({ start: attr(r, 'start') ?? '', end: attr(r, 'end') ?? '' })),
  };
}

/**
 * Splits the concatenated output of several `net-dumpxml` commands. A literal `</network>` can
 * only be a closing root tag: libvirt escapes `<` everywhere in text and attributes, and no
 * element nests another <network>.
 */
export function splitNetworkXmlDocuments(stdout: string): string[] {
  const docs: string[] = [];
  const close = '</network>';
  let from = 0;
  for (let at = stdout.indexOf(close); at >= 0; at = stdout.indexOf(close, from)) {
    docs.push(stdout.slice(from, at + close.length).replace(/^\s+/, '') + '\n');
    from = at + close.length;
  }
  if (stdout.slice(from).trim() !== '') throw new Error('net-dumpxml output ends inside a document');
  return docs;
}
