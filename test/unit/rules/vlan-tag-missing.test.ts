import { test } from 'node:test';
import { vlanTagMissing } from '../../../server/src/service/rules/vlan-tag-missing';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('vlan-tag-missing fires on an empty <vlan>, at it', () => {
  assertFires(vlanTagMissing, net('<forward mode="bridge"/>\n<bridge name="br0"/>\n<⟦vlan⟧ trunk="yes"/>'), "missing tag id - each <vlan> must have at least one <tag id='n'/> subelement");
});

test('vlan-tag-missing is quiet with a tag', () => {
  assertQuiet(vlanTagMissing, net('<portgroup name="p"><vlan><tag id="42"/></vlan></portgroup>'));
});
