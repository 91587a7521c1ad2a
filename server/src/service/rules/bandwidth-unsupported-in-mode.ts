import { attrValue, child, children, type XmlElement } from '../xml';
import type { NetworkFacts } from '../facts';
import type { Rule } from '../rule';
import { BRIDGE_CREATING_MODES, bridgeNameAttr, forwardModeOf, removeElementFix } from './network-runtime';

/** A `<bandwidth>` libvirt keeps: one with an `<inbound>` or `<outbound>` (an empty one is dropped). */
export function effectiveBandwidth(parent: XmlElement): XmlElement | undefined {
  const bandwidth = child(parent, 'bandwidth');
  return bandwidth && (child(bandwidth, 'inbound') || child(bandwidth, 'outbound')) ? bandwidth : undefined;
}

/** networkValidate: bandwidth only where libvirt owns the bridge, or on a named host bridge. */
export function bandwidthAllowed(facts: NetworkFacts): boolean {
  const mode = forwardModeOf(facts);
  return BRIDGE_CREATING_MODES.includes(mode) || (mode === 'bridge' && bridgeNameAttr(facts) !== undefined);
}

const KNOWN_MODES = [...BRIDGE_CREATING_MODES, 'bridge', 'private', 'vepa', 'passthrough', 'hostdev'];

/**
 * networkValidate (V-7, V-18): network-wide and portgroup `<bandwidth>` need a bridge to shape
 * traffic on: the modes libvirt creates one for, or forward mode bridge with a bridge name.
 * V-19 (hostdev portgroup bandwidth) is unreachable behind V-18.
 */
export const bandwidthUnsupportedInMode: Rule = {
  id: 'bandwidth-unsupported-in-mode',
  severity: 'error',
  layer: 'validate',
  spec: ['V-7', 'V-18', 'V-19'],
  description: '<bandwidth> (network-wide or in a portgroup) needs a bridge: no forward, nat, route, open, or bridge with a bridge name.',
  elements: ['bandwidth'],
  check({ root, facts, xml, report }) {
    const mode = forwardModeOf(facts);
    if (!KNOWN_MODES.includes(mode) || bandwidthAllowed(facts)) return;
    const hint =
      mode === 'bridge'
        ? 'macvtap (forward mode bridge without a bridge name) cannot shape traffic: name the host bridge in <bridge name=...> or remove <bandwidth>'
        : `forward mode '${mode}' has no bridge to shape traffic on: set bandwidth on the guest <interface> instead`;
    const network = effectiveBandwidth(root);
    if (network) {
      report(network, `unsupported configuration: Unsupported network-wide <bandwidth> element in network ${facts.name} with forward mode='${mode}'`, hint, [removeElementFix(xml.text, network)]);
    }
    for (const portgroup of children(root, 'portgroup')) {
      const name = attrValue(portgroup, 'name');
      const bandwidth = effectiveBandwidth(portgroup);
      if (name === undefined || !bandwidth) continue;
      report(bandwidth, `unsupported configuration: Unsupported <bandwidth> element in network '${facts.name}' in portgroup '${name}' with forward mode='${mode}'`, hint, [removeElementFix(xml.text, bandwidth)]);
    }
  },
};
