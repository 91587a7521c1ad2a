// Bundles the client, the language server and the CLI with esbuild (tsc only type-checks), then
// writes the CLI's V8 code cache.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';

const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning' };

/**
 * The CLI reads fast-xml-parser from a file of its own beside it: only malformed documents and
 * ones with a DOCTYPE need it (parse.ts loads it on first need), so most runs never load it, and
 * the CLI's code cache, loaded by every run, is a fifth smaller without it.
 */
const fastXmlParserBesideCli = {
  name: 'fast-xml-parser-beside-cli',
  setup(b) {
    b.onResolve({ filter: /^fast-xml-parser$/ }, () => ({ path: './fast-xml-parser.js', external: true }));
  },
};

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'client/out/extension.js', external: ['vscode'] }),
  build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'server/out/server.js' }),
  // The CLI's start-up time counts (CI pipelines run it per commit): minified, no source map.
  build({ ...common, entryPoints: ['server/src/cli.ts'], outfile: 'server/out/cli.js', minify: true, sourcemap: false, plugins: [fastXmlParserBesideCli] }),
  build({ ...common, entryPoints: ['fast-xml-parser'], outfile: 'server/out/fast-xml-parser.js', minify: true, sourcemap: false }),
]);

// The cache is made by the Node that will run the CLI here; another Node version ignores it.
const cache = spawnSync(process.execPath, ['scripts/make-code-cache.cjs'], { stdio: 'inherit' });
if (cache.status !== 0) process.exit(cache.status ?? 1);
