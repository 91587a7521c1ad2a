import { test } from 'node:test';
import { forwardPfDevMissing } from '../../../server/src/service/rules/forward-pf-dev-missing';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('forward-pf-dev-missing fires on <pf/> without dev, at the element', () => {
  assertFires(forwardPfDevMissing, net('<forward mode="hostdev">\n  <⟦pf⟧/>\n</forward>', 'lab'), "Missing required dev attribute in <pf> element of network 'lab'");
});

test('forward-pf-dev-missing is quiet with dev, and when an <interface> makes libvirt drop the <pf>', () => {
  assertQuiet(forwardPfDevMissing, net('<forward mode="hostdev"><pf dev="eth2"/></forward>'));
  assertQuiet(forwardPfDevMissing, net('<forward mode="bridge"><interface dev="e"/><pf/></forward>'));
});
