import { test } from 'node:test';
import { virtualportModeUnsupported } from '../../../server/src/service/rules/virtualport-mode-unsupported';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('virtualport-mode-unsupported fires on openvswitch in a NAT network, at the type', () => {
  assertFires(
    virtualportModeUnsupported,
    net('<forward mode="nat"/>\n<ip address="192.168.122.1" prefix="24"/>\n<virtualport type="⟦openvswitch⟧"/>'),
    "unsupported configuration: <virtualport type='openvswitch'> not supported for network 'test' which uses IP forwarding",
  );
});

test('virtualport-mode-unsupported fires on openvswitch in bridge mode without a bridge name (macvtap)', () => {
  assertFires(virtualportModeUnsupported, net('<forward mode="bridge"/>\n<virtualport type="⟦openvswitch⟧"/>'), 'which uses a macvtap device');
});

test('virtualport-mode-unsupported fires on a portgroup 802.1Qbh on a host bridge', () => {
  assertFires(virtualportModeUnsupported, net('<forward mode="bridge"/>\n<bridge name="br0"/>\n<portgroup name="p"><virtualport type="⟦802.1Qbh⟧"/></portgroup>'), "<virtualport type='802.1Qbh'> not supported for network 'test' which uses a bridge device");
});

test('virtualport-mode-unsupported fires on openvswitch with hostdev', () => {
  assertFires(virtualportModeUnsupported, net('<forward mode="hostdev" managed="yes"><pf dev="eth0"/></forward>\n<virtualport type="⟦openvswitch⟧"/>'), 'which uses an SR-IOV Virtual Function via PCI passthrough');
});

test('virtualport-mode-unsupported is quiet on fitting types and on typeless portgroup virtualports in NAT mode', () => {
  assertQuiet(virtualportModeUnsupported, net('<forward mode="bridge"/>\n<bridge name="ovsbr0"/>\n<virtualport type="openvswitch"/>'));
  assertQuiet(virtualportModeUnsupported, net('<forward mode="vepa"><interface dev="eth1"/></forward>\n<virtualport type="802.1Qbg"><parameters managerid="1" typeid="2" typeidversion="3"/></virtualport>'));
  assertQuiet(virtualportModeUnsupported, net('<ip address="192.168.122.1" prefix="24"/>\n<portgroup name="p"><virtualport><parameters profileid="x"/></virtualport></portgroup>'));
});
