import { attr } from '../xml';
import type { Rule } from '../rule';
import { toBigInt } from '../ip';
import { bridgeNameForMessages, createsBridge, generatedBridgeNote, runtimeIps } from './network-runtime';

/** Why the kernel refuses to put an IPv6 address on an interface (ipv6_add_addr: EADDRNOTAVAIL). */
function unassignableIpv6(value: bigint): string | undefined {
  if (value === 0n) return ':: is the unspecified address';
  if (value === 1n) return '::1 is the loopback address, which only the loopback interface may carry';
  if (value >> 120n === 0xffn) return 'ff00::/8 addresses are multicast groups, not interface addresses';
  return undefined;
}

/**
 * S-5-like: net-start adds every `<ip>` address to the bridge it created, and the kernel refuses
 * IPv6 addresses that are unspecified (::), loopback (::1) or multicast (ff00::/8), so the
 * network fails to start with "Failed to add IP address". libvirt's parser accepts them. IPv4
 * addresses are all accepted by the kernel (even 0.0.0.0, 127.x and multicast).
 */
export const ipAddressUnassignable: Rule = {
  id: 'ip-address-unassignable',
  severity: 'error',
  layer: 'start',
  spec: ['§3.12', 'S-5'],
  description: 'IPv6 <ip> addresses the kernel refuses on an interface (::, ::1, multicast) fail at net-start.',
  check({ root, facts, host, report }) {
    if (!createsBridge(facts)) return;
    for (const ip of runtimeIps(root)) {
      if (ip.def.family !== 'ipv6') continue;
      const why = unassignableIpv6(toBigInt(ip.def.address.addr));
      if (!why) continue;
      report(
        attr(ip.element, 'address') ?? ip.element,
        `Failed to add IP address ${ip.def.address.text}/${ip.def.prefix} to ${bridgeNameForMessages(facts, host)}`,
        `${why}: use a unicast address, e.g. a unique local fd00::/8 address${generatedBridgeNote(facts, host)}`,
      );
    }
  },
};
