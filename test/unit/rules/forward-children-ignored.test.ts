import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forwardChildrenIgnored } from '../../../server/src/service/rules/forward-children-ignored';
import { assertFires, assertQuiet, net, runRule } from '../../support/rule-harness';

test('forward-children-ignored warns on a <pf> next to <interface>s, at the <pf>', () => {
  const p = assertFires(
    forwardChildrenIgnored,
    net('<forward mode="passthrough">\n  <interface dev="eth10"/>\n  <⟦pf⟧ dev="eth2"/>\n</forward>', 'lab'),
    '<pf> is ignored: libvirt uses the <interface> elements of <forward> in network lab',
  );
  assert.equal(p.layer, 'lint');
  assert.equal(p.fixes?.[0].title, 'Remove <pf>');
});

test('forward-children-ignored warns on every <address> and <pf> next to <interface>, and on a <pf> next to <address>', () => {
  const { problems } = runRule(forwardChildrenIgnored, net('<forward mode="bridge"><interface dev="e"/><address type="pci" bus="1"/><pf dev="p"/></forward>'));
  assert.equal(problems.length, 2);
  assertFires(forwardChildrenIgnored, net('<forward mode="hostdev"><address type="pci" bus="1"/><⟦pf⟧ dev="p"/></forward>'), 'uses the <address> elements');
});

test('forward-children-ignored is quiet on a single kind of pool, and leaves dev+<pf> to the parse error', () => {
  assertQuiet(forwardChildrenIgnored, net('<forward mode="hostdev"><pf dev="eth2"/></forward>'));
  assertQuiet(forwardChildrenIgnored, net('<forward mode="passthrough"><interface dev="a"/><interface dev="b"/></forward>'));
  assertQuiet(forwardChildrenIgnored, net('<forward mode="bridge" dev="eth0"><pf dev="eth1"/></forward>'));
});
