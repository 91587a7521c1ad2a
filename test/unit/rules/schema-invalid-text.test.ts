import { test } from 'node:test';
import { schemaInvalidText } from '../../../server/src/service/rules/schema-invalid-text';
import { assertFires, assertQuiet, net } from '../../support/rule-harness';

test('schema-invalid-text: a malformed uuid, on its text', () => {
  assertFires(schemaInvalidText, net('<uuid>⟦1234⟧</uuid>'), "XML document failed to validate against schema: Element uuid: text '1234' is not a valid UUID");
});

test('schema-invalid-text: surrounding whitespace is part of a uuid', () => {
  assertFires(schemaInvalidText, net('<uuid>⟦ 12345678-1234-1234-1234-123456789012 ⟧</uuid>'), 'no surrounding whitespace allowed here');
});

test('schema-invalid-text: an empty uuid is reported on the element', () => {
  assertFires(schemaInvalidText, net('<⟦uuid⟧/>'), "Element uuid: text '' is not a valid UUID");
});

test('schema-invalid-text: a hostname with an underscore', () => {
  assertFires(schemaInvalidText, net("<dns><host ip='10.0.0.2'><hostname>⟦my_host⟧</hostname></host></dns>"), "contains '_', which is not allowed in a dnsName");
});

test('schema-invalid-text: text inside an element that takes none, at the text', () => {
  assertFires(schemaInvalidText, net("<bridge name='virbr9'>\n  ⟦hello there⟧\n</bridge>"), "Element bridge takes no text, found 'hello there'");
  assertFires(schemaInvalidText, net("<ip address='10.0.0.1' prefix='24'><dhcp/>⟦oops⟧</ip>"), "Element ip takes no text, found 'oops'");
  assertFires(schemaInvalidText, net('<metadata>⟦note⟧</metadata>'), "Element metadata takes no text, found 'note'");
});

test('schema-invalid-text is quiet on whitespace, comments, any name and free metadata content', () => {
  assertQuiet(schemaInvalidText, net("<bridge name='virbr9'>\n  <!-- comment -->\n</bridge><uuid>12345678-1234-1234-1234-123456789012</uuid>"));
  assertQuiet(schemaInvalidText, '<network><name> any thing / at all </name><metadata><a:x xmlns:a="urn:a">text</a:x></metadata></network>');
});
