import { test } from 'node:test';
import { subnetInUse as rule } from '../../../server/src/service/rules/subnet-in-use';
import type { HostFacts } from '../../../server/src/service/host-facts';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

const host: HostFacts = {
  networks: [{ name: 'default', uuid: 'b30ae534-dfde-46cd-a7e6-72c6ad1c66fd', active: true, bridge: 'virbr0', subnets: [{ family: 'ipv4', address: '192.168.122.1', prefix: 24 }] }],
  routes: [
    { iface: 'virbr0', family: 'ipv4', destination: '192.168.122.0', prefix: 24 },
    { iface: 'eth0', family: 'ipv4', destination: '10.0.0.0', prefix: 16 },
  ],
};

test("subnet-in-use fires on an active network's exact subnet, at the <ip>", () => {
  assertFires(rule, net('<bridge name="virbr9"/>\n<⟦ip⟧ address="192.168.122.1" prefix="24"/>', 'netc'), 'internal error: Network is already in use by interface virbr0', host);
});

test('subnet-in-use fires on the exact subnet of a host route', () => {
  assertFires(rule, net('<⟦ip⟧ address="10.0.0.1" netmask="255.255.0.0"/>'), 'Network is already in use by interface eth0', host);
});

test('subnet-in-use is quiet for containment, for the network itself, and without host facts', () => {
  assertQuiet(rule, net('<ip address="192.168.122.129" prefix="25"/><ip address="10.0.1.1" prefix="24"/>'), host);
  assertQuiet(rule, net('<ip address="192.168.122.1" prefix="24"/>', 'default'), host);
  assertQuiet(rule, net('<ip address="192.168.122.1" prefix="24"/>'));
});
