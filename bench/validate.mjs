// Benchmark: (a) in-process validation of a 5,000-host network (median of many runs);
// (b) one CLI process over the libvirt corpus + that file, against one xmllint --relaxng process
// on the same files, run in turns. Prints figures, then one JSON line.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { networkWithHosts } from './gen-network.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = join(root, '../shared/corpus/libvirt');
const require = createRequire(import.meta.url);
const { validateText } = require(join(root, 'server/out/cli.js'));

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const round = (x) => Math.round(x * 100) / 100;

const dir = mkdtempSync(join(tmpdir(), 'bench-validate-'));
const big = join(dir, 'hosts-5000.xml');
const bigText = networkWithHosts(5000);
writeFileSync(big, bigText);

// (a) in-process
for (let i = 0; i < 20; i++) validateText(bigText);
const inprocess = [];
for (let i = 0; i < 100; i++) {
  const t0 = process.hrtime.bigint();
  const result = validateText(bigText);
  inprocess.push(Number(process.hrtime.bigint() - t0) / 1e6);
  if (result.problems.some((p) => p.severity === 'error')) throw new Error('the generated network must be valid: ' + result.problems[0].message);
}

// (b) CLI vs xmllint, in turns
const files = ['networkxml2xmlin', 'networkxml2xmlout'].flatMap((d) => readdirSync(join(corpus, d)).filter((f) => f.endsWith('.xml')).map((f) => join(corpus, d, f)));
files.push(big);
// The CLI as installed runs its own first lines, which start Node without NODE_EXTRA_CA_CERTS
// (see server/bin/libvirt-net-check); `node <bin>` is timed too, for machines that export it.
const cli = [join(root, 'server/bin/libvirt-net-check'), ...files];
// The Node it starts is the first on PATH: this one, which built the code cache.
const runEnv = { ...process.env, PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ''}` };
const cliThroughNode = [process.execPath, ...cli];
const xmllint = ['xmllint', '--noout', '--relaxng', '/usr/share/libvirt/schemas/network.rng', ...files];
const time = ([cmd, ...args]) => {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'ignore'], env: runEnv });
  if (r.error) throw r.error;
  return Number(process.hrtime.bigint() - t0) / 1e6;
};
const ours = [];
const oursThroughNode = [];
const baseline = [];
for (let i = 0; i < 3; i++) time(cli), time(cliThroughNode), time(xmllint);
for (let i = 0; i < 15; i++) {
  ours.push(time(cli));
  oursThroughNode.push(time(cliThroughNode));
  baseline.push(time(xmllint));
}
rmSync(dir, { recursive: true, force: true });

const result = {
  name: 'validate',
  ours_ms: round(median(ours)),
  baseline_ms: round(median(baseline)),
  ratio: round(median(ours) / median(baseline)),
  inprocess_median_ms: round(median(inprocess)),
};
console.log(`files: ${files.length} (corpus ${files.length - 1} + 5,000-host network of ${bigText.length} bytes)`);
console.log(`in-process validation of the 5,000-host network: median ${result.inprocess_median_ms} ms over ${inprocess.length} runs (target <= 15 ms)`);
console.log(`CLI process: median ${result.ours_ms} ms; xmllint --relaxng: median ${result.baseline_ms} ms; ratio ${result.ratio} (target <= 1.5)`);
const throughNode = median(oursThroughNode);
const extraCerts = process.env.NODE_EXTRA_CA_CERTS ? `, which reads NODE_EXTRA_CA_CERTS=${process.env.NODE_EXTRA_CA_CERTS} here` : '';
console.log(`the same CLI started as \`node <bin>\`${extraCerts}: median ${round(throughNode)} ms; ratio ${round(throughNode / median(baseline))}`);
console.log(JSON.stringify(result));
