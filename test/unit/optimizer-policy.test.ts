import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { OPTIMIZE_AFTER_CHARS, OptimizerPolicy } from '../../server/src/optimizer-policy';

const ROOT = join(__dirname, '../../..');
const BIN = join(ROOT, 'server/bin/libvirt-net-check');

test('the optimiser is held at start and released once the input passes the threshold', () => {
  const flags: string[] = [];
  const policy = new OptimizerPolicy((f) => flags.push(f));
  assert.equal(policy.isOptimizing, true);
  policy.holdForShortRun();
  assert.deepEqual(flags, ['--no-opt']);
  policy.beforeChecking(OPTIMIZE_AFTER_CHARS / 2);
  policy.beforeChecking(OPTIMIZE_AFTER_CHARS / 2);
  assert.equal(policy.isOptimizing, false, 'exactly at the threshold: still held');
  policy.beforeChecking(1);
  assert.deepEqual(flags, ['--no-opt', '--opt']);
  policy.beforeChecking(OPTIMIZE_AFTER_CHARS);
  assert.deepEqual(flags, ['--no-opt', '--opt'], 'released once');
});

test('one file bigger than the threshold is checked with the optimiser on', () => {
  const flags: string[] = [];
  const policy = new OptimizerPolicy((f) => flags.push(f));
  policy.holdForShortRun();
  policy.beforeChecking(OPTIMIZE_AFTER_CHARS + 1);
  assert.equal(policy.isOptimizing, true);
});

/** V8 prints "[compiling method … (target TURBOFAN)" for each optimised compile under --trace-opt. */
function turbofanCompiles(file: string): number {
  const r = spawnSync(process.execPath, ['--trace-opt', BIN, file], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28 });
  assert.ok(!r.error, String(r.error));
  assert.equal(r.status, 0, r.stdout.split('\n').filter((line) => !line.startsWith('[')).slice(0, 3).join('\n'));
  return r.stdout.split('\n').filter((line) => line.startsWith('[compiling method') && line.includes('TURBOFAN')).length;
}

/** A valid network of about `chars` characters, all DHCP hosts. */
function networkOfSize(chars: number): string {
  const hosts: string[] = [];
  for (let i = 0, total = 0; total <= chars; i++) {
    const mac = [i >> 16, (i >> 8) & 255, i & 255].map((b) => b.toString(16).padStart(2, '0')).join(':');
    hosts.push(`<host mac='52:54:00:${mac}' name='guest-${i}' ip='10.1.${i >> 8}.${i & 255}'/>`);
    total += hosts[i].length + 1;
  }
  return `<network><name>big</name><ip address='10.0.0.1' prefix='8'><dhcp>\n${hosts.join('\n')}\n</dhcp></ip></network>`;
}

test('the real CLI: no optimised compiles below the threshold, optimised compiles above it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cli-opt-'));
  try {
    // Half the threshold is already enough input for V8 to optimise when nothing holds it.
    const below = join(dir, 'below.xml');
    const above = join(dir, 'above.xml');
    writeFileSync(below, networkOfSize(OPTIMIZE_AFTER_CHARS / 2));
    writeFileSync(above, networkOfSize(OPTIMIZE_AFTER_CHARS));
    assert.equal(turbofanCompiles(below), 0);
    assert.ok(turbofanCompiles(above) > 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
