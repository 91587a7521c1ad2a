import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SeenStrings } from '../../server/src/service/rules/seen-strings';

test('SeenStrings tells repeats from first sightings, also past the expected count', () => {
  const seen = new SeenStrings(2);
  const keys = Array.from({ length: 200 }, (_, i) => `key${i % 150}`);
  const reference = new Set<string>();
  for (const key of keys) {
    // A fresh string each time: equal text, not the same object.
    const copy = JSON.parse(JSON.stringify(key)) as string;
    assert.equal(seen.addAgain(copy), reference.has(key), key);
    reference.add(key);
  }
  assert.equal(seen.addAgain(''), false);
  assert.equal(seen.addAgain(''), true);
});
