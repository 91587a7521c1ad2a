import { attrValue, child } from '../xml';
import type { Rule } from '../rule';
import { forwardModeOf, runtimeIps } from './network-runtime';
import { parseLibvirtUInt } from '../ip';

/**
 * S-10: the firewall backends need a NAT source-port range with start < end (0/0 means
 * 1024-65535). The parser accepts start == end (FW-12), net-start refuses it.
 */
export const natPortRangeEmpty: Rule = {
  id: 'nat-port-range-empty',
  severity: 'error',
  layer: 'start',
  spec: ['S-10', '§6.5', 'FW-12'],
  description: 'A NAT <port start=X end=X> (a single port) fails at net-start.',
  elements: ['port'],
  check({ facts, report }) {
    const forward = facts.forward;
    if (!forward || forwardModeOf(facts) !== 'nat') return;
    const nat = child(forward, 'nat');
    const port = nat && child(nat, 'port');
    if (!nat || !port) return;
    const startText = attrValue(port, 'start');
    const endText = attrValue(port, 'end');
    const start = startText === undefined ? undefined : parseLibvirtUInt(startText);
    const end = endText === undefined ? undefined : parseLibvirtUInt(endText);
    if (start === undefined || end === undefined || start !== end || start === 0 || start > 65535) return;
    // Masquerade rules (and the range check) exist for IPv4 addresses, and IPv6 ones with <nat ipv6='yes'>.
    const ips = runtimeIps(facts);
    const masquerades = ips.some((ip) => ip.def.family === 'ipv4') || (attrValue(nat, 'ipv6') === 'yes' && ips.some((ip) => ip.def.family === 'ipv6'));
    if (!masquerades) return;
    report(port, `internal error: Invalid port range '${start}-${end}'.`, start < 65535 ? `the range needs start < end, e.g. start='${start}' end='${Math.min(start + 1023, 65535)}'` : 'the range needs start < end');
  },
};
