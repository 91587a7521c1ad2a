import { test } from 'node:test';
import { nameMissing } from '../../../server/src/service/rules/name-missing';
import { assertFires, assertQuiet } from '../../support/rule-harness';

test('name-missing fires on an empty <name/>', () => {
  assertFires(nameMissing, '<network>\n  <⟦name⟧/>\n</network>', 'missing name information');
});

test('name-missing fires on the root when <name> is absent', () => {
  assertFires(nameMissing, '<⟦network⟧>\n  <bridge name="virbr9"/>\n</network>', 'missing name information');
});

test('name-missing is quiet with a name, even one of spaces (libvirt does not trim)', () => {
  assertQuiet(nameMissing, '<network><name>default</name></network>');
  assertQuiet(nameMissing, '<network><name> </name></network>');
});
