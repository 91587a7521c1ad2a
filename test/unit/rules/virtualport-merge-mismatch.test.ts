import { test } from 'node:test';
import { virtualportMergeMismatch } from '../../../server/src/service/rules/virtualport-merge-mismatch';
import assert from 'node:assert/strict';
import { assertFires, assertQuiet, net, runRule } from '../../support/rule-harness';

const VEPA = '<forward mode="vepa"><interface dev="eth1"/></forward>';

test('virtualport-merge-mismatch fires on a portgroup typeid that differs from the network one, at the portgroup value', () => {
  assertFires(
    virtualportMergeMismatch,
    net(`${VEPA}\n<virtualport type="802.1Qbg"><parameters managerid="11" typeid="1193047" typeidversion="2"/></virtualport>\n<portgroup name="bob" default="yes"><virtualport type="802.1Qbg"><parameters typeid="⟦2193047⟧"/></virtualport></portgroup>`),
    'attempt to merge virtualports with mismatched typeids (1193047 and 2193047)',
  );
});

test('virtualport-merge-mismatch fires on mismatched types', () => {
  assertFires(
    virtualportMergeMismatch,
    net(`${VEPA}\n<virtualport type="802.1Qbg"><parameters managerid="11" typeid="1" typeidversion="2"/></virtualport>\n<portgroup name="p"><virtualport type="⟦802.1Qbh⟧"/></portgroup>`),
    'attempt to merge virtualports with mismatched types (802.1Qbg and 802.1Qbh)',
  );
});

test('virtualport-merge-mismatch compares parsed values: 0x0b equals 11', () => {
  assertQuiet(virtualportMergeMismatch, net(`${VEPA}\n<virtualport type="802.1Qbg"><parameters managerid="11"/></virtualport>\n<portgroup name="p"><virtualport><parameters managerid="0x0b" typeid="5"/></virtualport></portgroup>`));
});

test('virtualport-merge-mismatch is quiet when the portgroup only adds parameters, or sets ones that do not apply to the type', () => {
  assertQuiet(virtualportMergeMismatch, net('<forward mode="bridge"/>\n<bridge name="ovsbr0"/>\n<virtualport type="openvswitch"/>\n<portgroup name="bob"><virtualport><parameters profileid="bob"/></virtualport></portgroup>'));
  assertQuiet(virtualportMergeMismatch, net(`${VEPA}\n<virtualport type="802.1Qbg"><parameters managerid="11"/></virtualport>\n<portgroup name="p"><virtualport><parameters profileid="x"/></virtualport></portgroup>`));
});

test('virtualport-merge-mismatch reports every disagreeing parameter (libvirt stops at the first)', () => {
  const { problems } = runRule(
    virtualportMergeMismatch,
    net(`${VEPA}\n<virtualport type="802.1Qbg"><parameters managerid="11" typeid="1193047" typeidversion="2"/></virtualport>\n<portgroup name="bob" default="yes"><virtualport type="802.1Qbg"><parameters typeid="2193047" typeidversion="3"/></virtualport></portgroup>`),
  );
  assert.deepEqual(problems.map((p) => p.message), [
    'attempt to merge virtualports with mismatched typeids (1193047 and 2193047)',
    'attempt to merge virtualports with mismatched typeidversions (2 and 3)',
  ]);
});
