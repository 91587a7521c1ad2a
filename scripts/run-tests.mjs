// Runs every compiled test layer with node's test runner. Layers that need root (a real libvirtd
// in a network namespace) or a browser run in the same invocation: CI is root with everything installed.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const layers = (process.env.TEST_LAYERS ?? 'unit,lsp,libvirt,extension').split(',');
const files = [];
const walk = (dir) => {
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) walk(path);
    else if (entry.endsWith('.test.js')) files.push(path);
  }
};
for (const layer of layers) if (existsSync(join('.build/test', layer))) walk(join('.build/test', layer));
if (files.length === 0) {
  console.error('no test files found: did tsc run?');
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--test', '--test-concurrency=1', ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
