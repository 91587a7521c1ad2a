import { attrValue, child, children, type XmlElement } from '../xml';
import type { Rule } from '../rule';
import { forwardModeOf } from './network-runtime';

/** A `<vlan>` that counts (networkValidate looks at nTags > 0). */
function taggedVlan(parent: XmlElement): XmlElement | undefined {
  const vlan = child(parent, 'vlan');
  return vlan && children(vlan, 'tag').length > 0 ? vlan : undefined;
}

/** Only case-insensitive 'yes' makes a portgroup the default (PG-2). */
function isDefaultPortgroup(portgroup: XmlElement): boolean {
  return (attrValue(portgroup, 'default') ?? '').toLowerCase() === 'yes';
}

/**
 * networkValidate (V-15): VLAN tagging needs a device that can carry it. The network's own
 * `<vlan>` is allowed for hostdev and passthrough (SR-IOV VFs), and for forward mode bridge with
 * an Open vSwitch `<virtualport>` or (libvirt 11.0+) with none at all, i.e. a plain host bridge
 * doing VLAN filtering. A portgroup that tags traffic (its own `<vlan>`, or the network's) and
 * brings its own `<virtualport>` must be an Open vSwitch port of a forward mode bridge network;
 * without one it inherits the network's verdict. With a default portgroup, libvirt judges the
 * network-wide `<vlan>` only through the portgroups (every port uses one of them).
 */
export const vlanUnsupportedInMode: Rule = {
  id: 'vlan-unsupported-in-mode',
  severity: 'error',
  layer: 'validate',
  spec: ['V-15'],
  description: '<vlan> (network-wide or in a portgroup) on a network whose forward mode or virtualport cannot tag traffic.',
  elements: ['vlan'],
  check({ root, facts, report }) {
    const mode = forwardModeOf(facts);
    const networkVport = child(root, 'virtualport');
    const networkVportType = networkVport ? attrValue(networkVport, 'type') : undefined;
    const vlanAllowed = mode === 'hostdev' || mode === 'passthrough' || (mode === 'bridge' && (!networkVport || networkVportType === 'openvswitch'));
    const networkVlan = taggedVlan(root);
    const offending: XmlElement[] = [];
    let defaultPortgroup = false;
    for (const portgroup of children(root, 'portgroup')) {
      const ownVlan = taggedVlan(portgroup);
      if (networkVlan || ownVlan) {
        const vport = child(portgroup, 'virtualport');
        const bad = vport ? mode !== 'bridge' || attrValue(vport, 'type') !== 'openvswitch' : !vlanAllowed;
        if (bad) offending.push(ownVlan ?? (networkVlan as XmlElement));
      }
      if (isDefaultPortgroup(portgroup)) defaultPortgroup = true;
    }
    if (networkVlan && !vlanAllowed && !defaultPortgroup) offending.push(networkVlan);
    const reported = new Set<XmlElement>();
    for (const vlan of offending) {
      if (reported.has(vlan)) continue;
      reported.add(vlan);
      report(vlan, `unsupported configuration: <vlan> element specified for network ${facts.name}, whose type doesn't support vlan configuration`, hintFor(mode, vlan.parent !== root));
    }
  },
};

function hintFor(mode: string, inPortgroup: boolean): string {
  if (inPortgroup) return "a portgroup with its own <virtualport> can tag traffic only as an Open vSwitch port (forward mode='bridge', <virtualport type='openvswitch'/>)";
  if (mode === 'bridge') return "on forward mode bridge, VLAN tags need an Open vSwitch <virtualport type='openvswitch'/> or no <virtualport> at all (a host bridge with VLAN filtering)";
  const what = mode === 'none' ? 'an isolated network' : `forward mode '${mode}'`;
  return `${what} cannot tag traffic: use forward mode bridge (Open vSwitch or a host bridge), passthrough or hostdev`;
}
