import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forwardModeUnknown } from '../../../server/src/service/rules/forward-mode-unknown';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('forward-mode-unknown fires on an unknown mode, at the value', () => {
  const p = assertFires(forwardModeUnknown, net('<forward mode="⟦masquerade⟧"/>'), "unsupported configuration: unknown forwarding type 'masquerade'");
  assert.deepEqual(p.fixes, []);
});

test('forward-mode-unknown is case-sensitive and offers the lower-case mode', () => {
  const p = assertFires(forwardModeUnknown, net('<forward mode="⟦NAT⟧"/>'), "unknown forwarding type 'NAT'");
  assert.equal(p.fixes?.[0].edits[0].newText, 'nat');
});

test("forward-mode-unknown is quiet on every known mode, on 'none', on an empty or absent mode", () => {
  for (const mode of ['nat', 'route', 'open', 'bridge', 'private', 'vepa', 'passthrough', 'hostdev', 'none', '']) {
    assertQuiet(forwardModeUnknown, net(`<forward mode="${mode}"/>`));
  }
  assertQuiet(forwardModeUnknown, net('<forward/>'));
});
