import { attrValue, child } from '../xml';
import { isRoutedMode } from '../facts';
import type { Rule } from '../rule';

export const domainWithoutIp: Rule = {
  id: 'domain-without-ip',
  severity: 'warning',
  layer: 'lint',
  spec: ['§6.23'],
  description: 'A <domain> on a network without <ip> does nothing: libvirt starts no DNS server for it.',
  elements: ['domain'],
  check({ root, facts, report }) {
    const domain = child(root, 'domain');
    if (!domain || facts.ips.length > 0) return;
    // In bridge/macvtap/hostdev modes the network driver rejects <domain> outright (V-6).
    if (!facts.knownForwardMode || !isRoutedMode(facts.forwardMode)) return;
    const name = attrValue(domain, 'name');
    report(
      domain,
      `<domain${name !== undefined ? ` name='${name}'` : ''}> has no effect: network '${facts.name}' has no <ip>, so libvirt runs no DNS server for it`,
      'add an <ip> element (dnsmasq only runs on networks with an IP address), or remove <domain>',
    );
  },
};
