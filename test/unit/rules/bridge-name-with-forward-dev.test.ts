import { test } from 'node:test';
import { bridgeNameWithForwardDev } from '../../../server/src/service/rules/bridge-name-with-forward-dev';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('bridge-name-with-forward-dev fires on a bridge name plus forward dev in bridge mode, at the name', () => {
  assertFires(
    bridgeNameWithForwardDev,
    net('<forward mode="bridge" dev="eth0"/>\n<bridge name="⟦br0⟧"/>', 'host'),
    "A network with forward mode='bridge' can specify a bridge name or a forward dev, but not both (network 'host')",
  );
});

test('bridge-name-with-forward-dev counts <interface>, <address> and <pf> pools', () => {
  assertFires(bridgeNameWithForwardDev, net('<forward mode="bridge"><pf dev="eth2"/></forward>\n<bridge name="⟦br0⟧"/>'), 'but not both');
  assertFires(bridgeNameWithForwardDev, net('<forward mode="bridge"><interface dev="eth2"/></forward>\n<bridge name="⟦br0⟧"/>'), 'but not both');
});

test('bridge-name-with-forward-dev is quiet with only one of them, or an empty name', () => {
  assertQuiet(bridgeNameWithForwardDev, net('<forward mode="bridge"/>\n<bridge name="br0"/>'));
  assertQuiet(bridgeNameWithForwardDev, net('<forward mode="bridge" dev="eth0"/>'));
  assertQuiet(bridgeNameWithForwardDev, net('<forward mode="bridge" dev="eth0"/>\n<bridge name=""/>'));
});
