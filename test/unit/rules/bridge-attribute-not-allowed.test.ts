import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bridgeAttributeNotAllowed } from '../../../server/src/service/rules/bridge-attribute-not-allowed';
import { assertFires, assertQuiet, net, runRule } from '../../support/rule-harness';

test("bridge-attribute-not-allowed fires on stp='on' in bridge mode (any stp attribute), at the value", () => {
  const p = assertFires(
    bridgeAttributeNotAllowed,
    net('<forward mode="bridge"/>\n<bridge name="br0" stp="⟦on⟧"/>', 'host'),
    "bridge delay/stp/zone options only allowed in open, route, nat, and isolated mode, not in bridge (network 'host')",
  );
  assert.equal(p.fixes?.[0].title, 'Remove stp');
});

test('bridge-attribute-not-allowed: non-zero delay and zone in bridge mode', () => {
  assertFires(bridgeAttributeNotAllowed, net('<forward mode="bridge"/>\n<bridge name="br0" delay="⟦2⟧"/>'), 'bridge delay/stp/zone options only allowed');
  assertFires(bridgeAttributeNotAllowed, net('<forward mode="bridge"/>\n<bridge name="br0" zone="⟦trusted⟧"/>'), 'not in bridge');
});

test('bridge-attribute-not-allowed: name, zone and macTableManager in direct modes, with their own messages', () => {
  assertFires(bridgeAttributeNotAllowed, net('<forward mode="vepa"><interface dev="eth0"/></forward>\n<bridge name="⟦br0⟧"/>', 'v'), "bridge name not allowed in vepa mode (network 'v')");
  assertFires(bridgeAttributeNotAllowed, net('<forward mode="private" dev="eth0"/>\n<bridge zone="⟦trusted⟧"/>'), 'bridge zone not allowed in private mode');
  assertFires(bridgeAttributeNotAllowed, net('<forward mode="hostdev"><pf dev="eth2"/></forward>\n<bridge macTableManager="⟦libvirt⟧"/>'), 'bridge macTableManager setting not allowed in hostdev mode');
  assertFires(bridgeAttributeNotAllowed, net('<forward mode="passthrough" dev="eth0"/>\n<bridge stp="⟦off⟧"/>'), 'not in passthrough');
});

test('bridge-attribute-not-allowed reports each offending attribute', () => {
  assert.equal(runRule(bridgeAttributeNotAllowed, net('<forward mode="private" dev="eth0"/>\n<bridge name="br0" zone="z" stp="on" delay="3"/>')).problems.length, 4);
});

test("bridge-attribute-not-allowed is quiet on delay='0', empty values, an invalid macTableManager, and in routed modes", () => {
  assertQuiet(bridgeAttributeNotAllowed, net('<forward mode="bridge"/>\n<bridge name="br0" delay="0" stp="" zone="" macTableManager="libvirt"/>'));
  assertQuiet(bridgeAttributeNotAllowed, net('<forward mode="vepa" dev="eth0"/>\n<bridge macTableManager="default"/>'));
  assertQuiet(bridgeAttributeNotAllowed, net('<forward mode="open"/>\n<bridge name="virbr9" stp="on" delay="2" zone="trusted"/>'));
  assertQuiet(bridgeAttributeNotAllowed, net('<bridge name="virbr9" stp="on" delay="2" zone="trusted" macTableManager="libvirt"/>'));
});
