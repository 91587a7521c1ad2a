import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bridgeNameInUse as rule } from '../../../server/src/service/rules/bridge-name-in-use';
import type { HostFacts } from '../../../server/src/service/host-facts';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

const host: HostFacts = {
  networks: [
    { name: 'default', active: false, bridge: 'virbr0', subnets: [] },
    { name: 'neta', active: true, bridge: 'virbr1', subnets: [] },
  ],
  interfaces: ['lo', 'eth0', 'virbr1'],
};

test('bridge-name-in-use fires on another network’s bridge, at the name, offering a free name', () => {
  const problem = assertFires(rule, net('<bridge name="⟦virbr0⟧"/>', 'neta2'), "internal error: bridge name 'virbr0' already in use.", host);
  assert.equal(problem.fixes?.[0]?.edits[0]?.newText, 'virbr2');
});

test('bridge-name-in-use is quiet for its own network, templates, host-bridge mode and without host facts', () => {
  assertQuiet(rule, net('<bridge name="virbr0"/>', 'default'), host);
  assertQuiet(rule, net('<bridge name="virbr%d"/>'), host);
  assertQuiet(rule, net('<forward mode="bridge"/><bridge name="virbr0"/>'), host);
  assertQuiet(rule, net('<bridge name="virbr0"/>'));
});
