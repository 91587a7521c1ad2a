import { test } from 'node:test';
import { forwardPfDuplicate } from '../../../server/src/service/rules/forward-pf-duplicate';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('forward-pf-duplicate fires on the second <pf>', () => {
  assertFires(
    forwardPfDuplicate,
    net('<forward mode="hostdev">\n  <pf dev="eth2"/>\n  <⟦pf⟧ dev="eth3"/>\n</forward>', 'lab'),
    'Only one <pf> element is allowed in <forward> of network lab',
  );
});

test('forward-pf-duplicate is quiet with one <pf>, and when <address>es make libvirt drop the <pf>s', () => {
  assertQuiet(forwardPfDuplicate, net('<forward mode="hostdev"><pf dev="eth2"/></forward>'));
  assertQuiet(forwardPfDuplicate, net('<forward mode="bridge"><address type="pci" bus="1"/><pf dev="a"/><pf dev="b"/></forward>'));
});
