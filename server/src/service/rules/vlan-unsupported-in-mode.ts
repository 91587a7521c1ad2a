import { child, children, type XmlElement } from '../xml';
import type { Rule } from '../rule';
import { BRIDGE_CREATING_MODES, forwardModeOf } from './network-runtime';

/** A `<vlan>` that counts (networkValidate looks at nTags > 0). */
function taggedVlan(parent: XmlElement): XmlElement | undefined {
  const vlan = child(parent, 'vlan');
  return vlan && children(vlan, 'tag').length > 0 ? vlan : undefined;
}

/**
 * networkValidate (V-15): VLAN tagging needs a device that can carry it (SR-IOV VFs, Open
 * vSwitch, and since libvirt 11.0 plain host bridges). Which direct modes qualify changed over
 * versions (upstream's own 8021Qbh-net and openvswitch-net pass newer libvirt), so only the
 * modes every version refuses are checked: the bridges libvirt creates itself.
 */
export const vlanUnsupportedInMode: Rule = {
  id: 'vlan-unsupported-in-mode',
  severity: 'error',
  layer: 'validate',
  spec: ['V-15'],
  description: '<vlan> (network-wide or in a portgroup) on a network without forward, or with forward mode nat, route or open.',
  check({ root, facts, report }) {
    const mode = forwardModeOf(facts);
    if (!BRIDGE_CREATING_MODES.includes(mode)) return;
    const vlans = [taggedVlan(root), ...children(root, 'portgroup').map(taggedVlan)].filter((v): v is XmlElement => v !== undefined);
    for (const vlan of vlans) {
      report(
        vlan,
        `unsupported configuration: <vlan> element specified for network ${facts.name}, whose type doesn't support vlan configuration`,
        `the bridge libvirt creates for ${mode === 'none' ? 'an isolated network' : `forward mode '${mode}'`} cannot tag traffic: use forward mode bridge (Open vSwitch or a host bridge), passthrough or hostdev`,
      );
    }
  },
};
