import { attr, child, type XmlAttribute, type XmlElement } from '../xml';
import type { IpFacts } from '../facts';

/**
 * The `<lease>`s libvirt reads under an `<ip>`: the first one of each DHCP `<range>`, then of each
 * `<host>`, and only when it has an expiry (a `<lease>` without one is ignored).
 */
export function forEachLease(ip: IpFacts, visit: (lease: XmlElement, expiry: XmlAttribute) => void): void {
  // Two loops, not one over a joined list: there can be thousands of hosts.
  for (const owners of [ip.ranges, ip.hosts]) {
    for (let i = 0; i < owners.length; i++) {
      const lease = child(owners[i], 'lease');
      const expiry = lease && attr(lease, 'expiry');
      if (lease && expiry) visit(lease, expiry);
    }
  }
}
