import { attr, child } from '../xml';
import type { Rule } from '../rule';
import { forwardModeOf, runtimeIps } from './network-runtime';

/** §6.23: `<nat ipv6='yes'>` masquerades the network's IPv6 subnets; with none it does nothing. */
export const natIpv6WithoutIpv6Address: Rule = {
  id: 'nat-ipv6-without-ipv6-address',
  severity: 'warning',
  layer: 'lint',
  spec: ['§6.23'],
  description: "<nat ipv6='yes'> on a network without an IPv6 <ip> has no effect.",
  elements: ['nat'],
  check({ facts, report }) {
    const forward = facts.forward;
    if (!forward || forwardModeOf(facts) !== 'nat') return;
    const nat = child(forward, 'nat');
    const ipv6 = nat && attr(nat, 'ipv6');
    if (!nat || !ipv6 || ipv6.value !== 'yes') return;
    if (runtimeIps(facts).some((ip) => ip.def.family === 'ipv6')) return;
    report(ipv6, `<nat ipv6='yes'> has no effect: network ${facts.name} has no IPv6 <ip>`, "add an <ip family='ipv6' address=... prefix='64'/> to NAT IPv6 traffic, or remove ipv6='yes'");
  },
};
