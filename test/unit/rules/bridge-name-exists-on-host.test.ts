import { test } from 'node:test';
import { bridgeNameExistsOnHost as rule } from '../../../server/src/service/rules/bridge-name-exists-on-host';
import type { HostFacts } from '../../../server/src/service/host-facts';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

const host: HostFacts = {
  networks: [{ name: 'default', active: true, bridge: 'virbr0', subnets: [] }],
  interfaces: ['lo', 'eth0', 'hostbr7', 'virbr0'],
};

test('bridge-name-exists-on-host fires on an existing non-libvirt interface, at the name', () => {
  assertFires(rule, net('<bridge name="⟦hostbr7⟧"/>', 'netd'), 'error creating bridge interface hostbr7: File exists', host);
});

test('bridge-name-exists-on-host is quiet for a free name, the running network’s own bridge, and another network’s bridge (bridge-name-in-use)', () => {
  assertQuiet(rule, net('<bridge name="virbr5"/>'), host);
  assertQuiet(rule, net('<bridge name="virbr0"/>', 'default'), host);
  assertQuiet(rule, net('<bridge name="virbr0"/>', 'other'), host);
  assertQuiet(rule, net('<bridge name="hostbr7"/>'));
});
