import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bridgeDelayInvalid } from '../../../server/src/service/rules/bridge-delay-invalid';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('bridge-delay-invalid fires on a negative delay, at the value, and offers to remove it', () => {
  const p = assertFires(bridgeDelayInvalid, net('<bridge name="virbr9" delay="⟦-0⟧"/>', 'lab'), "Invalid delay value in network 'lab'");
  assert.deepEqual(p.fixes?.[0].edits[0].newText, '');
});

test('bridge-delay-invalid fires on trailing blanks, hex and overflow past 2^64-1', () => {
  assertFires(bridgeDelayInvalid, net('<bridge delay="⟦5 ⟧"/>'), 'Invalid delay value');
  assertFires(bridgeDelayInvalid, net('<bridge delay="⟦0x5⟧"/>'), 'Invalid delay value');
  assertFires(bridgeDelayInvalid, net('<bridge delay="⟦18446744073709551616⟧"/>'), 'Invalid delay value');
});

test("bridge-delay-invalid is quiet on what strtoul accepts: '+5', ' 5', 2^64-1, and on an empty value", () => {
  for (const v of ['0', '+5', ' 5', '18446744073709551615', '']) assertQuiet(bridgeDelayInvalid, net(`<bridge delay="${v}"/>`));
});

test('bridge-delay-invalid reads only the first <bridge>', () => {
  assertQuiet(bridgeDelayInvalid, net('<bridge name="virbr9"/>\n<bridge delay="x"/>'));
});
