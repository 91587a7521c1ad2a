import { test } from 'node:test';
import { virtualportParameterExtra } from '../../../server/src/service/rules/virtualport-parameter-extra';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('virtualport-parameter-extra fires on profileid in 802.1Qbg, at the value', () => {
  assertFires(
    virtualportParameterExtra,
    net('<forward mode="vepa"><interface dev="eth0"/></forward>\n<virtualport type="802.1Qbg"><parameters managerid="1" profileid="⟦finance⟧"/></virtualport>'),
    "extra profileid unsupported in <virtualport type='802.1Qbg'>",
  );
});

test('virtualport-parameter-extra fires on managerid in openvswitch', () => {
  assertFires(virtualportParameterExtra, net('<virtualport type="openvswitch"><parameters managerid="⟦1⟧"/></virtualport>'), "extra managerid unsupported in <virtualport type='openvswitch'>");
});

test('virtualport-parameter-extra is quiet on fitting parameters, an empty profileid, midonet and typeless ones', () => {
  assertQuiet(virtualportParameterExtra, net('<virtualport type="openvswitch"><parameters profileid="p" interfaceid="09b11c53-8b5c-4eeb-8f00-d84eaa0aaa4f"/></virtualport>'));
  assertQuiet(virtualportParameterExtra, net('<virtualport type="802.1Qbg"><parameters managerid="1" profileid=""/></virtualport>'));
  assertQuiet(virtualportParameterExtra, net('<virtualport type="midonet"><parameters managerid="1" profileid="a"/></virtualport>'));
  assertQuiet(virtualportParameterExtra, net('<portgroup name="p"><virtualport><parameters managerid="1" profileid="a"/></virtualport></portgroup>'));
});
