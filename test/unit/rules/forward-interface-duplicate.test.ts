import { test } from 'node:test';
import { forwardInterfaceDuplicate } from '../../../server/src/service/rules/forward-interface-duplicate';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('forward-interface-duplicate fires on the second listing, at its dev', () => {
  assertFires(
    forwardInterfaceDuplicate,
    net('<forward mode="passthrough">\n  <interface dev="eth3"/>\n  <interface dev="eth4"/>\n  <interface dev="⟦eth3⟧"/>\n</forward>', 'lab'),
    "interface 'eth3' can only be listed once in network lab",
  );
});

test('forward-interface-duplicate counts the forward dev only through the first interface it must match', () => {
  assertFires(forwardInterfaceDuplicate, net('<forward mode="bridge" dev="eth0"><interface dev="eth0"/><interface dev="⟦eth0⟧"/></forward>'), "interface 'eth0'");
  // dev vs a later interface is forward-dev-interface-mismatch's business
  assertQuiet(forwardInterfaceDuplicate, net('<forward mode="bridge" dev="eth1"><interface dev="eth2"/><interface dev="eth1"/></forward>'));
});

test('forward-interface-duplicate is quiet on distinct devices', () => {
  assertQuiet(forwardInterfaceDuplicate, net('<forward mode="bridge" dev="eth0"><interface dev="eth0"/><interface dev="eth1"/></forward>'));
});
