import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forwardInterfaceDevMissing } from '../../../server/src/service/rules/forward-interface-dev-missing';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('forward-interface-dev-missing fires on <interface/> without dev, at the element', () => {
  const p = assertFires(
    forwardInterfaceDevMissing,
    net('<forward mode="passthrough">\n  <interface dev="eth1"/>\n  <⟦interface⟧/>\n</forward>', 'lab'),
    'Missing required dev attribute in <forward> <interface> element of network lab',
  );
  assert.deepEqual(p.fixes, []);
});

test('forward-interface-dev-missing offers the forward dev for the first interface', () => {
  const p = assertFires(forwardInterfaceDevMissing, net('<forward mode="bridge" dev="eth0"><⟦interface⟧/></forward>'), 'Missing required dev attribute');
  assert.equal(p.fixes?.[0].edits[0].newText, ' dev="eth0"');
});

test('forward-interface-dev-missing is quiet with dev, even empty', () => {
  assertQuiet(forwardInterfaceDevMissing, net('<forward mode="bridge"><interface dev="eth0"/><interface dev=""/></forward>'));
});
