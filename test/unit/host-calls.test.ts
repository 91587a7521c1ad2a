// virsh call parsers on output captured from the real virsh (see test/fixtures/host/README.md).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as calls from '../../server/src/host/calls';

const HOST = join(__dirname, '../../../test/fixtures/host');
const VIRSH = join(__dirname, '../../../test/fixtures/virsh');
const host = (name: string): string => readFileSync(join(HOST, name), 'utf8');
const virsh = (name: string): string => readFileSync(join(VIRSH, name), 'utf8');

const U = (digit: string): string => `${digit.repeat(8)}-${digit.repeat(4)}-4${digit.repeat(3)}-8${digit.repeat(3)}-${digit.repeat(12)}`;
const DEFAULT_TEST_UUID = 'dd8fe884-6c02-601e-7551-cca97df1c5df';

test('network lists by filter (test driver)', () => {
  assert.deepEqual(calls.netListUuids('all').parse(host('test-net-list-all-uuid.txt')).sort(), [U('1'), U('2'), U('3'), U('4'), U('5'), DEFAULT_TEST_UUID].sort());
  assert.deepEqual(calls.netListUuids('active').parse(host('test-net-list-active-uuid.txt')).sort(), [U('2'), U('3'), DEFAULT_TEST_UUID].sort());
  assert.equal(calls.netListUuids('persistent').parse(host('test-net-list-persistent-uuid.txt')).length, 6);
  assert.deepEqual(calls.netListUuids('autostart').parse(host('test-net-list-autostart-uuid.txt')).sort(), [U('2'), DEFAULT_TEST_UUID].sort());
});

test('network lists (real daemon)', () => {
  assert.equal(calls.netListUuids('all').parse(host('system-net-list-all-uuid.txt')).length, 3);
  assert.equal(calls.netListUuids('active').parse(host('system-net-list-active-uuid.txt')).length, 2);
  assert.equal(calls.netListUuids('autostart').parse(host('system-net-list-autostart-uuid.txt')).length, 1);
});

test('net-list arguments filter as documented', () => {
  assert.deepEqual(calls.netListUuids('all').args, ['net-list', '--all', '--uuid']);
  assert.deepEqual(calls.netListUuids('active').args, ['net-list', '--uuid']);
  assert.deepEqual(calls.netListUuids('persistent').args, ['net-list', '--all', '--persistent', '--uuid']);
  assert.deepEqual(calls.netListUuids('autostart').args, ['net-list', '--all', '--autostart', '--uuid']);
});

test('a UUID list rejects anything else (e.g. a name table)', () => {
  assert.throws(() => calls.parseUuidLines(host('test-net-list-all-table.txt')), /expected a UUID/);
  assert.deepEqual(calls.parseUuidLines(''), []);
});

test('net-info with a name spanning two lines', () => {
  assert.deepEqual(calls.parseNetInfo(host('test-net-info-newline.txt')), {
    name: 'a\nnet-destroy default',
    uuid: U('1'),
    active: false,
    persistent: true,
    autostart: false,
    bridge: 'virbr11',
  });
});

test('net-info with quotes, tab and UTF-8 in the name', () => {
  const info = calls.parseNetInfo(host('test-net-info-quotes.txt'));
  assert.equal(info.name, `x'; net-destroy default; echo '$(touch pwned) "q" \\ back\ttab & <> é`);
  assert.equal(info.active, true);
  assert.equal(info.autostart, true);
});

test('net-info from the real daemon (with table-less -q free output)', () => {
  const info = calls.parseNetInfo(virsh('system-net-info-default.txt'));
  assert.equal(info.name, 'default');
  assert.equal(info.bridge, 'virbr0');
  assert.equal(info.active, true);
});

test('net-dumpxml keeps the XML and passes --inactive', () => {
  assert.deepEqual(calls.netDumpXml('n', { inactive: true }).args, ['net-dumpxml', '--network', 'n', '--inactive']);
  const xml = calls.netDumpXml('default').parse(host('test-net-dumpxml-default.xml') + '\n');
  assert.ok(xml.startsWith('<network>') && xml.endsWith('</network>\n'));
});

