// Error classification on stderr captured from the real virsh (test/fixtures/host, test/fixtures/virsh).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifyVirshFailure, errorLines, notInstalledError, VirshError } from '../../server/src/host/errors';

const HOST = join(__dirname, '../../../test/fixtures/host');
const VIRSH = join(__dirname, '../../../test/fixtures/virsh');
const read = (dir: string, name: string): string => readFileSync(join(dir, name), 'utf8');

test('errorLines strips virsh prefixes and keeps libvirt text verbatim', () => {
  assert.deepEqual(errorLines(read(VIRSH, 'err-net-start-in-use.txt')), [
    'Failed to start network clash',
    'internal error: Network is already in use by interface virbr0',
  ]);
});

test('errorLines joins continuation lines to the message they continue', () => {
  assert.deepEqual(errorLines('error: first\n  more detail\nerror: second\n'), ['first\n  more detail', 'second']);
});

test('network not found (test driver and real daemon)', () => {
  for (const [dir, file] of [[HOST, 'err-test-network-not-found.txt'], [HOST, 'err-system-dumpxml-not-found.txt'], [VIRSH, 'err-network-not-found.txt']] as const) {
    const err = classifyVirshFailure('qemu:///system', read(dir, file));
    assert.equal(err.kind, 'network-not-found', file);
    assert.match(err.message, /^Network not found: no network with matching name '/);
    assert.ok(err.hint);
  }
});

test('daemon not running names the socket', () => {
  const err = classifyVirshFailure('qemu:///system', read(VIRSH, 'err-daemon-not-running.txt'));
  assert.equal(err.kind, 'daemon-not-running');
  assert.equal(err.message, "The libvirt daemon is not running for qemu:///system (no daemon at /var/run/libvirt/libvirt-sock)");
  assert.match(err.hint ?? '', /systemctl start libvirtd/);
});

test('permission denied on the socket says to join the libvirt group', () => {
  const err = classifyVirshFailure('qemu:///system', read(HOST, 'err-system-permission-denied.txt'));
  assert.equal(err.kind, 'permission-denied');
  assert.equal(err.message, 'Permission denied on qemu:///system');
  assert.match(err.hint ?? '', /`libvirt` group/);
});

test('libvirt failures at start keep libvirt\'s own message', () => {
  const inUse = classifyVirshFailure('qemu:///system', read(VIRSH, 'err-net-start-in-use.txt'));
  assert.equal(inUse.kind, 'other');
  assert.equal(inUse.message, 'internal error: Network is already in use by interface virbr0');
  assert.deepEqual(inUse.details, ['Failed to start network clash', 'internal error: Network is already in use by interface virbr0']);

  const tooLong = classifyVirshFailure('qemu:///system', read(VIRSH, 'err-net-start-bridge-too-long.txt'));
  assert.equal(tooLong.kind, 'other');
  assert.equal(tooLong.message, 'error creating bridge interface virbr-0123456789: Numerical result out of range');

  const active = classifyVirshFailure('qemu:///system', read(HOST, 'err-system-already-active.txt'));
  assert.equal(active.message, 'Requested operation is not valid: network is already active');
});

test('unsupported operations on the test driver are "other" with the driver text', () => {
  const err = classifyVirshFailure('test:///default', read(HOST, 'err-test-leases-unsupported.txt'));
  assert.equal(err.kind, 'other');
  assert.equal(err.message, 'this function is not supported by the connection driver: virNetworkGetDHCPLeases');
});

test('connection lost and authentication messages', () => {
  assert.equal(classifyVirshFailure('qemu:///system', 'error: Disconnected from qemu:///system due to end of file\n').kind, 'connection-lost');
  assert.equal(classifyVirshFailure('qemu:///system', 'error: End of file while reading data: Input/output error\n').kind, 'connection-lost');
  const auth = classifyVirshFailure('qemu:///system', "error: failed to connect to the hypervisor\nerror: authentication unavailable: no polkit agent available to authenticate action 'org.libvirt.unix.manage'\n");
  assert.equal(auth.kind, 'auth-needed');
});

test('empty stderr still gives a message', () => {
  const err = classifyVirshFailure('test:///default', '', 'exit code 1');
  assert.equal(err.kind, 'other');
  assert.match(err.message, /exit code 1/);
});

test('not installed names the package of each distribution', () => {
  const err = notInstalledError('/opt/nowhere/virsh', 'ENOENT');
  assert.ok(err instanceof VirshError);
  assert.equal(err.kind, 'not-installed');
  assert.match(err.message, /\/opt\/nowhere\/virsh/);
  for (const pkg of ['libvirt-clients', 'libvirt-client', '`libvirt` on Arch']) assert.ok(err.hint?.includes(pkg), pkg);
  assert.deepEqual(Object.keys(err.toInfo()).sort(), ['hint', 'kind', 'message']);
});
