// Host checks, run against this real machine (iptables, nft, dnsmasq, /proc) and against link
// states captured from a sandboxed libvirtd's namespace.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  checkBridges,
  checkDefaultNetwork,
  checkDnsmasq,
  checkFirewallBackend,
  checkForwarding,
  checkHostHealth,
  machineHealthDeps,
  type HealthDeps,
} from '../../server/src/host/health';
import { parseIpLinkJson } from '../../server/src/host/link-state';
import type { ConnectionSnapshot, NetworkSummary } from '../../server/src/host/types';

const VIRSH = join(__dirname, '../../../test/fixtures/virsh');
const log: string[] = [];
const machine = machineHealthDeps((line) => log.push(line));

function net(name: string, extra: Partial<NetworkSummary> = {}): NetworkSummary {
  return { name, uuid: `uuid-${name}`, active: true, autostart: true, persistent: true, forwardMode: 'nat', ips: [], ...extra };
}

test('firewall backend: this machine has iptables and nft', async () => {
  const check = await checkFirewallBackend(machine);
  assert.equal(check.ok, true);
  assert.match(check.message, /iptables v\d/);
  assert.match(check.message, /nftables v\d/);
  assert.ok(log.some((l) => l.includes('--version')), 'tool runs are logged');
});

test('firewall backend: none found, or present but failing', async () => {
  const none: HealthDeps = { ...machine, findExecutable: async () => undefined };
  const missing = await checkFirewallBackend(none);
  assert.equal(missing.ok, false);
  assert.match(missing.message, /neither iptables nor nft/);
  assert.match(missing.hint ?? '', /install `iptables`/);

  const broken: HealthDeps = { ...machine, findExecutable: async () => '/bin/false' };
  const failing = await checkFirewallBackend(broken);
  assert.equal(failing.ok, false);
  assert.match(failing.message, /No usable firewall backend \(\/bin\/false: /);
});

test('dnsmasq: present on this machine, missing elsewhere', async () => {
  const present = await checkDnsmasq(machine);
  assert.equal(present.ok, true);
  assert.match(present.message, /^Dnsmasq version/);
  const missing = await checkDnsmasq({ ...machine, findExecutable: async () => undefined });
  assert.equal(missing.ok, false);
  assert.match(missing.hint ?? '', /dnsmasq-base/);
});

test('ip_forward: the real /proc value is reported as it is', async () => {
  const value = readFileSync('/proc/sys/net/ipv4/ip_forward', 'utf8').trim();
  const [check] = await checkForwarding(machine, [net('default')]);
  assert.equal(check.id, 'ip-forward');
  assert.equal(check.ok, value === '1');
  assert.ok(check.message.includes(`net.ipv4.ip_forward = ${value}`));
});

test('ip_forward 0: a problem only while a NAT or routed network is active', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'health-test-'));
  try {
    writeFileSync(join(dir, 'ip_forward'), '0\n');
    writeFileSync(join(dir, 'forwarding'), '0\n');
    const files: HealthDeps = { ...machine, readText: async (path) => readFileSync(path.includes('ipv6') ? join(dir, 'forwarding') : join(dir, 'ip_forward'), 'utf8') };
    const [bad] = await checkForwarding(files, [net('default'), net('isolated', { forwardMode: 'isolated' })]);
    assert.equal(bad.ok, false);
    assert.match(bad.message, /while default is active/);
    assert.match(bad.hint ?? '', /libvirt turned it on when the network started/);

    const [fine] = await checkForwarding(files, [net('default', { active: false }), net('isolated', { forwardMode: 'isolated' })]);
    assert.equal(fine.ok, true);
    assert.match(fine.message, /libvirt turns it on when one starts/);

    const both = await checkForwarding(files, [net('v6', { forwardMode: 'route', ips: [{ family: 'ipv6', address: 'fd00::1', prefix: 64, dhcpRanges: [] }] })]);
    assert.deepEqual(both.map((c) => `${c.id} ${c.ok}`), ['ip-forward false', 'ipv6-forward false']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('bridges: NO-CARRIER without guests is normal, missing or down is not', () => {
  const links = parseIpLinkJson(readFileSync(join(VIRSH, 'ip-j-link.json'), 'utf8'));
  const checks = checkBridges(
    [net('default', { bridge: 'virbr0' }), net('isolated', { bridge: 'virbr1', forwardMode: 'isolated' }), net('gone', { bridge: 'virbr9' }), net('stopped', { bridge: 'virbr1', active: false })],
    links,
  );
  assert.deepEqual(checks.map((c) => `${c.id} ${c.ok}`), ['bridge-state:default true', 'bridge-state:isolated true', 'bridge-state:gone false']);
  assert.match(checks[0].message, /UP with 1 attached interface$/);
  assert.match(checks[1].message, /NO-CARRIER \(state DOWN\) because no guest interface is attached: this is normal/);
  assert.match(checks[2].hint ?? '', /virsh net-destroy gone/);

  const down = parseIpLinkJson(JSON.stringify([{ ifname: 'virbr0', flags: ['BROADCAST'], operstate: 'DOWN' }]));
  assert.match(checkBridges([net('default', { bridge: 'virbr0' })], down)[0].message, /administratively down/);
  const portsNoCarrier = parseIpLinkJson(JSON.stringify([{ ifname: 'virbr0', flags: ['NO-CARRIER', 'UP'], operstate: 'DOWN' }, { ifname: 'vnet7', flags: ['UP'], master: 'virbr0' }]));
  const stuck = checkBridges([net('default', { bridge: 'virbr0' })], portsNoCarrier)[0];
  assert.equal(stuck.ok, false);
  assert.match(stuck.message, /1 attached interface \(vnet7\) but no carrier/);
});

test('default network: missing, inactive, active', () => {
  const snap = (networks: NetworkSummary[]): ConnectionSnapshot => ({ uri: 'qemu:///system', ok: true, networks });
  const missing = checkDefaultNetwork(snap([]));
  assert.equal(missing.ok, false);
  assert.match(missing.hint ?? '', /net-define \/usr\/share\/libvirt\/networks\/default\.xml/);
  const inactive = checkDefaultNetwork(snap([net('default', { active: false, autostart: false })]));
  assert.equal(inactive.ok, false);
  assert.match(inactive.hint ?? '', /net-autostart default/);
  assert.equal(checkDefaultNetwork(snap([net('default')])).ok, true);
  const failed = checkDefaultNetwork({ uri: 'qemu:///system', ok: false, error: { kind: 'daemon-not-running', message: 'not running', hint: 'start it' } });
  assert.deepEqual(failed, { id: 'default-network', ok: false, message: 'Cannot list the networks of qemu:///system: not running', hint: 'start it' });
});

test('all checks for a local connection, only the network check for a remote one', async () => {
  const snapshot: ConnectionSnapshot = { uri: 'qemu:///system', ok: true, networks: [net('default', { bridge: 'virbr0' })] };
  const links = parseIpLinkJson(readFileSync(join(VIRSH, 'ip-j-link.json'), 'utf8'));
  const local = await checkHostHealth(snapshot, { ...machine, readLinks: async () => links });
  assert.deepEqual(local.map((c) => c.id), ['default-network', 'firewall-backend', 'dnsmasq', 'ip-forward', 'bridge-state:default']);
  const remote = await checkHostHealth({ ...snapshot, uri: 'qemu+ssh://far/system' }, machine);
  assert.deepEqual(remote.map((c) => c.id), ['default-network']);
});
