// Bundles the client, the language server and the CLI with esbuild (tsc only type-checks), then
// writes the CLI's V8 code cache.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';

const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning' };

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'client/out/extension.js', external: ['vscode'] }),
  build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'server/out/server.js' }),
  // The CLI's start-up time counts (CI pipelines run it per commit): minified, no source map.
  build({ ...common, entryPoints: ['server/src/cli.ts'], outfile: 'server/out/cli.js', minify: true, sourcemap: false }),
]);

// The cache is made by the Node that will run the CLI here; another Node version ignores it.
const cache = spawnSync(process.execPath, ['scripts/make-code-cache.cjs'], { stdio: 'inherit' });
if (cache.status !== 0) process.exit(cache.status ?? 1);
