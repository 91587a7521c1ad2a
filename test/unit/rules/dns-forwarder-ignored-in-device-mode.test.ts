import { test } from 'node:test';
import { dnsForwarderIgnoredInDeviceMode as rule } from '../../../server/src/service/rules/dns-forwarder-ignored-in-device-mode';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('dns-forwarder-ignored-in-device-mode warns on a forwarder in bridge mode, at the <forwarder>', () => {
  assertFires(rule, net('<forward mode="bridge"/><bridge name="br0"/><dns><⟦forwarder⟧ addr="8.8.8.8"/></dns>'), "<forwarder> is ignored in network test with forward mode='bridge'");
});

test('dns-forwarder-ignored-in-device-mode is quiet in nat mode', () => {
  assertQuiet(rule, net('<forward mode="nat"/><dns><forwarder addr="8.8.8.8"/></dns><ip address="10.0.0.1" prefix="24"/>'));
});
