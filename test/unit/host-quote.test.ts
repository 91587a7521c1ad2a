// The quoting rules for virsh's interactive mode (the real-virsh proof is in
// test/libvirt/host-session.test.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quoteVirshArg, toVirshCommandLine } from '../../server/src/host/virsh-quote';

test('plain words go bare', () => {
  assert.equal(toVirshCommandLine(['net-info', '--network', 'default']), 'net-info --network default');
  assert.equal(quoteVirshArg('dd8fe884-6c02-601e-7551-cca97df1c5df'), 'dd8fe884-6c02-601e-7551-cca97df1c5df');
});

test('separators, quotes, comments and substitutions end up inside single quotes', () => {
  assert.equal(quoteVirshArg('a b'), "'a b'");
  assert.equal(quoteVirshArg('a;b'), "'a;b'");
  assert.equal(quoteVirshArg('#x'), "'#x'");
  assert.equal(quoteVirshArg('$(id)'), "'$(id)'");
  assert.equal(quoteVirshArg('"\\'), `'"\\'`);
  assert.equal(quoteVirshArg(''), "''");
});

test("a single quote becomes '\\''", () => {
  assert.equal(quoteVirshArg("it's"), "'it'\\''s'");
});

test('control characters get readline\'s quoted-insert (^V) so no raw one can end the line', () => {
  const quoted = quoteVirshArg('a\nb\tc\x01\x7f');
  assert.equal(quoted, "'a\x16\nb\x16\tc\x16\x01\x16\x7f'");
  // Every control character is preceded by ^V.
  for (let i = 0; i < quoted.length; i++) {
    if (/[\x00-\x15\x17-\x1f\x7f]/.test(quoted[i])) assert.equal(quoted[i - 1], '\x16');
  }
});

test('NUL cannot be passed', () => {
  assert.throws(() => quoteVirshArg('a\0b'), /NUL/);
  assert.throws(() => toVirshCommandLine([]), /empty/);
});
