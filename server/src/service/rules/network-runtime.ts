import { attr, attrValue, child, type XmlAttribute, type XmlElement } from '../xml';
import type { NetworkFacts } from '../facts';
import { memoizedOn } from '../memo';
import type { HostFacts } from '../host-facts';
import type { LibvirtIpDef } from '../ip';
import type { QuickFix, TextEdit } from '../rule';

/**
 * What the network driver does with a parsed definition after define: networkValidate, the
 * bridge it creates at start, whether dnsmasq runs. Shared by the driver-validation, start,
 * lint and host rules.
 */

/** Modes whose bridge, addresses, firewall and dnsmasq libvirt manages (networkStartNetworkVirtual). */
export const BRIDGE_CREATING_MODES: readonly string[] = ['none', 'nat', 'route', 'open'];
/** Modes networkValidate treats as "no host-side IP config" (V-3..V-6). */
export const HOST_DEVICE_MODES: readonly string[] = ['bridge', 'private', 'vepa', 'passthrough', 'hostdev'];

/** The forward mode libvirt uses: 'none' without `<forward>`, 'nat' for an absent or empty `mode`. */
export function forwardModeOf(facts: NetworkFacts): string {
  if (!facts.forward) return 'none';
  const mode = attrValue(facts.forward, 'mode');
  return mode === undefined || mode === '' ? 'nat' : mode;
}

export function createsBridge(facts: NetworkFacts): boolean {
  return BRIDGE_CREATING_MODES.includes(forwardModeOf(facts));
}

/** An attribute as libvirt's virXPathString sees it: undefined when absent or empty. */
export function nonEmptyAttr(element: XmlElement | undefined, name: string): XmlAttribute | undefined {
  const a = element && attr(element, name);
  return a && a.value !== '' ? a : undefined;
}

export interface RuntimeIp {
  element: XmlElement;
  def: LibvirtIpDef;
  ranges: XmlElement[];
  /** At least one DHCP `<host>` (the list is facts' business: it can be thousands long). */
  hasHosts: boolean;
  /** `<tftp root>` given (IPv4 only). */
  tftp: boolean;
}

/**
 * The `<ip>` elements libvirt's parser accepts, in document order (others are parse errors), from
 * the facts (which read each `<ip>` once). Computed once per document: a dozen rules ask.
 */
export const runtimeIps: (facts: NetworkFacts) => readonly RuntimeIp[] = memoizedOn(readRuntimeIps);

function readRuntimeIps(facts: NetworkFacts): readonly RuntimeIp[] {
  const out: RuntimeIp[] = [];
  for (const ip of facts.ips) {
    const def = ip.libvirtDef;
    if (!def) continue;
    const tftp = child(ip.element, 'tftp');
    out.push({
      element: ip.element,
      def,
      ranges: ip.ranges,
      hasHosts: ip.hosts.length > 0,
      tftp: def.family === 'ipv4' && tftp !== undefined && attr(tftp, 'root') !== undefined,
    });
  }
  return out;
}

export function hasDhcp(ip: RuntimeIp): boolean {
  return ip.ranges.length > 0 || ip.hasHosts;
}

/** `<dns enable='no'>` turns dnsmasq's DNS side off (wantDNS in networkDnsmasqConfContents). */
export function dnsEnabled(root: XmlElement): boolean {
  const dns = child(root, 'dns');
  return !dns || attrValue(dns, 'enable') !== 'no';
}

/**
 * networkStartDhcpDaemon: dnsmasq runs for a bridge-creating network with at least one `<ip>`,
 * unless no `<ip>` has DHCP ranges/hosts or a tftp root and DNS is disabled.
 */
export function dnsmasqRuns(root: XmlElement, facts: NetworkFacts): boolean {
  if (!createsBridge(facts)) return false;
  const ips = runtimeIps(facts);
  if (ips.length === 0) return false;
  return dnsEnabled(root) || ips.some((ip) => hasDhcp(ip) || ip.tftp);
}

/** The first IPv4 / IPv6 `<ip>` with DHCP: the only ones dnsmasq serves (V-13/V-14 reject more). */
export function dhcpIp(facts: NetworkFacts, family: 'ipv4' | 'ipv6'): RuntimeIp | undefined {
  return runtimeIps(facts).find((ip) => ip.def.family === family && hasDhcp(ip));
}

