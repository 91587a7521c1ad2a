import type { Rule } from '../rule';
import { bridgeNameForMessages, createsBridge, generatedBridgeNote, runtimeIps } from './network-runtime';
import { mtuSizeAttribute, strToUi } from './libvirt-values';

/** The kernel's limits for a bridge MTU (ETH_MIN_MTU .. ETH_MAX_MTU), and IPv6's minimum link MTU. */
const MIN_MTU = 68;
const MAX_MTU = 65535;
const IPV6_MIN_MTU = 1280;

/**
 * S-4 / §6.10: net-start sets the bridge MTU; the kernel refuses values outside 68..65535
 * (including '-1', stored as 4294967295). Below 1280 the kernel drops IPv6 from the bridge,
 * so adding the IPv6 address fails next. Only for the bridges libvirt creates (FM-9 refuses
 * <mtu> in the other modes at parse time).
 */
export const mtuRejectedAtStart: Rule = {
  id: 'mtu-rejected-at-start',
  severity: 'error',
  layer: 'start',
  spec: ['S-4', '§6.10', 'BR-7'],
  description: 'An MTU outside 68..65535, or below 1280 on a network with IPv6, fails at net-start.',
  elements: ['mtu'],
  check({ root, facts, host, report }) {
    if (!createsBridge(facts)) return;
    // Read as libvirt's parser reads it (mtu-size-invalid reports what it cannot read).
    const size = mtuSizeAttribute(root);
    const value = size && strToUi(size.value);
    if (!size || value === undefined || value === 0) return;
    const bridge = bridgeNameForMessages(facts, host);
    const note = generatedBridgeNote(facts, host);
    if (value < MIN_MTU || value > MAX_MTU) {
      const shown = value === 0xffffffff ? ' (-1 is stored as 4294967295)' : '';
      report(size, `Cannot set interface MTU on '${bridge}': Invalid argument`, `the kernel accepts an MTU of ${MIN_MTU} to ${MAX_MTU}${shown}; omit <mtu> for the default 1500${note}`);
      return;
    }
    const ipv6 = runtimeIps(facts).find((ip) => ip.def.family === 'ipv6');
    if (value < IPV6_MIN_MTU && ipv6) {
      report(
        size,
        `Failed to add IP address ${ipv6.def.address.text}/${ipv6.def.prefix} to ${bridge}`,
        `IPv6 needs an MTU of at least ${IPV6_MIN_MTU}; below that the kernel disables IPv6 on the bridge${note}`,
      );
    }
  },
};
