import { attr } from '../xml';
import type { Rule } from '../rule';
import { bridgeNameForMessages, createsBridge, generatedBridgeNote, runtimeIps } from './network-runtime';

/**
 * S-5: networkAddAddrToBridge needs a valid prefix. A non-contiguous netmask or a class D/E
 * address without prefix/netmask has none (IP-14); with a DHCP range the parser already
 * refuses it (DR-3), without one the network defines and fails at net-start.
 */
export const ipNetmaskInvalidAtStart: Rule = {
  id: 'ip-netmask-invalid-at-start',
  severity: 'error',
  layer: 'start',
  spec: ['S-5', '§6.3', 'IP-14'],
  description: 'A non-contiguous netmask, or a class D/E address without prefix, fails at net-start.',
  elements: ['ip'],
  check({ facts, host, report }) {
    if (!createsBridge(facts)) return;
    for (const ip of runtimeIps(facts)) {
      if (ip.def.prefix >= 0 || ip.ranges.length > 0) continue;
      const netmask = attr(ip.element, 'netmask');
      const address = attr(ip.element, 'address');
      const target = ip.def.netmask && netmask ? netmask : address;
      if (!target) continue;
      const hint = ip.def.netmask
        ? `netmask ${ip.def.netmask.text} is not contiguous (ones then zeros): use e.g. prefix='24'`
        : `${ip.def.address.text} is a class D/E address, which has no default prefix: give prefix='...' explicitly (and prefer a unicast address)`;
      report(target, `internal error: bridge '${bridgeNameForMessages(facts, host)}' has an invalid netmask or IP address`, `${hint}${generatedBridgeNote(facts, host)}`);
    }
  },
};
