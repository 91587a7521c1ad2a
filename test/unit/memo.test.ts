import { test } from 'node:test';
import assert from 'node:assert/strict';
import { memoizedOn } from '../../server/src/service/memo';

test('memoizedOn computes once per key object and keeps the value on that key only', () => {
  const calls: object[] = [];
  const sizeOf = memoizedOn((key: { items: number[] }) => {
    calls.push(key);
    return { size: key.items.length };
  });
  const a = { items: [1, 2] };
  const b = { items: [1, 2, 3] };
  const first = sizeOf(a);
  assert.equal(first.size, 2);
  assert.equal(sizeOf(a), first, 'the same object, not a recomputation');
  assert.equal(sizeOf(b).size, 3);
  assert.deepEqual(calls, [a, b]);
});

test('the kept value is invisible to enumeration and comparison of the key', () => {
  const read = memoizedOn((key: { name: string }) => ({ upper: key.name.toUpperCase() }));
  const element = { name: 'host' };
  read(element);
  assert.deepEqual(Object.keys(element), ['name']);
  assert.deepStrictEqual(element, { name: 'host' });
  assert.equal(JSON.stringify(element), '{"name":"host"}');
});

test('two memos on one key keep their own values', () => {
  const length = memoizedOn((key: { text: string }) => [key.text.length]);
  const words = memoizedOn((key: { text: string }) => key.text.split(' '));
  const key = { text: 'a bc' };
  assert.deepEqual(length(key), [4]);
  assert.deepEqual(words(key), ['a', 'bc']);
  assert.deepEqual(length(key), [4]);
});
