import { attr } from '../xml';
import type { Rule } from '../rule';
import { broadcastOf, formatAddress, fromBigInt, toBigInt } from '../ip';
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
 * IPv6 addresses that are unspecified (::), loopback (::1) or multicast (ff00::/8), and an
 * address the bridge already has (IPv4: same address and prefix; IPv6: same address), so the
 * network fails to start with "Failed to add IP address". libvirt's parser accepts all of them.
 * Other IPv4 addresses are accepted by the kernel (even 0.0.0.0, 127.x and multicast).
 */
export const ipAddressUnassignable: Rule = {
  id: 'ip-address-unassignable',
  severity: 'error',
  layer: 'start',
  spec: ['§3.12', 'S-5'],
  description: '<ip> addresses the kernel refuses on the bridge (IPv6 ::, ::1, multicast; an address given twice) fail at net-start.',
  elements: ['ip'],
  check({ facts, host, report }) {
    if (!createsBridge(facts)) return;
    const added = new Set<string>();
    for (const ip of runtimeIps(facts)) {
      const { address, prefix, family } = ip.def;
      if (prefix < 0) continue; // S-5: refused before the address is added
      const value = toBigInt(address.addr);
      const bridge = bridgeNameForMessages(facts, host);
      const target = attr(ip.element, 'address') ?? ip.element;
      const bcast = family === 'ipv4' ? ` bcast ${formatAddress(fromBigInt(broadcastOf(address.addr, prefix), 'ipv4'))}` : '';
      const message = `Failed to add IP address ${address.text}/${prefix}${bcast} to ${bridge}`;
      const why = family === 'ipv6' ? unassignableIpv6(value) : undefined;
      if (why) {
        report(target, message, `${why}: use a unicast address, e.g. a unique local fd00::/8 address${generatedBridgeNote(facts, host)}`);
        continue;
      }
      const key = family === 'ipv4' ? `4/${value}/${prefix}` : `6/${value}`;
      if (added.has(key)) {
        report(target, message, `an earlier <ip> already puts ${address.text}${family === 'ipv4' ? `/${prefix}` : ''} on the bridge, and the kernel refuses it twice: remove the duplicate <ip>`);
        continue;
      }
      added.add(key);
    }
  },
};
