import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateText } from '../../server/src/service/validate';

test("a libvirt rule's diagnostic replaces the schema's on the same spot; schema-only problems stay", () => {
  const text = `<network><name>x</name><mac address='zz'/><bridge name='virbr9' stp='maybe'/><ip address='10.0.0.1' prefix='24' foo='1'/></network>`;
  const codes = validateText(text).problems.map((p) => `${p.code}@${text.slice(p.range.start, p.range.end)}`);
  assert.deepEqual(codes, ['mac-address-invalid@zz', 'schema-invalid-value@maybe', 'schema-unknown-attribute@foo']);
});

test('the same holds with thousands of problems of each kind', () => {
  const hosts = Array.from({ length: 3000 }, (_, i) => `<host mac='zz:${i}' name='h${i}' ip='10.0.${i >> 8}.${(i & 255) + 1}' bogus='1'/>`).join('');
  const text = `<network><name>x</name><ip address='10.0.0.1' prefix='16'><dhcp>${hosts}</dhcp></ip></network>`;
  const problems = validateText(text).problems;
  const count = (code: string) => problems.filter((p) => p.code === code).length;
  assert.equal(count('dhcp-host-mac-invalid'), 3000);
  assert.equal(count('schema-unknown-attribute'), 3000);
  assert.ok(!problems.some((p) => p.code === 'schema-invalid-value' && text.slice(p.range.start, p.range.end).startsWith('zz')));
});
