import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What the VSIX ships (.vscodeignore is an allowlist) must cover what the manifest points at. */
const ROOT = join(__dirname, '../../..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  main: string;
  bin: Record<string, string>;
  contributes: { snippets: { path: string }[] };
};
const allowlist = readFileSync(join(ROOT, '.vscodeignore'), 'utf8')
  .split('\n')
  .filter((l) => l.startsWith('!'))
  .map((l) => l.slice(1));

function shipped(path: string): boolean {
  const normalised = path.replace(/^\.\//, '');
  return allowlist.some((pattern) => new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*\*/g, '.*').replace(/\*/g, '[^/]*')}$`).test(normalised));
}

test('.vscodeignore starts by excluding everything', () => {
  const lines = readFileSync(join(ROOT, '.vscodeignore'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
  assert.equal(lines[0], '**');
});

test('the entry point, the language server, the CLI and the snippets are shipped', () => {
  for (const path of [manifest.main, 'server/out/server.js', ...Object.values(manifest.bin), 'server/out/cli.js', 'server/bin/code-cache.js', ...manifest.contributes.snippets.map((s) => s.path)]) {
    assert.ok(shipped(path), `${path} is not in the .vscodeignore allowlist`);
  }
});

test('every file the CLI bundle requires beside it is built and shipped', () => {
  const cli = readFileSync(join(ROOT, 'server/out/cli.js'), 'utf8');
  const siblings = [...cli.matchAll(/require\("\.\/([^"]+)"\)/g)].map((m) => `server/out/${m[1]}`);
  assert.ok(siblings.includes('server/out/fast-xml-parser.js'), 'parse.ts loads fast-xml-parser lazily, from its own file');
  for (const path of siblings) {
    assert.ok(existsSync(join(ROOT, path)), `${path} was not built`);
    assert.ok(shipped(path), `${path} is not in the .vscodeignore allowlist`);
  }
});

test('the client starts the server from the path that ships', () => {
  const ctx = readFileSync(join(ROOT, 'client/src/ctx.ts'), 'utf8');
  assert.match(ctx, /server\/out\/server\.js/);
  assert.ok(existsSync(join(ROOT, 'server/bin/code-cache.js')));
});
