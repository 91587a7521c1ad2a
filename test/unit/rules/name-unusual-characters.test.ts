import { test } from 'node:test';
import { nameUnusualCharacters as rule } from '../../../server/src/service/rules/name-unusual-characters';
import { assertFires, assertQuiet } from '../../support/rule-harness';

test('name-unusual-characters warns on quotes and spaces, at the name text', () => {
  assertFires(rule, '<network><name>⟦my "net" 1⟧</name></network>', "network name 'my \"net\" 1' contains characters outside [A-Za-z0-9_.-]: ' ' (space), '\"'");
});

test("name-unusual-characters is quiet for [A-Za-z0-9_.-] and leaves '/' to the parser rule", () => {
  assertQuiet(rule, '<network><name>my_net-1.test</name></network>');
  assertQuiet(rule, '<network><name>a/b</name></network>');
});
