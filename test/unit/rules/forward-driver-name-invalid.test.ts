import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forwardDriverNameInvalid } from '../../../server/src/service/rules/forward-driver-name-invalid';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('forward-driver-name-invalid fires on an unknown driver name, at the value (11.x wording)', () => {
  const p = assertFires(
    forwardDriverNameInvalid,
    net('<forward mode="hostdev"><driver name="⟦pci-stub⟧"/><pf dev="eth2"/></forward>'),
    "Invalid value for attribute 'name' in element 'driver': 'pci-stub'.",
  );
  assert.equal(p.fixes?.[0].edits[0].newText, 'vfio');
});

test("forward-driver-name-invalid rejects 'default' (accepted by 9.0, not by 11.x) and offers to drop it", () => {
  const p = assertFires(forwardDriverNameInvalid, net('<forward mode="hostdev"><driver name="⟦default⟧"/></forward>'), "'driver': 'default'.");
  assert.equal(p.fixes?.[0].title, "Remove name='default' (same meaning)");
});

test('forward-driver-name-invalid is quiet on kvm, vfio, xen and on a driver with only a model', () => {
  for (const name of ['kvm', 'vfio', 'xen']) assertQuiet(forwardDriverNameInvalid, net(`<forward mode="hostdev"><driver name="${name}"/></forward>`));
  assertQuiet(forwardDriverNameInvalid, net('<forward mode="hostdev"><driver model="vfio-pci-igb"/></forward>'));
});
