import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forwardDevInterfaceMismatch } from '../../../server/src/service/rules/forward-dev-interface-mismatch';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('forward-dev-interface-mismatch fires when dev differs from the first <interface>, at dev', () => {
  const p = assertFires(
    forwardDevInterfaceMismatch,
    net('<forward mode="bridge" dev="⟦eth1⟧">\n  <interface dev="eth2"/>\n  <interface dev="eth1"/>\n</forward>', 'lab'),
    "<forward dev='eth1'> must match first <interface dev='eth2'/> in network lab",
  );
  assert.deepEqual(p.fixes?.map((f) => f.title), ['Remove dev', "Change dev to 'eth2'"]);
});

test('forward-dev-interface-mismatch is quiet when they match, or with only one of them', () => {
  assertQuiet(forwardDevInterfaceMismatch, net('<forward mode="bridge" dev="eth0"><interface dev="eth0"/><interface dev="eth1"/></forward>'));
  assertQuiet(forwardDevInterfaceMismatch, net('<forward mode="bridge"><interface dev="eth0"/></forward>'));
  assertQuiet(forwardDevInterfaceMismatch, net('<forward mode="bridge" dev=""><interface dev="eth0"/></forward>'));
});
