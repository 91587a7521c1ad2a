import { test } from 'node:test';
import { vlanUnsupportedInMode as rule } from '../../../server/src/service/rules/vlan-unsupported-in-mode';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('vlan-unsupported-in-mode fires on a <vlan> in a nat network, at the <vlan>', () => {
  assertFires(rule, net('<forward mode="nat"/><ip address="10.0.0.1" prefix="24"/>\n<⟦vlan⟧><tag id="4"/></vlan>', 'vl'), "unsupported configuration: <vlan> element specified for network vl, whose type doesn't support vlan configuration");
});

test('vlan-unsupported-in-mode fires on a portgroup <vlan> in an isolated network', () => {
  assertFires(rule, net('<portgroup name="a"><⟦vlan⟧><tag id="4"/></vlan></portgroup>'), "<vlan> element specified for network test");
});

test('vlan-unsupported-in-mode fires on macvtap modes (vepa, private), as libvirt 9.0 and 11.x do', () => {
  assertFires(rule, net('<forward mode="vepa" dev="eth0"/>\n<⟦vlan⟧><tag id="10"/></vlan>'), 'whose type doesn\'t support vlan configuration');
  assertFires(rule, net('<forward mode="private" dev="eth1"/><⟦vlan⟧><tag id="549"/></vlan><virtualport type="802.1Qbh"><parameters profileid="p"/></virtualport>'), 'network test');
});

test('vlan-unsupported-in-mode fires on forward mode bridge with a non-Open vSwitch virtualport', () => {
  assertFires(rule, net('<forward mode="bridge" dev="eth0"/><virtualport type="802.1Qbg"/><⟦vlan⟧><tag id="4"/></vlan>'), 'network test');
});

test('vlan-unsupported-in-mode fires on a portgroup whose own virtualport is not Open vSwitch', () => {
  const doc = net('<forward mode="bridge"/><virtualport type="openvswitch"/><portgroup name="bob" default="yes"><⟦vlan⟧ trunk="yes"><tag id="666"/></vlan><virtualport><parameters profileid="bob-profile"/></virtualport></portgroup>');
  assertFires(rule, doc, 'network test');
});

test('vlan-unsupported-in-mode: with a default portgroup, the network-wide <vlan> is judged through the portgroups', () => {
  assertQuiet(rule, net('<forward mode="bridge" dev="eth0"/><virtualport type="802.1Qbg"/><vlan><tag id="4"/></vlan><portgroup name="a" default="yes"><virtualport type="openvswitch"/></portgroup>'));
  assertFires(rule, net('<forward mode="vepa" dev="eth0"/><⟦vlan⟧><tag id="4"/></vlan><portgroup name="a" default="yes"/>'), 'network test');
});

test('vlan-unsupported-in-mode is quiet for hostdev, passthrough, Open vSwitch and plain bridges (libvirt 11), and a tagless <vlan>', () => {
  assertQuiet(rule, net('<forward mode="hostdev"><pf dev="eth0"/></forward><vlan><tag id="4"/></vlan>'));
  assertQuiet(rule, net('<forward mode="passthrough" dev="eth0"/><vlan><tag id="4"/></vlan>'));
  assertQuiet(rule, net('<forward mode="bridge"/><bridge name="ovsbr0"/><virtualport type="openvswitch"/><vlan><tag id="4"/></vlan>'));
  assertQuiet(rule, net('<forward mode="bridge"/><bridge name="ovsbr0"/><virtualport type="openvswitch"/><portgroup name="a"><vlan><tag id="4"/></vlan><virtualport type="openvswitch"/></portgroup>'));
  assertQuiet(rule, net('<forward mode="bridge"/><bridge name="br0"/><vlan><tag id="4"/></vlan>'));
  assertQuiet(rule, net('<vlan/>'));
});