/** `bridge/@name` as given (non-empty), or undefined. */
export function bridgeNameAttr(facts: NetworkFacts): XmlAttribute | undefined {
  return nonEmptyAttr(facts.bridge, 'name');
}

/** networkFindUnusedBridgeName uses a name as template only with exactly one '%', followed by 'd'. */
export function isBridgeTemplate(name: string): boolean {
  const percent = name.indexOf('%');
  return percent >= 0 && percent === name.lastIndexOf('%') && name[percent + 1] === 'd';
}

/**
 * The bridge name literally used at start: a given name without '%d' (networkBridgeNameValidate
 * keeps it); undefined when libvirt generates one (no name, or any name containing '%d').
 */
export function literalBridgeName(facts: NetworkFacts): XmlAttribute | undefined {
  const name = bridgeNameAttr(facts);
  return name && !name.value.includes('%d') ? name : undefined;
}

/** The template networkFindUnusedBridgeName expands: the given one when valid, else virbr%d. */
export function bridgeTemplate(facts: NetworkFacts): string {
  const name = bridgeNameAttr(facts)?.value;
  return name !== undefined && isBridgeTemplate(name) ? name : 'virbr%d';
}

/** Bridge names of other libvirt networks (virNetworkObjBridgeInUse skips the network's own name). */
export function otherNetworkBridges(facts: NetworkFacts, host: HostFacts): Set<string> {
  return new Set((host.networks ?? []).filter((n) => n.name !== facts.name && n.bridge).map((n) => n.bridge as string));
}

/**
 * The bridge name to quote in start-time messages: the literal name, or the one libvirt would
 * generate (first free id 0..256, as networkFindUnusedBridgeName) when the host is known, or the
 * template with N for the id.
 */
export function bridgeNameForMessages(facts: NetworkFacts, host: HostFacts): string {
  const literal = literalBridgeName(facts);
  if (literal) return literal.value;
  const template = bridgeTemplate(facts);
  if (host.networks || host.interfaces) {
    const used = otherNetworkBridges(facts, host);
    const existing = new Set(host.interfaces ?? []);
    for (let id = 0; id <= 256; id++) {
      const candidate = template.replace('%d', String(id));
      if (!used.has(candidate) && !existing.has(candidate)) return candidate;
    }
  }
  return template.replace('%d', 'N');
}


/** Replaces an attribute's value (between the quotes), escaping what XML needs. */
export function replaceAttrValue(attribute: XmlAttribute, value: string): TextEdit {
  return { range: attribute.valueRange, newText: value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;') };
}

/** A quick fix removing an element; the whole line when it stands alone on it. */
export function removeElementFix(text: string, element: XmlElement): QuickFix {
  let start = element.range.start;
  let end = element.range.end;
  let lineStart = start;
  while (lineStart > 0 && (text[lineStart - 1] === ' ' || text[lineStart - 1] === '\t')) lineStart--;
  let lineEnd = end;
  while (lineEnd < text.length && (text[lineEnd] === ' ' || text[lineEnd] === '\t')) lineEnd++;
  const startsLine = lineStart === 0 || text[lineStart - 1] === '\n';
  const endsLine = lineEnd === text.length || text[lineEnd] === '\n' || text[lineEnd] === '\r';
  if (startsLine && endsLine) {
    start = lineStart;
    end = lineEnd;
    if (text[end] === '\r') end++;
    if (text[end] === '\n') end++;
  }
  return { title: `Remove <${element.name}>`, edits: [{ range: { start, end }, newText: '' }] };
}

/** Leading whitespace of the line an offset is on. */
export function indentationAt(text: string, offset: number): string {
  let lineStart = offset;
  while (lineStart > 0 && text[lineStart - 1] !== '\n') lineStart--;
  return /^[ \t]*/.exec(text.slice(lineStart, offset))?.[0] ?? '';
}

/** For hints next to bridgeNameForMessages: explains a 'virbrN'-style placeholder. */
export function generatedBridgeNote(facts: NetworkFacts, host: HostFacts): string {
  return literalBridgeName(facts) || host.networks || host.interfaces ? '' : ` (${bridgeTemplate(facts).replace('%d', 'N')}: the bridge name libvirt assigns at define)`;
}
