import { attr, children, type XmlAttribute } from '../xml';
import type { Rule } from '../rule';
import { forwardModeOf, nonEmptyAttr } from './network-runtime';

/**
 * networkValidate (V-9): a hostdev network assigns PCI devices (SR-IOV VFs) to guests, so its
 * pool must list them by PCI address; a netdev name (forward/@dev or <interface dev>) is refused.
 */
export const hostdevPoolByNetdev: Rule = {
  id: 'hostdev-pool-by-netdev',
  severity: 'error',
  layer: 'validate',
  spec: ['V-9'],
  description: 'A hostdev network lists its devices by PCI address (<address type="pci">), not by network device name.',
  elements: ['forward'],
  check({ facts, report }) {
    const forward = facts.forward;
    if (!forward || forwardModeOf(facts) !== 'hostdev') return;
    const dev = nonEmptyAttr(forward, 'dev');
    const interfaces = children(forward, 'interface')
      .map((i) => attr(i, 'dev'))
      .filter((a): a is XmlAttribute => a !== undefined);
    // With both, forward/@dev is the pool's first entry and the first <interface> repeats it (FW-15).
    const devices = dev ? [dev, ...interfaces.slice(1)] : interfaces;
    for (const device of devices) {
      report(
        device,
        `unsupported configuration: hostdev network '${facts.name}' lists '${device.value}' in the device pool, but hostdev networks require all devices to be listed by PCI address, not network device name`,
        `list the VFs as <address type='pci' domain=... bus=... slot=... function=.../>, or use <pf dev='${device.value}'/> to take all VFs of a PF`,
      );
    }
  },
};
