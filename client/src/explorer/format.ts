// What the explorer says about networks: labels, descriptions, tooltips, context values. Pure
// (no runtime import of `vscode`), so tests check the wording directly.
import type { DetailsResult, DhcpLease, GuestInterface, LinkState, NetworkSummary } from '../protocol';

type Ip = NetworkSummary['ips'][number];

/** `active · autostart · virbr0 · nat` (state first; `transient` for networks without a persistent definition). */
export function networkDescription(n: NetworkSummary): string {
  const parts = [n.active ? 'active' : 'inactive'];
  if (n.autostart) parts.push('autostart');
  if (!n.persistent) parts.push('transient');
  if (n.bridge) parts.push(n.bridge);
  parts.push(n.forwardMode);
  return parts.join(' · ');
}

/**
 * The tree item's contextValue: `network` plus state words, matched by the menus' when-clauses
 * (`viewItem =~ /\bstate:active\b/`, `/\bpersistent\b/`, `/\bautostart:on\b/`).
 */
export function networkContextValue(n: NetworkSummary): string {
  return ['network', n.active ? 'state:active' : 'state:inactive', n.persistent ? 'persistent' : 'transient', n.autostart ? 'autostart:on' : 'autostart:off'].join(' ');
}

export function ipLabel(ip: Ip): string {
  return `${ip.family === 'ipv6' ? 'IPv6' : 'IPv4'} ${ip.address}/${ip.prefix}`;
}

export function dhcpRangesText(ip: Ip): string {
  return ip.dhcpRanges.map((r) => `${r.start} – ${r.end}`).join(', ');
}

export function ipDescription(ip: Ip): string {
  return ip.dhcpRanges.length > 0 ? `DHCP ${dhcpRangesText(ip)}` : 'no DHCP';
}

/** Characters that mean something in Markdown, escaped (names and messages come from the host). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~&]/g, (c) => `\\${c}`);
}

/** Markdown source of a network's tooltip: name, state, uuid, forward, bridge, subnets and DHCP ranges. */
export function networkTooltip(n: NetworkSummary, uri: string): string {
  const lines = [
    `**${escapeMarkdown(n.name)}** — ${[n.active ? 'active' : 'inactive', n.autostart ? 'autostart' : 'no autostart', n.persistent ? 'persistent' : 'transient'].join(', ')}`,
    '',
    `Connection: \`${uri.replace(/`/g, "'")}\``,
    '',
    `Forward: ${escapeMarkdown(n.forwardMode)}${n.forwardDev ? ` via ${escapeMarkdown(n.forwardDev)}` : ''}`,
  ];
  if (n.bridge) lines.push('', `Bridge: ${escapeMarkdown(n.bridge)}`);
  if (n.ips.length === 0) lines.push('', 'No IP addresses');
  for (const ip of n.ips) {
    lines.push('', `Subnet ${escapeMarkdown(`${ip.address}/${ip.prefix}`)}${ip.dhcpRanges.length ? ` — DHCP ${escapeMarkdown(dhcpRangesText(ip))}` : ' — no DHCP'}`);
  }
  lines.push('', `UUID: ${escapeMarkdown(n.uuid)}`);
  return lines.join('\n');
}

export function forwardDescription(n: NetworkSummary): string {
  return n.forwardDev ? `${n.forwardMode} · dev ${n.forwardDev}` : n.forwardMode;
}

export function bridgeDescription(bridge: string, link: LinkState | undefined): string {
  return link ? `${bridge} · ${link}` : bridge;
}

export function linkTooltip(link: LinkState | undefined): string | undefined {
  switch (link) {
    case 'UP':
      return 'The bridge is up and has carrier.';
    case 'NO-CARRIER':
      return 'The bridge is up but has no carrier: normal until a guest interface (vnetN) is attached to it.';
    case 'DOWN':
      return 'The bridge is administratively down: guests on it have no connectivity. Restarting the network brings it up.';
    default:
      return undefined;
  }
}

export function leaseLabel(l: DhcpLease): string {
  return `${l.address}/${l.prefix}`;
}

export function leaseDescription(l: DhcpLease): string {
  return [l.hostname, l.mac, `expires ${l.expiry}`].filter((p): p is string => !!p).join(' · ');
}

export function guestDescription(g: GuestInterface): string {
  return [g.device ?? 'not running', g.mac, g.model].filter((p): p is string => !!p).join(' · ');
}

export function guestTooltip(g: GuestInterface): string {
  return [
    `Domain: ${g.domain}`,
    `Interface: ${g.device ?? '(none: the guest is not running)'}`,
    `MAC: ${g.mac}`,
    `Model: ${g.model ?? '(default)'}`,
    `Attached by: ${g.type === 'bridge' ? "the network's bridge" : 'network name'}`,
  ].join('\n');
}

export const DETAIL_PART_LABELS: Record<DetailsResult['errors'][number]['part'], string> = {
  leases: 'DHCP leases',
  guests: 'Guests',
  link: 'Link state',
};
