import { test } from 'node:test';
import { vlanTagIdInvalid } from '../../../server/src/service/rules/vlan-tag-id-invalid';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('vlan-tag-id-invalid fires on 4096, at the value', () => {
  assertFires(vlanTagIdInvalid, net('<vlan><tag id="⟦4096⟧"/></vlan>'), 'vlan tag id 4096 too large (maximum 4095)');
});

test('vlan-tag-id-invalid fires on a missing id, at the tag', () => {
  assertFires(vlanTagIdInvalid, net('<vlan><⟦tag⟧ nativeMode="tagged"/></vlan>'), "Missing required attribute 'id' in element 'tag'");
});

test('vlan-tag-id-invalid fires on -1', () => {
  assertFires(vlanTagIdInvalid, net('<portgroup name="p"><vlan><tag id="⟦-1⟧"/></vlan></portgroup>'), "Invalid value for attribute 'id' in element 'tag': '-1'. Expected non-negative integer value");
});

test('vlan-tag-id-invalid is quiet on 0..4095', () => {
  assertQuiet(vlanTagIdInvalid, net('<vlan trunk="yes"><tag id="0"/><tag id="4095"/></vlan>'));
});
