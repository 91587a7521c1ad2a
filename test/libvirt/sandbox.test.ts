// The sandboxed libvirtd is the foundation of every (integration) test: prove it is a real
// libvirtd with the real start-time failures, that it stays inside its namespace, and that
// stop() leaves nothing behind.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { LibvirtdSandbox, startLibvirtd } from '../support/libvirtd-sandbox';

function ip(args: string[]) {
  return spawnSync('ip', args, { encoding: 'utf8' });
}

function netnsNames(): string[] {
  return ip(['netns', 'list']).stdout.split('\n').map((l) => l.split(' ')[0]).filter(Boolean);
}

function netnsPids(netns: string): number[] {
  return ip(['netns', 'pids', netns]).stdout.split(/\s+/).filter(Boolean).map(Number);
}

/** Gone, or a zombie that only waits for init to reap it. */
function isGone(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat[stat.lastIndexOf(')') + 2] === 'Z';
  } catch {
    return true;
  }
}

function networkXml(name: string, bridge: string, address: string): string {
  return `<network>
  <name>${name}</name>
  <bridge name='${bridge}'/>
  <ip address='${address}' netmask='255.255.255.0'/>
</network>
`;
}

describe('libvirtd sandbox', () => {
  let sb: LibvirtdSandbox;

  before(async () => {
    sb = await startLibvirtd({ name: 'sandbox-test' });
  });

  after(async () => {
    await sb?.stop();
  });

  test('serves qemu:///system on its own socket with the stock default network defined', () => {
    assert.match(sb.uri, /^qemu:\/\/\/system\?socket=\/.+\/libvirt-sock$/);
    const version = sb.virsh(['version']);
    assert.equal(version.status, 0, version.stderr);
    assert.match(version.stdout, /Using API: QEMU/);
    const list = sb.virsh(['net-list', '--all']);
    assert.equal(list.status, 0, list.stderr);
    assert.match(list.stdout, /^ default\s+inactive\s+no\s+yes$/m);
  });

  test('a network defined from XML on stdin starts and its bridge exists only in the namespace', () => {
    const define = sb.virsh(['net-define', '/dev/stdin'], networkXml('sbtest-isolated', 'sbtestbr0', '10.213.7.1'));
    assert.equal(define.status, 0, define.stderr);
    const start = sb.virsh(['net-start', 'sbtest-isolated']);
    assert.equal(start.status, 0, start.stderr);
    assert.match(start.stdout, /Network sbtest-isolated started/);

    const link = ip(['-n', sb.netns, '-j', 'link', 'show', 'sbtestbr0']);
    assert.equal(link.status, 0, link.stderr);
    const [bridge] = JSON.parse(link.stdout) as Array<{ ifname: string; flags: string[]; operstate: string }>;
    assert.equal(bridge.ifname, 'sbtestbr0');
    assert.equal(bridge.operstate, 'DOWN');
    assert.ok(bridge.flags.includes('NO-CARRIER'), bridge.flags.join(','));

    assert.notEqual(ip(['link', 'show', 'sbtestbr0']).status, 0, 'bridge leaked into the host namespace');
    assert.ok(!fs.existsSync('/etc/libvirt/qemu/networks/sbtest-isolated.xml'), 'config leaked into host /etc/libvirt');
  });

  test('a second network on 192.168.122.0/24 fails while default is active', () => {
    const startDefault = sb.virsh(['net-start', 'default']);
    assert.equal(startDefault.status, 0, startDefault.stderr);
    assert.equal(sb.virsh(['net-define', '/dev/stdin'], networkXml('sbtest-clash', 'sbtestbr1', '192.168.122.1')).status, 0);

    const start = sb.virsh(['net-start', 'sbtest-clash']);
    assert.equal(start.status, 1);
    assert.match(start.stderr, /error: Failed to start network sbtest-clash/);
    assert.match(start.stderr, /Network is already in use by interface virbr0/);
  });

  test('a 16-character bridge name fails at net-start, not at define', () => {
    const define = sb.virsh(['net-define', '/dev/stdin'], networkXml('sbtest-longbr', 'sbtestbridge0123', '10.213.8.1'));
    assert.equal(define.status, 0, define.stderr);
    const start = sb.virsh(['net-start', 'sbtest-longbr']);
    assert.equal(start.status, 1);
    assert.match(start.stderr, /error creating bridge interface sbtestbridge0123: Numerical result out of range/);
  });

  test('a second sandbox runs its own default network on the same subnet at the same time', async () => {
    const other = await startLibvirtd({ name: 'sandbox-test2' });
    try {
      assert.notEqual(other.netns, sb.netns);
      assert.notEqual(other.uri, sb.uri);
      const start = other.virsh(['net-start', 'default']);
      assert.equal(start.status, 0, start.stderr);
      // the first sandbox's extra networks are invisible here
      assert.doesNotMatch(other.virsh(['net-list', '--all']).stdout, /sbtest-/);
    } finally {
      await other.stop();
    }
    assert.ok(!netnsNames().includes(other.netns));
  });

  test('stop() kills libvirtd and its dnsmasq, deletes the netns and the directory', async () => {
    const pids = netnsPids(sb.netns);
    assert.ok(pids.includes(sb.pid), `libvirtd ${sb.pid} not among ${pids.join(' ')}`);
    const dnsmasq = pids.filter((p) => fs.readFileSync(`/proc/${p}/comm`, 'utf8').trim() === 'dnsmasq');
    assert.ok(dnsmasq.length > 0, 'expected dnsmasq for the active default network');

    await sb.stop();

    // libvirtd was our child and stop() waited for it to be reaped: no zombie either
    assert.throws(() => process.kill(sb.pid, 0), { code: 'ESRCH' });
    for (const pid of pids) assert.ok(isGone(pid), `process ${pid} survived stop()`);
    assert.ok(!netnsNames().includes(sb.netns), `netns ${sb.netns} survived stop()`);
    assert.ok(!fs.existsSync(sb.dir), `${sb.dir} survived stop()`);
    await sb.stop(); // idempotent
  });
});
