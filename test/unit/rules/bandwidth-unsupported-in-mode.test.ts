import { test } from 'node:test';
import { bandwidthUnsupportedInMode as rule } from '../../../server/src/service/rules/bandwidth-unsupported-in-mode';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('bandwidth-unsupported-in-mode fires on network bandwidth in macvtap bridge mode', () => {
  assertFires(rule, net('<forward mode="bridge" dev="eth0"/>\n<⟦bandwidth⟧><inbound average="10"/></bandwidth>', 'bw'), "unsupported configuration: Unsupported network-wide <bandwidth> element in network bw with forward mode='bridge'");
});

test('bandwidth-unsupported-in-mode fires on portgroup bandwidth, at its <bandwidth>', () => {
  assertFires(rule, net('<forward mode="private" dev="eth0"/><portgroup name="a"><⟦bandwidth⟧><outbound average="5"/></bandwidth></portgroup>'), "Unsupported <bandwidth> element in network 'test' in portgroup 'a' with forward mode='private'");
});

test('bandwidth-unsupported-in-mode is quiet with a bridge name, in nat mode, and for an empty <bandwidth/>', () => {
  assertQuiet(rule, net('<forward mode="bridge"/><bridge name="br0"/><bandwidth><inbound average="10"/></bandwidth>'));
  assertQuiet(rule, net('<forward mode="nat"/><ip address="10.0.0.1" prefix="24"/><bandwidth><inbound average="10"/></bandwidth>'));
  assertQuiet(rule, net('<forward mode="bridge" dev="eth0"/><bandwidth/><portgroup name="a"><bandwidth/></portgroup>'));
});
