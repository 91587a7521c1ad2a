import { test } from 'node:test';
import { virtualportParameterMissing } from '../../../server/src/service/rules/virtualport-parameter-missing';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('virtualport-parameter-missing fires on 802.1Qbh without profileid, at the virtualport', () => {
  assertFires(virtualportParameterMissing, net('<forward mode="private"><interface dev="eth1"/></forward>\n<⟦virtualport⟧ type="802.1Qbh"/>'), "missing profileid in <virtualport type='802.1Qbh'>");
});

test('virtualport-parameter-missing fires on a portgroup whose merged 802.1Qbg lacks typeidversion', () => {
  assertFires(
    virtualportParameterMissing,
    net('<forward mode="vepa"><interface dev="eth1"/></forward>\n<virtualport type="802.1Qbg"><parameters managerid="1"/></virtualport>\n<portgroup name="p" default="yes"><⟦virtualport⟧><parameters typeid="2"/></virtualport></portgroup>'),
    "missing typeidversion in <virtualport type='802.1Qbg'>",
  );
});

test('virtualport-parameter-missing is quiet when network and portgroup complete each other, and for openvswitch (interfaceid is generated)', () => {
  assertQuiet(virtualportParameterMissing, net('<forward mode="vepa"><interface dev="eth1"/></forward>\n<virtualport type="802.1Qbg"><parameters managerid="1" typeid="2"/></virtualport>\n<portgroup name="p" default="yes"><virtualport><parameters typeidversion="3"/></virtualport></portgroup>'));
  assertQuiet(virtualportParameterMissing, net('<forward mode="bridge"/>\n<bridge name="ovsbr0"/>\n<virtualport type="openvswitch"/>'));
});
