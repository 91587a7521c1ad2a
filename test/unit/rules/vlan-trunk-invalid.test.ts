import { test } from 'node:test';
import { vlanTrunkInvalid } from '../../../server/src/service/rules/vlan-trunk-invalid';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test("vlan-trunk-invalid fires on trunk='no' with two tags, at the value", () => {
  assertFires(vlanTrunkInvalid, net('<vlan trunk="⟦no⟧"><tag id="1"/><tag id="2"/></vlan>'), `invalid "trunk='no'" in <vlan> - trunk='yes' is required for more than one vlan tag`);
});

test("vlan-trunk-invalid fires on trunk='no' with a native tag", () => {
  assertFires(vlanTrunkInvalid, net('<vlan trunk="⟦no⟧"><tag id="1" nativeMode="untagged"/></vlan>'), `invalid configuration in <vlan> - "trunk='no'" is not allowed with a native vlan id`);
});

test("vlan-trunk-invalid fires on trunk='maybe'", () => {
  assertFires(vlanTrunkInvalid, net('<vlan trunk="⟦maybe⟧"><tag id="1"/></vlan>'), `invalid "trunk='maybe'" in <vlan> - must be yes or no`);
});

test("vlan-trunk-invalid is quiet on yes/YES, on 'No' with one tag, and on an empty trunk (read as absent)", () => {
  assertQuiet(vlanTrunkInvalid, net('<vlan trunk="YES"><tag id="1"/><tag id="2"/></vlan>'));
  assertQuiet(vlanTrunkInvalid, net('<vlan trunk="No"><tag id="1"/></vlan>'));
  assertQuiet(vlanTrunkInvalid, net('<vlan trunk=""><tag id="1"/><tag id="2"/></vlan>'));
});
