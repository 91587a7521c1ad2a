import { test } from 'node:test';
import { mtuRejectedAtStart as rule } from '../../../server/src/service/rules/mtu-rejected-at-start';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('mtu-rejected-at-start fires above 65535, at the size', () => {
  assertFires(rule, net('<bridge name="vb2"/><mtu size="⟦70000⟧"/><ip address="10.9.0.1" prefix="24"/>'), "Cannot set interface MTU on 'vb2': Invalid argument");
});

test('mtu-rejected-at-start fires on -1 (stored as 4294967295) and below 68', () => {
  assertFires(rule, net('<bridge name="vb3"/><mtu size="⟦-1⟧"/>'), "Cannot set interface MTU on 'vb3': Invalid argument");
  assertFires(rule, net('<bridge name="vb4"/><mtu size="⟦60⟧"/>'), "Cannot set interface MTU on 'vb4': Invalid argument");
});

test('mtu-rejected-at-start fires below 1280 with IPv6: adding the IPv6 address fails', () => {
  assertFires(rule, net('<bridge name="vb1"/><mtu size="⟦1000⟧"/><ip family="ipv6" address="fd00::1" prefix="64"/>'), 'Failed to add IP address fd00::1/64 to vb1');
});

test('mtu-rejected-at-start is quiet for 1000 without IPv6, 9000, 0 (unset), and in bridge mode (FM-9 is a parse error)', () => {
  assertQuiet(rule, net('<mtu size="1000"/><ip address="10.0.0.1" prefix="24"/>'));
  assertQuiet(rule, net('<mtu size="9000"/><ip family="ipv6" address="fd00::1" prefix="64"/>'));
  assertQuiet(rule, net('<mtu size="0"/>'));
  assertQuiet(rule, net('<forward mode="bridge"/><bridge name="br0"/><mtu size="70000"/>'));
});

test('mtu-rejected-at-start reads the size as libvirt does: the first size of any <mtu>', () => {
  // string(./mtu/@size): an <mtu> without size does not hide the next one's.
  assertFires(rule, net('<bridge name="vb5"/><mtu/><mtu size="⟦70000⟧"/>'), "Cannot set interface MTU on 'vb5': Invalid argument");
  assertQuiet(rule, net('<bridge name="vb6"/><mtu size="9000"/><mtu size="70000"/>'));
});
