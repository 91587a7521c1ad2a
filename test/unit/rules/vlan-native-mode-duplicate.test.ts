import { test } from 'node:test';
import { vlanNativeModeDuplicate } from '../../../server/src/service/rules/vlan-native-mode-duplicate';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('vlan-native-mode-duplicate fires on the second native tag, at its value', () => {
  assertFires(vlanNativeModeDuplicate, net('<vlan trunk="yes"><tag id="1" nativeMode="tagged"/><tag id="2" nativeMode="⟦untagged⟧"/></vlan>'), 'duplicate native vlan setting');
});

test('vlan-native-mode-duplicate is quiet with one native tag', () => {
  assertQuiet(vlanNativeModeDuplicate, net('<vlan trunk="yes"><tag id="1" nativeMode="tagged"/><tag id="2"/></vlan>'));
});
