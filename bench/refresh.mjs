// Benchmark: a full refresh of a connection with 100 networks (a real libvirtd, sandboxed in its
// own network namespace; root only).
//   ours     libvirt/snapshot through the built language server: its warm virsh session reads
//            the lists and every network's XML (what the explorer shows), JSON-RPC included
//   net_list one `virsh net-list --all` process: names and states only, the cheapest look
//   naive    one process per question: net-list, then net-dumpxml and net-info per network
// Runs in turns, medians. Prints figures, then one JSON line. Stops the sandbox.
import { execFileSync, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSandboxModule } from '../scripts/libvirtd-sandbox.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-jsonrpc/node');

const NETWORKS = 100;
const ACTIVE = 10; // a few running (bridge, dnsmasq), the rest defined only
const ROUNDS = Number(process.env.ROUNDS ?? 5);
const FAST_PER_ROUND = 5; // ours and net_list are cheap: several samples per round

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const round = (x) => Math.round(x * 100) / 100;
const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;
const env = { ...process.env, LC_ALL: 'C.UTF-8' };

const { startLibvirtd } = loadSandboxModule();
const sb = await startLibvirtd({ name: 'bench-refresh' });
let server;
try {
  // 100 networks in one virsh process (commands on stdin; the sandbox helper feeds them as a file).
  const commands = [];
  for (let i = 0; i < NETWORKS; i++) {
    const name = `bench-${String(i).padStart(3, '0')}`;
    const third = i % 250;
    const second = 100 + Math.floor(i / 250);
    commands.push(netDefineCommand(name, `10.${second}.${third}.1`, `lvb${i}`));
    if (i < ACTIVE) commands.push(`net-start --network ${name}`);
  }
  const setup = sb.virsh([], commands.join('\n') + '\n');
  if (setup.status !== 0 || /error:/.test(setup.stderr)) throw new Error(`setting up the networks failed: ${setup.stderr}`);
  const expected = NETWORKS + 1; // and the stock `default`

  server = await startServer({ trusted: true, virshPath: 'virsh', connections: [sb.uri] });
  const ours = async () => {
    const t0 = process.hrtime.bigint();
    const result = await server.connection.sendRequest('libvirt/snapshot', { uris: [sb.uri] });
    const took = ms(t0);
    const snap = result.connections[0];
    if (!snap.ok || snap.networks.length !== expected) throw new Error(`unexpected snapshot: ${JSON.stringify(snap).slice(0, 300)}`);
    if (snap.networks.filter((n) => n.active).length !== ACTIVE) throw new Error('unexpected number of active networks');
    return took;
  };
  const virsh = (args) => execFileSync('virsh', ['-q', '-c', sb.uri, ...args], { encoding: 'utf8', env });
  const netList = () => {
    const t0 = process.hrtime.bigint();
    const out = virsh(['net-list', '--all']);
    const took = ms(t0);
    if (out.trim().split('\n').length !== expected) throw new Error('net-list did not list every network');
    return took;
  };
  const naive = () => {
    const t0 = process.hrtime.bigint();
    const names = virsh(['net-list', '--all', '--name']).split('\n').filter((n) => n !== '');
    for (const name of names) {
      virsh(['net-dumpxml', '--network', name]);
      virsh(['net-info', '--network', name]);
    }
    const took = ms(t0);
    if (names.length !== expected) throw new Error('naive refresh did not see every network');
    return took;
  };

  // Warm-up: the server's session connects, caches settle.
  for (let i = 0; i < 3; i++) await ours(), netList();
  naive();

  const samples = { ours: [], netList: [], naive: [] };
  for (let r = 0; r < ROUNDS; r++) {
    for (let i = 0; i < FAST_PER_ROUND; i++) {
      samples.ours.push(await ours());
      samples.netList.push(netList());
    }
    samples.naive.push(naive());
  }

  const result = {
    name: 'refresh',
    networks: NETWORKS,
    ours_ms: round(median(samples.ours)),
    net_list_ms: round(median(samples.netList)),
    naive_ms: round(median(samples.naive)),
  };
  console.log(`${expected} networks (${ACTIVE} active) on a sandboxed qemu:///system; ${ROUNDS} rounds in turns`);
  console.log(`ours (libvirt/snapshot through the server, warm session): median ${result.ours_ms} ms over ${samples.ours.length} runs`);
  console.log(`one virsh net-list --all process: median ${result.net_list_ms} ms over ${samples.netList.length} runs`);
  console.log(`naive (net-list + net-dumpxml + net-info per network, ${1 + 2 * expected} processes): median ${result.naive_ms} ms over ${samples.naive.length} runs`);
  console.log(`ours / net_list = ${round(result.ours_ms / result.net_list_ms)} (target <= 2); naive / ours = ${round(result.naive_ms / result.ours_ms)}`);
  console.log(JSON.stringify(result));
} finally {
  await server?.stop();
  await sb.stop();
}

/** net-define takes a file: each definition is written into the sandbox's directory. */
function netDefineCommand(name, address, bridge) {
  const file = join(sb.dir, `${name}.xml`);
  writeFileSync(file, `<network><name>${name}</name><bridge name='${bridge}'/><ip address='${address}' prefix='24'/></network>\n`);
  return `net-define --file ${file}`;
}

/** The built language server over stdio, as the extension starts it. */
async function startServer(initializationOptions) {
  const child = spawn(process.execPath, [join(root, 'server/out/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  connection.onRequest('workspace/configuration', (p) => p.items.map(() => null));
  connection.listen();
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions });
  await connection.sendNotification('initialized', {});
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return {
    connection,
    async stop() {
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit').catch(() => undefined);
      await exited;
      connection.dispose();
    },
  };
}
