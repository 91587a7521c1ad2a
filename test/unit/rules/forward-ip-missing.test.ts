import { test } from 'node:test';
import { forwardIpMissing } from '../../../server/src/service/rules/forward-ip-missing';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('forward-ip-missing fires on a nat network without <ip>, at <forward>', () => {
  assertFires(forwardIpMissing, net('<⟦forward⟧ mode="nat"/>', 'lab'), "nat forwarding requested, but no IP address provided for network 'lab'");
});

test('forward-ip-missing names the mode: route, and nat for an absent or empty mode', () => {
  assertFires(forwardIpMissing, net('<⟦forward⟧ mode="route"/>'), 'route forwarding requested');
  assertFires(forwardIpMissing, net('<⟦forward⟧/>'), 'nat forwarding requested');
  assertFires(forwardIpMissing, net('<⟦forward⟧ mode=""/>'), 'nat forwarding requested');
});

test('forward-ip-missing is quiet with an <ip>, for open (allowed since 10.8), isolated and device modes', () => {
  assertQuiet(forwardIpMissing, net('<forward mode="nat"/>\n<ip address="192.168.10.1" prefix="24"/>'));
  assertQuiet(forwardIpMissing, net('<forward mode="open"/>'));
  assertQuiet(forwardIpMissing, net('<bridge name="virbr9"/>'));
  assertQuiet(forwardIpMissing, net('<forward mode="bridge"/>\n<bridge name="br0"/>'));
});
