import { test } from 'node:test';
import { uuidMalformed } from '../../../server/src/service/rules/uuid-malformed';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('uuid-malformed fires on 31 hex digits, at the uuid text', () => {
  assertFires(uuidMalformed, net('<uuid>⟦81ff0d90-c91e-6742-64da-4a736edb9a9⟧</uuid>'), 'internal error: malformed uuid element');
});

test('uuid-malformed fires on a dash inside a pair, a trailing dash and a whitespace-only uuid', () => {
  assertFires(uuidMalformed, net('<uuid>⟦1-2345678123412341234123456789012⟧</uuid>'), 'malformed uuid element');
  assertFires(uuidMalformed, net('<uuid>⟦12345678123412341234123456789012-⟧</uuid>'), 'malformed uuid element');
  assertFires(uuidMalformed, net('<uuid>⟦ ⟧</uuid>'), 'malformed uuid element');
});

test('uuid-malformed is quiet on the liberal forms virUUIDParse accepts, and on an empty <uuid/>', () => {
  assertQuiet(uuidMalformed, net('<uuid>81ff0d90-c91e-6742-64da-4a736edb9a9b</uuid>'));
  assertQuiet(uuidMalformed, net('<uuid>81FF0D90C91E674264DA4A736EDB9A9B</uuid>'));
  assertQuiet(uuidMalformed, net('<uuid>\n  -81 ff 0d 90-c91e6742-64da4a736edb9a9b\t\n</uuid>'));
  assertQuiet(uuidMalformed, net('<uuid/>'));
});
