import { test } from 'node:test';
import { portgroupMultipleDefaults as rule } from '../../../server/src/service/rules/portgroup-multiple-defaults';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('portgroup-multiple-defaults fires on the second default (any case), at its default attribute', () => {
  assertFires(rule, net('<portgroup name="a" default="yes"/><portgroup name="b" default="⟦YES⟧"/>', 'pg1'), "unsupported configuration: network 'pg1' has multiple default <portgroup> elements (a and b), but only one default is allowed");
});

test('portgroup-multiple-defaults is quiet with one default', () => {
  assertQuiet(rule, net('<portgroup name="a" default="yes"/><portgroup name="b" default="no"/><portgroup name="c"/>'));
});