test('DHCP leases (real daemon, with and without table header)', () => {
  const expected: calls.DhcpLease[] = [
    { expiry: '2036-11-24 23:48:28', mac: '52:54:00:aa:bb:01', family: 'ipv4', address: '192.168.122.45', prefix: 24, hostname: 'guest-one', clientId: '01:52:54:00:aa:bb:01' },
    { expiry: '2036-11-24 23:48:28', mac: '52:54:00:aa:bb:02', family: 'ipv4', address: '192.168.122.46', prefix: 24 },
  ];
  assert.deepEqual(calls.parseDhcpLeases(host('system-net-dhcp-leases-default.txt')), expected);
  assert.deepEqual(calls.parseDhcpLeases(host('system-net-dhcp-leases-default-header.txt')), expected);
  assert.deepEqual(calls.parseDhcpLeases(virsh('system-net-dhcp-leases-default.txt')), []);
});

test('network ports (real daemon)', () => {
  assert.deepEqual(calls.netPortList('default').parse(host('system-net-port-list-uuid.txt')), [U('b')]);
  assert.deepEqual(calls.parseNetworkPortXml(host('system-net-port-dumpxml.xml')), {
    uuid: U('b'),
    ownerName: 'guest-one',
    ownerUuid: U('a'),
    mac: '52:54:00:aa:bb:01',
    plugType: 'network',
    plugDev: 'virbr0',
  });
});

test('domains and their interfaces (test driver)', () => {
  assert.deepEqual(calls.listDomainUuids().parse(host('test-list-all-uuid.txt')), ['6695eb01-f6a4-8304-79aa-97f2502e193f']);
  assert.equal(calls.domName('x').parse(host('test-domname.txt')), 'test');
  assert.deepEqual(calls.parseDomIfList(host('test-domiflist.txt')), [{ device: 'testnet0', type: 'network', source: 'default', mac: 'aa:bb:cc:dd:ee:ff' }]);
  // The same table with its header, as captured without -q.
  assert.deepEqual(calls.parseDomIfList(virsh('test-domiflist-test.txt')), [{ device: 'testnet0', type: 'network', source: 'default', mac: 'aa:bb:cc:dd:ee:ff' }]);
});

test('domiflist keeps a source with spaces whole', () => {
  assert.deepEqual(calls.parseDomIfList(' -          network   dual stack   virtio   52:54:00:00:00:01\n'), [
    { type: 'network', source: 'dual stack', model: 'virtio', mac: '52:54:00:00:00:01' },
  ]);
});

test('version of the test driver and the real daemon', () => {
  assert.deepEqual(calls.parseVersion(host('test-version.txt')), { library: '9.0.0', api: 'TEST 9.0.0', hypervisor: 'TEST 0.0.2' });
  assert.deepEqual(calls.parseVersion(host('system-version.txt')), { library: '9.0.0', api: 'QEMU 9.0.0', hypervisor: 'QEMU 7.2.22' });
});

test('objects are passed by option name, so a name like --all stays a value', () => {
  for (const c of [calls.netInfo('--all'), calls.netStart('--all'), calls.netDestroy('--all'), calls.netUndefine('--all'), calls.netAutostart('--all', false), calls.netDhcpLeases('--all')]) {
    const at = c.args.indexOf('--all');
    assert.equal(c.args[at - 1], '--network', c.args.join(' '));
  }
  assert.deepEqual(calls.netAutostart('n', false).args, ['net-autostart', '--network', 'n', '--disable']);
  assert.deepEqual(calls.netAutostart('n', true).args, ['net-autostart', '--network', 'n']);
  assert.deepEqual(calls.netDefine('/tmp/x.xml').args, ['net-define', '--file', '/tmp/x.xml']);
});

test('tableRows skips a header and its dashes only', () => {
  assert.deepEqual(calls.tableRows(virsh('system-net-list-all.txt')).length, 3);
  assert.deepEqual(calls.tableRows(' a   b\n c   d\n'), [' a   b', ' c   d']);
});
