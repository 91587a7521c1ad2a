#!/usr/bin/env node
// Regenerates test/fixtures/virsh/: real virsh and `ip -j` output from a sandboxed libvirtd
// (qemu:///system in its own netns) and from libvirt's built-in test:///default driver.
// Root only. Usage: node scripts/capture-virsh-fixtures.mjs
// Parsers are unit-tested against these files, so they must be real output, never hand-edited.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSandboxModule } from './libvirtd-sandbox.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'test/fixtures/virsh');
const { startLibvirtd, runVirsh } = loadSandboxModule();
const env = { ...process.env, LC_ALL: 'C', LANG: 'C' };

function save(name, text) {
  fs.writeFileSync(path.join(outDir, name), text);
  console.error(`wrote ${name}`);
}

/** Runs virsh and insists on the expected exit status, so a fixture never records a surprise. */
function expect(result, status, what) {
  if (result.status !== status) {
    throw new Error(`${what}: exit ${result.status}, expected ${status}\n${result.stdout}${result.stderr}`);
  }
  return result;
}

function network(name, bridge, address, forward = '') {
  return `<network>
  <name>${name}</name>
  ${forward}<bridge name='${bridge}'/>
  <ip address='${address}' netmask='255.255.255.0'/>
</network>
`;
}

function ip(netns, args) {
  const r = spawnSync('ip', ['-n', netns, ...args], { encoding: 'utf8', env });
  if (r.status !== 0) throw new Error(`ip -n ${netns} ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

/** `virsh net-event --loop --timeout 5` running while `during()` changes networks. */
async function captureEvents(uri, during) {
  const watcher = spawn('virsh', ['-c', uri, 'net-event', '--event', 'lifecycle', '--loop', '--timeout', '5'], { env });
  let stdout = '';
  let stderr = '';
  watcher.stdout.on('data', (d) => (stdout += d));
  watcher.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise((resolve) => watcher.on('exit', resolve));
  await new Promise((r) => setTimeout(r, 1000)); // let it register for events first
  during();
  const status = await exited;
  if (status !== 0 || stderr) throw new Error(`net-event exit ${status}: ${stderr}`);
  return stdout;
}

async function captureSystem() {
  const sb = await startLibvirtd({ name: 'fixtures' });
  try {
    const v = (args, input) => runVirsh(sb.uri, args, input);
    save('virsh-version.txt', expect(v(['version']), 0, 'version').stdout);

    save(
      'system-net-event-loop.txt',
      await captureEvents(sb.uri, () => {
        expect(v(['net-define', '/dev/stdin'], network('events-demo', 'virbr9', '10.209.9.1')), 0, 'define events-demo');
        expect(v(['net-start', 'events-demo']), 0, 'start events-demo');
        expect(v(['net-destroy', 'events-demo']), 0, 'destroy events-demo');
        expect(v(['net-undefine', 'events-demo']), 0, 'undefine events-demo');
      }),
    );
    // virsh 9.0 needs --event (or --list); without it nothing is watched
    save('err-net-event-no-event-type.txt', expect(v(['net-event', '--loop', '--timeout', '1']), 1, 'net-event').stderr);

    // default: active + autostart; isolated: active, no port; spare: defined only
    expect(v(['net-start', 'default']), 0, 'start default');
    expect(v(['net-autostart', 'default']), 0, 'autostart default');
    expect(v(['net-define', '/dev/stdin'], network('isolated', 'virbr1', '10.209.1.1')), 0, 'define isolated');
    expect(v(['net-start', 'isolated']), 0, 'start isolated');
    expect(v(['net-define', '/dev/stdin'], network('spare', 'virbr2', '10.209.2.1', "<forward mode='route'/>\n  ")), 0, 'define spare');

    save('system-net-list-all.txt', expect(v(['net-list', '--all']), 0, 'net-list').stdout);
    save('system-net-info-default.txt', expect(v(['net-info', 'default']), 0, 'net-info').stdout);
    save('system-net-dumpxml-default.xml', expect(v(['net-dumpxml', 'default']), 0, 'net-dumpxml').stdout);
    save('system-net-dumpxml-inactive-default.xml', expect(v(['net-dumpxml', '--inactive', 'default']), 0, 'net-dumpxml --inactive').stdout);
    save('system-net-dhcp-leases-default.txt', expect(v(['net-dhcp-leases', 'default']), 0, 'net-dhcp-leases').stdout);
    save('system-net-port-list-default.txt', expect(v(['net-port-list', 'default']), 0, 'net-port-list').stdout);

    // A veth end enslaved to virbr0 gives it carrier (operstate UP); virbr1 has no port (DOWN).
    ip(sb.netns, ['link', 'add', 'vnet0', 'type', 'veth', 'peer', 'name', 'vnet0-peer']);
    ip(sb.netns, ['link', 'set', 'vnet0', 'master', 'virbr0', 'up']);
    ip(sb.netns, ['link', 'set', 'vnet0-peer', 'up']);
    // With stp='on' the kernel enforces a 2 s minimum forward delay, so the port needs ~4 s
    // (listening, learning) before virbr0 reports carrier.
    const deadline = Date.now() + 20_000;
    while (JSON.parse(ip(sb.netns, ['-j', 'link', 'show', 'virbr0']))[0].operstate !== 'UP') {
      if (Date.now() > deadline) throw new Error('virbr0 never got carrier');
      await new Promise((r) => setTimeout(r, 200));
    }
    save('ip-j-link.json', ip(sb.netns, ['-j', 'link']));

    expect(v(['net-define', '/dev/stdin'], network('clash', 'virbr3', '192.168.122.1', "<forward mode='nat'/>\n  ")), 0, 'define clash');
    save('err-net-start-in-use.txt', expect(v(['net-start', 'clash']), 1, 'start clash').stderr);
    expect(v(['net-define', '/dev/stdin'], network('longbridge', 'virbr-0123456789', '10.209.4.1')), 0, 'define longbridge');
    save('err-net-start-bridge-too-long.txt', expect(v(['net-start', 'longbridge']), 1, 'start longbridge').stderr);
    save('err-network-not-found.txt', expect(v(['net-info', 'no-such-network']), 1, 'net-info missing').stderr);
    const openWithDev = `<network>
  <name>open-with-dev</name>
  <forward mode='open' dev='eth0'/>
  <bridge name='virbr5'/>
  <ip address='10.209.5.1' netmask='255.255.255.0'/>
</network>
`;
    save('err-define-parse-error.txt', expect(v(['net-define', '/dev/stdin'], openWithDev), 1, 'define open-with-dev').stderr);
  } finally {
    await sb.stop();
  }
}

function captureDaemonNotRunning() {
  // The stock socket: exactly what a user without a running libvirtd sees.
  if (fs.existsSync('/run/libvirt/libvirt-sock')) throw new Error('a host libvirtd is running; cannot capture err-daemon-not-running');
  save('err-daemon-not-running.txt', expect(runVirsh('qemu:///system', ['version']), 1, 'virsh without daemon').stderr);
}

function captureTestDriver() {
  const v = (args) => runVirsh('test:///default', args);
  save('test-net-list-all.txt', expect(v(['net-list', '--all']), 0, 'test net-list').stdout);
  save('test-net-info-default.txt', expect(v(['net-info', 'default']), 0, 'test net-info').stdout);
  save('test-net-dumpxml-default.xml', expect(v(['net-dumpxml', 'default']), 0, 'test net-dumpxml').stdout);
  save('test-list-all.txt', expect(v(['list', '--all']), 0, 'test list').stdout);
  save('test-domiflist-test.txt', expect(v(['domiflist', 'test']), 0, 'test domiflist').stdout);
}

fs.mkdirSync(outDir, { recursive: true });
await captureSystem();
captureDaemonNotRunning();
captureTestDriver();
