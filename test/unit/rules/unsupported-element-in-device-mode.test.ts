import { test } from 'node:test';
import { unsupportedElementInDeviceMode as rule } from '../../../server/src/service/rules/unsupported-element-in-device-mode';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('unsupported-element-in-device-mode fires on <ip> in passthrough mode, at the <ip>', () => {
  assertFires(rule, net('<forward mode="passthrough"><pf dev="eth0"/></forward>\n<⟦ip⟧ address="192.168.122.1" prefix="24"/>', 'local'), "unsupported configuration: Unsupported <ip> element in network local with forward mode='passthrough'");
});

test('unsupported-element-in-device-mode fires on <mac>, DNS records and <domain> in bridge mode', () => {
  assertFires(rule, net('<forward mode="bridge"/><bridge name="br0"/><⟦mac⟧ address="52:54:00:00:00:09"/>'), "Unsupported <mac> element in network test with forward mode='bridge'");
  assertFires(rule, net('<forward mode="bridge"/><bridge name="br0"/><⟦dns⟧><txt name="a" value="b"/></dns>'), "Unsupported <dns> element in network test with forward mode='bridge'");
  assertFires(rule, net('<forward mode="hostdev"><pf dev="eth0"/></forward><⟦domain⟧ name="example.com"/>'), "Unsupported <domain> element in network test with forward mode='hostdev'");
});

test('unsupported-element-in-device-mode is quiet for nat, DNS forwarders only, and <mac>/<domain> without values', () => {
  assertQuiet(rule, net('<forward mode="nat"/><mac address="52:54:00:00:00:09"/><domain name="x"/><ip address="10.0.0.1" prefix="24"/>'));
  assertQuiet(rule, net('<forward mode="bridge"/><bridge name="br0"/><dns><forwarder addr="8.8.8.8"/></dns><mac/><domain/>'));
});
