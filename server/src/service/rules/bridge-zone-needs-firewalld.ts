import type { Rule } from '../rule';
import { createsBridge, nonEmptyAttr } from './network-runtime';

/**
 * S-7 / §6.9: a `bridge/@zone` puts the bridge into a firewalld zone at net-start, which fails
 * when firewalld is not running. Whether it runs is a property of the host, so this warns.
 */
export const bridgeZoneNeedsFirewalld: Rule = {
  id: 'bridge-zone-needs-firewalld',
  severity: 'warning',
  layer: 'lint',
  spec: ['S-7', '§6.9'],
  description: 'A firewalld zone on the bridge makes net-start fail on hosts where firewalld is not running.',
  elements: ['bridge'],
  check({ facts, report }) {
    if (!createsBridge(facts)) return;
    const zone = nonEmptyAttr(facts.bridge, 'zone');
    if (!zone) return;
    report(
      zone,
      `internal error: zone ${zone.value} requested for network ${facts.name} but firewalld is not active`,
      `net-start fails unless firewalld is running on the host (and has zone '${zone.value}'); remove zone to use libvirt's own 'libvirt' zone`,
    );
  },
};
