// `ip -j link` parsing on captures from a sandboxed libvirtd's namespace, and URI locality.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bridgePorts, linkStateOf, parseIpLinkJson } from '../../server/src/host/link-state';
import { isLocalHostUri } from '../../server/src/host/uri';
import { parseNetEventLine } from '../../server/src/host/events';

const HOST = join(__dirname, '../../../test/fixtures/host');
const VIRSH = join(__dirname, '../../../test/fixtures/virsh');

test('a bridge with a guest port is UP; one without is NO-CARRIER', () => {
  const links = parseIpLinkJson(readFileSync(join(VIRSH, 'ip-j-link.json'), 'utf8'));
  const byName = new Map(links.map((l) => [l.name, l]));
  assert.equal(byName.get('virbr0')?.state, 'UP');
  assert.equal(byName.get('virbr1')?.state, 'NO-CARRIER');
  assert.equal(byName.get('virbr1')?.operstate, 'DOWN');
  assert.deepEqual(bridgePorts(links, 'virbr0').map((l) => l.name), ['vnet0']);
  assert.deepEqual(bridgePorts(links, 'virbr1'), []);
});

test('freshly started networks without guests are NO-CARRIER', () => {
  const links = parseIpLinkJson(readFileSync(join(HOST, 'ip-j-link-sandbox.json'), 'utf8'));
  assert.deepEqual(links.filter((l) => l.name.startsWith('virbr')).map((l) => `${l.name} ${l.state}`), ['virbr0 NO-CARRIER', 'virbr5 NO-CARRIER']);
});

test('state from flags', () => {
  assert.equal(linkStateOf(['BROADCAST', 'MULTICAST']), 'DOWN');
  assert.equal(linkStateOf(['NO-CARRIER', 'UP']), 'NO-CARRIER');
  assert.equal(linkStateOf(['UP', 'LOWER_UP']), 'UP');
  assert.throws(() => parseIpLinkJson('{}'), /JSON array/);
});

test('local connections', () => {
  assert.equal(isLocalHostUri('qemu:///system'), true);
  assert.equal(isLocalHostUri('qemu:///session'), true);
  assert.equal(isLocalHostUri('qemu+unix:///system'), true);
  assert.equal(isLocalHostUri('qemu:///system?socket=/tmp/x/libvirt-sock'), true);
  assert.equal(isLocalHostUri('qemu+ssh://root@host/system'), false);
  assert.equal(isLocalHostUri('qemu+ssh://localhost/system'), false);
  assert.equal(isLocalHostUri('qemu://far.example/system'), false);
  assert.equal(isLocalHostUri('test:///default'), false);
  assert.equal(isLocalHostUri('not a uri'), false);
});

test('net-event lines captured from the real daemon (-q)', () => {
  const lines = readFileSync(join(HOST, 'system-net-event-loop-q.txt'), 'utf8').split('\n');
  const events = lines.map(parseNetEventLine).filter((e) => e !== undefined);
  assert.deepEqual(events.map((e) => `${e.type} ${e.network} ${e.event}`), [
    'lifecycle event demo Defined',
    'lifecycle event demo Started',
    'lifecycle event demo Stopped',
    'lifecycle event demo Undefined',
  ]);
  assert.equal(parseNetEventLine('events received: 4'), undefined);
});
