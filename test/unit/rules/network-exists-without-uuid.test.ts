import { test } from 'node:test';
import assert from 'node:assert/strict';
import { networkExistsWithoutUuid as rule } from '../../../server/src/service/rules/network-exists-without-uuid';
import type { HostFacts } from '../../../server/src/service/host-facts';
import { assertFires, assertQuiet } from '../../support/rule-harness';

const uuid = 'b30ae534-dfde-46cd-a7e6-72c6ad1c66fd';
const host: HostFacts = { networks: [{ name: 'default', uuid, active: false, subnets: [] }] };

test('network-exists-without-uuid warns at <name> and inserts the uuid after it', () => {
  const marked = '<network>\n  <⟦name⟧>default</name>\n  <bridge name="virbr7"/>\n</network>\n';
  const problem = assertFires(rule, marked, `operation failed: network 'default' already exists with uuid ${uuid}`, host);
  const edit = problem.fixes?.[0]?.edits[0];
  assert.ok(edit);
  const text = marked.replace('⟦', '').replace('⟧', '');
  const fixed = text.slice(0, edit.range.start) + edit.newText + text.slice(edit.range.end);
  assert.equal(fixed, `<network>\n  <name>default</name>\n  <uuid>${uuid}</uuid>\n  <bridge name="virbr7"/>\n</network>\n`);
});

test('network-exists-without-uuid is quiet with a uuid, for a new name, and without host facts', () => {
  assertQuiet(rule, `<network><name>default</name><uuid>${uuid}</uuid></network>`, host);
  assertQuiet(rule, '<network><name>fresh</name></network>', host);
  assertQuiet(rule, '<network><name>default</name></network>');
});
