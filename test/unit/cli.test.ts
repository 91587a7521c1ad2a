import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { validateText } from '../../server/src/service/validate';

/** The built CLI, run as CI pipelines run it (`npm test` builds before testing). */
const ROOT = join(__dirname, '../../..');
const BIN = join(ROOT, 'server/bin/libvirt-net-check');

function cli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', input, maxBuffer: 1 << 28 });
  assert.ok(!r.error, String(r.error));
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('a valid network: no output, exit 0', () => {
  const r = cli(['samples/default.xml', 'samples/isolated.xml']);
  assert.equal(r.stdout, '');
  assert.equal(r.status, 0);
});

test('run as installed (its shell lines), the CLI starts Node without NODE_EXTRA_CA_CERTS; through a bin link too', () => {
  // Node warns at start-up when that file cannot be read: the warning shows whether Node read it.
  const env = { ...process.env, NODE_EXTRA_CA_CERTS: '/nonexistent/extra-ca.pem', PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ''}` };
  const viaNode = spawnSync(process.execPath, [BIN, 'samples/default.xml'], { cwd: ROOT, encoding: 'utf8', env });
  assert.match(viaNode.stderr, /extra certs/);
  assert.equal(viaNode.status, 0, 'node <bin> reads it as JavaScript');
  const dir = mkdtempSync(join(tmpdir(), 'bin-link-'));
  try {
    // npm installs a bin as a symbolic link (node_modules/.bin); arguments pass through unchanged.
    const link = join(dir, 'libvirt-net-check');
    symlinkSync(BIN, link);
    for (const command of [BIN, link]) {
      const installed = spawnSync(command, ['--json', join(ROOT, 'samples/default.xml'), 'no such file.xml'], { cwd: ROOT, encoding: 'utf8', env });
      assert.ok(!installed.error, String(installed.error));
      assert.equal(installed.stderr, 'libvirt-net-check: cannot read no such file.xml: no such file\n', command);
      assert.equal(installed.status, 2, command);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('errors: file:line:col: severity: message [rule-id], 1-based, exit 1', () => {
  const r = cli(['samples/broken/default-broken.xml']);
  assert.equal(r.status, 1);
  const lines = r.stdout.trimEnd().split('\n');
  assert.equal(lines.length, 3);
  assert.match(lines[0], /^samples\/broken\/default-broken\.xml:3:17: error: error creating bridge interface virbr0-with-a-long-name: Numerical result out of range — .* \[bridge-name-too-long\]$/);
});

test('--json: one document, 0-based LSP positions', () => {
  const r = cli(['--json', 'samples/broken/default-broken.xml', 'samples/default.xml']);
  assert.equal(r.status, 1);
  const report = JSON.parse(r.stdout) as { files: { file: string; diagnostics: { code: string; severity: string; range: { start: { line: number; character: number } } }[] }[] };
  assert.deepEqual(
    report.files.map((f) => f.file),
    ['samples/broken/default-broken.xml', 'samples/default.xml'],
  );
  const first = report.files[0].diagnostics[0];
  assert.equal(first.code, 'bridge-name-too-long');
  assert.equal(first.severity, 'error');
  assert.deepEqual(first.range.start, { line: 2, character: 16 });
  assert.deepEqual(report.files[1].diagnostics, []);
});

test('--rule ID=SEVERITY overrides a rule; warnings alone exit 0', () => {
  const r = cli(['--rule', 'bridge-name-too-long=warning', '--rule=nat-port-range-empty=off', '--rule', 'dhcp-range-bad-prefix=hint', 'samples/broken/default-broken.xml']);
  assert.equal(r.status, 0);
  assert.match(r.stdout, /: warning: .*\[bridge-name-too-long\]/);
  assert.doesNotMatch(r.stdout, /nat-port-range-empty/);
});

test('standard input as -', () => {
  const r = cli(['-'], "<network><name>n</name><bridge name='virbr-far-too-long-name'/></network>");
  assert.equal(r.status, 1);
  assert.match(r.stdout, /^-:1:\d+: error: .*\[bridge-name-too-long\]/);
});

test('usage errors and unreadable files: a clear message on stderr, exit 2', () => {
  const none = cli([]);
  assert.equal(none.status, 2);
  assert.match(none.stderr, /no FILE given/);
  const badOption = cli(['--frobnicate', 'samples/default.xml']);
  assert.equal(badOption.status, 2);
  assert.match(badOption.stderr, /unknown option '--frobnicate'/);
  const badRule = cli(['--rule', 'x=loud', 'samples/default.xml']);
  assert.equal(badRule.status, 2);
  const missing = cli(['samples/default.xml', 'no/such/file.xml']);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /cannot read no\/such\/file\.xml: no such file/);
});

test('a report far larger than a pipe buffer arrives whole before the CLI exits', () => {
  // The CLI exits as soon as its report is written: nothing may be cut off.
  const dir = mkdtempSync(join(tmpdir(), 'cli-'));
  try {
    const hosts = Array.from({ length: 4000 }, (_, i) => `<host mac='zz:${i}' name='h${i}' ip='10.0.${i >> 8}.${(i & 255) + 1}'/>`).join('\n');
    const text = `<network><name>x</name><ip address='10.0.0.1' prefix='16'><dhcp>\n${hosts}\n</dhcp></ip></network>`;
    const file = join(dir, 'big.xml');
    writeFileSync(file, text);
    const expected = validateText(text).problems.length;
    assert.ok(expected >= 4000);
    const plain = cli([file]);
    assert.equal(plain.stdout.trimEnd().split('\n').length, expected);
    assert.ok(plain.stdout.length > 1 << 17);
    const json = cli(['--json', file]);
    assert.equal((JSON.parse(json.stdout) as { files: { diagnostics: unknown[] }[] }).files[0].diagnostics.length, expected);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the CLI's code cache is accepted by this Node, in a process with the CLI's flags, and covers the whole bundle", () => {
  const bundle = join(ROOT, 'server/out/cli.js');
  const probe = `const fs=require('fs'),vm=require('vm'),Module=require('module');
const s=new vm.Script(Module.wrap(fs.readFileSync(${JSON.stringify(bundle)},'utf8')),{filename:${JSON.stringify(bundle)},cachedData:fs.readFileSync(${JSON.stringify(bundle + '.cache')})});
process.stdout.write(String(s.cachedDataRejected))`;
  const r = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' });
  assert.equal(r.stderr, '');
  assert.equal(r.stdout, 'false');
  // Every function compiled: the cache is larger than the source (a lazily made one is about 1.4 times).
  assert.ok(statSync(bundle + '.cache').size > 2 * statSync(bundle).size);
});

test('malformed and DOCTYPE documents: the CLI loads fast-xml-parser from beside it, and only for them', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cli-'));
  try {
    const malformed = join(dir, 'malformed.xml');
    const doctype = join(dir, 'doctype.xml');
    // Rules still run on a malformed document (fast-xml-parser's forgiving tree): the classful warning proves it.
    writeFileSync(malformed, "<network><name>x</name><ip address='10.0.0.1'></network>");
    writeFileSync(doctype, '<!DOCTYPE network [<!ENTITY n "y">]>\n<network><name>&n;</name><bridge name="virbr-far-too-long-name"/></network>\n');
    const r = cli([malformed, doctype]);
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stdout, /malformed\.xml:1:25: warning: .*\[ip-prefix-classful\]/);
    assert.match(r.stdout, /malformed\.xml:1:\d+: error: Opening and ending tag mismatch: ip line 1 and network \[xml-well-formed\]/);
    assert.match(r.stdout, /doctype\.xml:2:\d+: error: .*\[bridge-name-too-long\]/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const probe = `const { loadWithCodeCache } = require(${JSON.stringify(join(ROOT, 'server/bin/code-cache.js'))});
const cli = loadWithCodeCache(${JSON.stringify(join(ROOT, 'server/out/cli.js'))});
const loaded = () => Object.keys(require.cache).some((k) => k.endsWith('fast-xml-parser.js'));
cli.validateText("<network><name>n</name></network>");
const afterValid = loaded();
cli.validateText('<network><name>');
process.stdout.write(JSON.stringify([afterValid, loaded()]));`;
  const p = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' });
  assert.equal(p.stderr, '');
  assert.deepEqual(JSON.parse(p.stdout), [false, true]);
});
