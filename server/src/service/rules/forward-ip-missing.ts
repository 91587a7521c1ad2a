import { children } from '../xml';
import type { Rule } from '../rule';

export const forwardIpMissing: Rule = {
  id: 'forward-ip-missing',
  severity: 'error',
  layer: 'parse',
  spec: ['FM-1'],
  description: 'A nat or route network needs at least one <ip>.',
  elements: ['forward'],
  check({ root, facts, report }) {
    const mode = facts.forwardMode;
    // Since libvirt 10.8 an open network may have no <ip> (9.0 still required one).
    if (!facts.forward || (mode !== 'nat' && mode !== 'route') || children(root, 'ip').length > 0) return;
    report(
      facts.forward,
      `${mode} forwarding requested, but no IP address provided for network '${facts.name}'`,
      "add the host side of the subnet, e.g. <ip address='192.168.100.1' prefix='24'/>",
    );
  },
};
