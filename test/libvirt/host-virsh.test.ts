// The one-shot runner (runVirsh/runCall) against the real virsh and test:///default.
import { test } from 'node:test';
import { tmpdir } from 'node:os';
import assert from 'node:assert/strict';
import { runCall, runVirsh, type VirshTarget } from '../../server/src/host/virsh';
import * as calls from '../../server/src/host/calls';
import { rejection } from '../support/host-layer';

function target(virshPath = 'virsh'): VirshTarget & { lines: string[] } {
  const lines: string[] = [];
  return { virshPath, uri: 'test:///default', logger: (line) => lines.push(line), lines };
}

// Never finishes on its own within the test: the test driver emits no events.
const BLOCKING = ['net-event', '--event', 'lifecycle', '--loop', '--timeout', '60'];

test('runs a call and logs it with its duration', async () => {
  const t = target();
  assert.deepEqual(await runCall(t, calls.netListUuids('all')), ['dd8fe884-6c02-601e-7551-cca97df1c5df']);
  assert.match(t.lines[0], /^virsh -c test:\/\/\/default net-list --all --uuid: ok \(\d+ ms\)$/);
  const info = await runCall(t, calls.netInfo('default'));
  assert.deepEqual([info.name, info.active, info.persistent], ['default', true, true]);
});

test('hostile names in argv are plain values (no shell, no virsh parsing)', async () => {
  const t = target();
  const name = "x'; net-destroy default; echo '$(id)\n";
  const err = await rejection(runCall(t, calls.netInfo(name)));
  assert.equal(err.kind, 'network-not-found');
  assert.equal(err.message, `Network not found: no network with matching name '${name}'`);
  assert.ok(t.lines[0].includes(JSON.stringify(name)), 'the log quotes odd arguments');
});

test('a bogus virsh path is "not installed", a non-executable one too', async () => {
  const missing = await rejection(runVirsh(target('/nonexistent/virsh'), ['version']));
  assert.equal(missing.kind, 'not-installed');
  assert.match(missing.hint ?? '', /libvirt-clients.*libvirt-client.*libvirt/);
  const notExec = await rejection(runVirsh(target(tmpdir()), ['version'])); // a directory
  assert.equal(notExec.kind, 'not-installed');
  assert.match(notExec.message, /is not executable/);
});

test('libvirt errors are classified from the real stderr', async () => {
  const t = target();
  assert.equal((await rejection(runCall(t, calls.netStart('nosuch')))).kind, 'network-not-found');
  const active = await rejection(runCall(t, calls.netStart('default')));
  assert.equal(active.kind, 'other');
  assert.equal(active.message, "Requested operation is not valid: Network 'default' is already running");
  assert.deepEqual(active.details, ['Failed to start network default', "Requested operation is not valid: Network 'default' is already running"]);
});

test('cancellation and timeout end the process', async () => {
  const t = target();
  const controller = new AbortController();
  const running = runVirsh(t, BLOCKING, { signal: controller.signal });
  setImmediate(() => controller.abort());
  assert.equal((await rejection(running)).kind, 'cancelled');
  const slow = await rejection(runVirsh(t, BLOCKING, { timeoutMs: 300 }));
  assert.equal(slow.kind, 'timeout');
  assert.ok(t.lines.some((l) => /timeout: virsh net-event .* did not answer within 300 ms/.test(l)), t.lines.join('\n'));
  const pre = new AbortController();
  pre.abort();
  assert.equal((await rejection(runVirsh(t, ['version'], { signal: pre.signal }))).kind, 'cancelled');
});
