import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mtuNotAllowed } from '../../../server/src/service/rules/mtu-not-allowed';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('mtu-not-allowed fires on <mtu> in bridge mode, at the element, and offers to remove it', () => {
  const p = assertFires(
    mtuNotAllowed,
    net('<forward mode="bridge"/>\n<bridge name="br0"/>\n<⟦mtu⟧ size="9000"/>', 'host'),
    "mtu size only allowed in open, route, nat, and isolated mode, not in bridge (network 'host')",
  );
  assert.equal(p.fixes?.[0].title, 'Remove <mtu>');
});

test("mtu-not-allowed fires in hostdev mode, also for size='-1' (stored as 4294967295)", () => {
  assertFires(mtuNotAllowed, net('<forward mode="hostdev"><pf dev="eth2"/></forward>\n<⟦mtu⟧ size="-1"/>'), 'not in hostdev');
});

test("mtu-not-allowed is quiet on size='0' (unset), an invalid size, and in nat/open/isolated networks", () => {
  assertQuiet(mtuNotAllowed, net('<forward mode="bridge"/>\n<bridge name="br0"/>\n<mtu size="0"/>'));
  assertQuiet(mtuNotAllowed, net('<forward mode="bridge"/>\n<bridge name="br0"/>\n<mtu size="x"/>'));
  assertQuiet(mtuNotAllowed, net('<forward mode="nat"/>\n<mtu size="9000"/>'));
  assertQuiet(mtuNotAllowed, net('<forward mode="open"/>\n<mtu size="9000"/>'));
  assertQuiet(mtuNotAllowed, net('<mtu size="9000"/>'));
});
