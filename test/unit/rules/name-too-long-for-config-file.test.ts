import { test } from 'node:test';
import { nameTooLongForConfigFile as rule } from '../../../server/src/service/rules/name-too-long-for-config-file';
import { assertFires, assertQuiet } from '../../support/rule-harness';

test('name-too-long-for-config-file fires at 248 bytes, on the name text', () => {
  const name = 'a'.repeat(248);
  assertFires(rule, `<network><name>⟦${name}⟧</name></network>`, `Failed to create file '/etc/libvirt/qemu/networks/${name}.xml.new': File name too long`);
});

test('name-too-long-for-config-file counts bytes, not characters', () => {
  assertFires(rule, `<network><name>⟦${'é'.repeat(124)}⟧</name></network>`, 'File name too long');
});

test('name-too-long-for-config-file is quiet at 247 bytes', () => {
  assertQuiet(rule, `<network><name>${'a'.repeat(247)}</name></network>`);
});
