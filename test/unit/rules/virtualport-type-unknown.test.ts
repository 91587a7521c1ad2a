import { test } from 'node:test';
import { virtualportTypeUnknown } from '../../../server/src/service/rules/virtualport-type-unknown';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test("virtualport-type-unknown fires on type='none', at the value", () => {
  assertFires(virtualportTypeUnknown, net('<forward mode="bridge"/>\n<bridge name="ovsbr0"/>\n<virtualport type="⟦none⟧"/>'), 'unsupported configuration: unknown virtualport type none');
});

test('virtualport-type-unknown is case-sensitive and offers the right spelling', () => {
  const p = assertFires(virtualportTypeUnknown, net('<portgroup name="p"><virtualport type="⟦OpenVSwitch⟧"/></portgroup>'), 'unknown virtualport type OpenVSwitch');
  if (p.fixes?.[0]?.edits[0]?.newText !== 'openvswitch') throw new Error('expected a fix to openvswitch');
});

test('virtualport-type-unknown is quiet on the four types and on a typeless portgroup virtualport', () => {
  assertQuiet(virtualportTypeUnknown, net('<virtualport type="openvswitch"/>\n<portgroup name="a"><virtualport type="802.1Qbg"/></portgroup><portgroup name="b"><virtualport type="802.1Qbh"/></portgroup><portgroup name="c"><virtualport type="midonet"/></portgroup><portgroup name="d"><virtualport/></portgroup>'));
});
