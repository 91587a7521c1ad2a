import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bridgeMacTableManagerInvalid } from '../../../server/src/service/rules/bridge-mac-table-manager-invalid';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test("bridge-mac-table-manager-invalid fires on 'default', at the value", () => {
  const p = assertFires(
    bridgeMacTableManagerInvalid,
    net('<bridge name="virbr9" macTableManager="⟦default⟧"/>', 'lab'),
    "Invalid macTableManager setting 'default' in network 'lab'",
  );
  assert.deepEqual(p.fixes?.map((f) => f.edits[0].newText), ['kernel', 'libvirt']);
});

test('bridge-mac-table-manager-invalid is case-sensitive', () => {
  assertFires(bridgeMacTableManagerInvalid, net('<bridge macTableManager="⟦Kernel⟧"/>'), "Invalid macTableManager setting 'Kernel'");
});

test('bridge-mac-table-manager-invalid is quiet on kernel, libvirt and an empty value', () => {
  for (const v of ['kernel', 'libvirt', '']) assertQuiet(bridgeMacTableManagerInvalid, net(`<bridge macTableManager="${v}"/>`));
});
