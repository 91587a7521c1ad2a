import { test } from 'node:test';
import { virtualportTypeMissing } from '../../../server/src/service/rules/virtualport-type-missing';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('virtualport-type-missing fires on a typeless network-level virtualport, at it', () => {
  assertFires(virtualportTypeMissing, net('<forward mode="bridge"/>\n<bridge name="ovsbr0"/>\n<⟦virtualport⟧/>'), 'missing required virtualport type');
});

test('virtualport-type-missing is quiet on a typed one and on a typeless portgroup one', () => {
  assertQuiet(virtualportTypeMissing, net('<virtualport type="openvswitch"/>\n<portgroup name="p"><virtualport><parameters profileid="x"/></virtualport></portgroup>'));
});
