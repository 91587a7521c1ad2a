import { test } from 'node:test';
import { portgroupNameMissing } from '../../../server/src/service/rules/portgroup-name-missing';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('portgroup-name-missing fires on a nameless portgroup, at it', () => {
  assertFires(portgroupNameMissing, net('<⟦portgroup⟧ default="yes"/>'), 'Missing required name attribute in portgroup');
});

test("portgroup-name-missing fires on name='' too", () => {
  assertFires(portgroupNameMissing, net('<⟦portgroup⟧ name=""/>'), 'Missing required name attribute in portgroup');
});

test('portgroup-name-missing is quiet with a name', () => {
  assertQuiet(portgroupNameMissing, net('<portgroup name="engineering"/>'));
});
