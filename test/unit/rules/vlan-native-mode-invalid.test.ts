import { test } from 'node:test';
import { vlanNativeModeInvalid } from '../../../server/src/service/rules/vlan-native-mode-invalid';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test("vlan-native-mode-invalid fires on nativeMode='default', at the value", () => {
  assertFires(vlanNativeModeInvalid, net('<vlan trunk="yes"><tag id="1" nativeMode="⟦default⟧"/><tag id="2"/></vlan>'), "Invalid value for attribute 'nativeMode' in element 'tag': 'default'.");
});

test('vlan-native-mode-invalid is quiet on tagged/untagged', () => {
  assertQuiet(vlanNativeModeInvalid, net('<vlan trunk="yes"><tag id="1" nativeMode="untagged"/><tag id="2"/></vlan>'));
});
