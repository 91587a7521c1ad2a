import { attrValue, children } from '../xml';
import type { Rule } from '../rule';
import { forwardModeOf, nonEmptyAttr } from './network-runtime';

const MODES = ['nat', 'route', 'open', 'bridge', 'private', 'vepa', 'passthrough'];

/**
 * networkValidate (V-10): only hostdev networks take devices by PCI address. With forward/@dev
 * or <interface> present the parser drops the addresses (FW-22), so nothing is reported then.
 * Message in 11.x form (9.0 has a double space before "but").
 */
export const pciAddressOutsideHostdev: Rule = {
  id: 'pci-address-outside-hostdev',
  severity: 'error',
  layer: 'validate',
  spec: ['V-10'],
  description: 'Forward <address type="pci"> entries are only for forward mode hostdev.',
  elements: ['address'],
  check({ facts, report }) {
    const forward = facts.forward;
    const mode = forwardModeOf(facts);
    if (!forward || !MODES.includes(mode)) return;
    if (nonEmptyAttr(forward, 'dev') || children(forward, 'interface').length > 0) return;
    for (const address of children(forward, 'address')) {
      if (attrValue(address, 'type') !== 'pci') continue;
      report(
        address,
        `unsupported configuration: network '${facts.name}' has forward mode '${mode}' but lists a device by PCI address in the device pool. This is only supported for networks with forward mode 'hostdev'`,
        mode === 'passthrough' || mode === 'private' || mode === 'vepa' || mode === 'bridge'
          ? `forward mode '${mode}' uses netdevs: list <interface dev='...'/> (or <pf dev='...'/>), or switch to mode='hostdev' for PCI assignment`
          : `forward mode '${mode}' takes at most one uplink as <interface dev='...'/> or forward dev='...'`,
      );
    }
  },
};
