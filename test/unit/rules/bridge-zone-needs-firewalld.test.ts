import { test } from 'node:test';
import { bridgeZoneNeedsFirewalld as rule } from '../../../server/src/service/rules/bridge-zone-needs-firewalld';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('bridge-zone-needs-firewalld warns on a zone, at the zone', () => {
  assertFires(rule, net('<bridge name="vb6" zone="⟦trusted⟧"/><ip address="10.9.6.1" prefix="24"/>', 'zone'), 'internal error: zone trusted requested for network zone but firewalld is not active');
});

test('bridge-zone-needs-firewalld is quiet without a zone, with an empty one, and in bridge mode (FM-7 is a parse error there)', () => {
  assertQuiet(rule, net('<bridge name="vb6"/>'));
  assertQuiet(rule, net('<bridge name="vb6" zone=""/>'));
  assertQuiet(rule, net('<forward mode="bridge"/><bridge name="br0" zone="trusted"/>'));
});
