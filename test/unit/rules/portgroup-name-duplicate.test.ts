import { test } from 'node:test';
import { portgroupNameDuplicate as rule } from '../../../server/src/service/rules/portgroup-name-duplicate';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('portgroup-name-duplicate fires on the second portgroup of a name, at its name', () => {
  assertFires(rule, net('<portgroup name="a"/><portgroup name="⟦a⟧"/>', 'pg2'), "unsupported configuration: multiple <portgroup> elements with the same name (a) in network 'pg2'");
});

test('portgroup-name-duplicate is quiet for distinct names (case matters)', () => {
  assertQuiet(rule, net('<portgroup name="a"/><portgroup name="A"/>'));
});
