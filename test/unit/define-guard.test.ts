// Saving an edited definition: does the XML still identify the network it was opened for?
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { retargetReason } from '../../server/src/handlers/define-guard';

const UA = '11111111-2222-4333-8444-555555555555';
const UB = '66666666-7777-4888-8999-aaaaaaaaaaaa';
const networks = [
  { name: 'lab', uuid: UA },
  { name: 'default', uuid: UB },
];

test('the same name, with its uuid or none: a redefine of that network', () => {
  assert.equal(retargetReason({ name: 'lab', uuid: UA }, { name: 'lab' }, networks), undefined);
  assert.equal(retargetReason({ name: 'lab', uuid: UA.toUpperCase().replace(/-/g, '') }, { name: 'lab' }, networks), undefined, 'as libvirt parses uuids');
  assert.equal(retargetReason({ name: 'lab' }, { name: 'lab' }, networks), undefined);
  assert.equal(retargetReason({ name: 'lab', uuid: UA }, { name: 'lab', uuid: UA }, []), undefined, 'opened network gone since: defining it again is fine');
});

test('<name> changed to another network’s: it would be overwritten', () => {
  assert.equal(
    retargetReason({ name: 'default' }, { name: 'lab' }, networks),
    `The XML now identifies network 'default' (${UB}), not 'lab': saving would overwrite the definition of 'default'.`,
  );
});

test('<uuid> changed to another network’s: not a save of this one (libvirt would refuse the clash)', () => {
  assert.equal(retargetReason({ name: 'lab', uuid: UB }, { name: 'lab' }, networks), `The XML's <name> and <uuid> point at network 'default' (${UB}), not at 'lab'.`);
  assert.match(retargetReason({ name: 'default', uuid: UB }, { name: 'lab', uuid: UA }, networks) ?? '', /overwrite the definition of 'default'/);
});

test('a new name: a new network, the opened one unchanged', () => {
  assert.equal(
    retargetReason({ name: 'lab2' }, { name: 'lab' }, networks),
    "The XML now names the network 'lab2', not 'lab': saving would define a new network and leave 'lab' unchanged.",
  );
});

test('an unknown uuid under the same name is not this network’s', () => {
  assert.equal(
    retargetReason({ name: 'lab', uuid: '00000000-0000-4000-8000-000000000000' }, { name: 'lab' }, networks),
    `The XML's <uuid> 00000000-0000-4000-8000-000000000000 is not the uuid of 'lab' (${UA}).`,
  );
});
