import { test } from 'node:test';
import { schemaMissingElement } from '../../../server/src/service/rules/schema-missing-element';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('schema-missing-element fires on <vlan> without <tag>', () => {
  assertFires(schemaMissingElement, net('<⟦vlan⟧/>'), 'XML document failed to validate against schema: Element vlan: missing required child <tag>');
});

test('schema-missing-element fires on a DNS host without <hostname>', () => {
  assertFires(schemaMissingElement, net("<dns><⟦host⟧ ip='10.0.0.2'></host></dns>"), 'Element host: missing required child <hostname>');
});

test('schema-missing-element fires on a network without <name>', () => {
  assertFires(schemaMissingElement, "<⟦network⟧><bridge name='virbr0'/></network>", 'missing required child <name>');
});

test('schema-missing-element is quiet when the child is there, and on a malformed document', () => {
  assertQuiet(schemaMissingElement, net("<vlan><tag id='1'/></vlan><dns><host ip='10.0.0.2'><hostname>a</hostname></host></dns>"));
  assertQuiet(schemaMissingElement, '<network><bridge name="x"/><vlan>');
});
