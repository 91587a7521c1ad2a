import { test } from 'node:test';
import { vlanUnsupportedInMode as rule } from '../../../server/src/service/rules/vlan-unsupported-in-mode';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('vlan-unsupported-in-mode fires on a <vlan> in a nat network, at the <vlan>', () => {
  assertFires(rule, net('<forward mode="nat"/><ip address="10.0.0.1" prefix="24"/>\n<⟦vlan⟧><tag id="4"/></vlan>', 'vl'), "unsupported configuration: <vlan> element specified for network vl, whose type doesn't support vlan configuration");
});

test('vlan-unsupported-in-mode fires on a portgroup <vlan> in an isolated network', () => {
  assertFires(rule, net('<portgroup name="a"><⟦vlan⟧><tag id="4"/></vlan></portgroup>'), "<vlan> element specified for network test");
});

test('vlan-unsupported-in-mode is quiet for hostdev, Open vSwitch and plain bridges (libvirt 11), and a tagless <vlan>', () => {
  assertQuiet(rule, net('<forward mode="hostdev"><pf dev="eth0"/></forward><vlan><tag id="4"/></vlan>'));
  assertQuiet(rule, net('<forward mode="bridge"/><bridge name="ovsbr0"/><virtualport type="openvswitch"/><vlan><tag id="4"/></vlan>'));
  assertQuiet(rule, net('<forward mode="bridge"/><bridge name="br0"/><vlan><tag id="4"/></vlan>'));
  assertQuiet(rule, net('<vlan/>'));
});
