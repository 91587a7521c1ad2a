import { child } from '../xml';
import type { Rule } from '../rule';
import { parseLibvirtMac } from '../ip';
import { nonEmptyAttr } from './libvirt-values';
import { bridgeNameForMessages, createsBridge, generatedBridgeNote, replaceAttrValue } from './network-runtime';

/**
 * S-2 (EADDRNOTAVAIL): libvirt creates the bridge with the network's `<mac>`, and the kernel
 * refuses the all-zero address (is_valid_ether_addr), so net-start fails. The parser only
 * refuses multicast addresses (BR-6).
 */
export const bridgeMacZero: Rule = {
  id: 'bridge-mac-zero',
  severity: 'error',
  layer: 'start',
  spec: ['S-2', 'BR-5'],
  description: 'A bridge <mac> of 00:00:00:00:00:00 makes creating the bridge fail at net-start.',
  elements: ['mac'],
  check({ root, facts, host, report }) {
    if (!createsBridge(facts)) return;
    const address = nonEmptyAttr(child(root, 'mac'), 'address');
    const octets = address && parseLibvirtMac(address.value);
    if (!address || !octets || octets.some((b) => b !== 0)) return;
    report(
      address,
      `error creating bridge interface ${bridgeNameForMessages(facts, host)}: Cannot assign requested address`,
      `the kernel gives no interface the all-zero MAC address: use a unicast address such as 52:54:00:xx:xx:xx, or drop <mac> and let libvirt generate one${generatedBridgeNote(facts, host)}`,
      [{ title: "Use 52:54:00:00:00:01", edits: [replaceAttrValue(address, '52:54:00:00:00:01')] }],
    );
  },
};
