#!/usr/bin/env node
// Installs a real VS Code workbench (the `code-server` npm package) for the extension tests
// (test/extension/**), offline-safe and reproducibly, into a cache directory outside the repo.
//
// Why not a devDependency: code-server 4.100.3 (VS Code 1.100.3) is the newest release whose engines
// accept node 20 (4.103+ want 22, now 24), and its own postinstall (a) refuses to run as root unless
// npm_config_unsafe_perm is set (npm 11 no longer sets it), (b) builds every native module of VS Code,
// including `kerberos`, which needs libkrb5-dev headers, and (c) lets `@vscode/ripgrep` and `argon2`
// download prebuilt binaries from GitHub, which these machines cannot reach. Any of those would make a
// plain `npm ci` fail for everyone. So this script does what that postinstall does, step by step, with
// only the npm registry:
//
//   1. npm install code-server@VERSION --ignore-scripts     (its npm-shrinkwrap.json pins its deps)
//   2. npm rebuild argon2 with build-from-source            (code-server requires it at start-up)
//   3. lib/vscode: npm install --omit=dev --ignore-scripts  (VS Code's own npm-shrinkwrap.json)
//   4. lib/vscode: npm rebuild @vscode/spdlog native-watchdog node-pty @vscode/deviceid
//      (node-gyp against nodedir=/usr; npm_config_yes=true because node-pty's post-install runs `npx node-gyp`)
//      `kerberos` is left unbuilt: VS Code imports it lazily, only for Kerberos proxy authentication.
//      `@parcel/watcher` uses its prebuilt optional dependency from the registry.
//   5. the symlinks of code-server's postinstall.sh (node_modules.asar, bin scripts)
//   6. lib/vscode/extensions: npm install --omit=dev           (typescript for the built-in extensions)
//   7. ripgrep: VS Code's file search (Quick Open) runs `@vscode/ripgrep/bin/rg`; its GitHub download
//      is replaced by a symlink to Debian's `rg` (apt package `ripgrep`, which this script does NOT
//      install: scripts/install-test-deps.sh must). Re-linked on every run, so a later apt install counts.
//   8. a smoke check that every native module loads, then a `.ready` marker.
//
// Usage: node scripts/setup-code-server.mjs [--force] [--print-dir]
// The directory is $CODE_SERVER_DIR, else $XDG_CACHE_HOME (or ~/.cache)/libvirt-networks/code-server-<version>-abi<modules>.
// It is reused while its .ready marker matches this recipe; a new machine builds it again (~2 min).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, lstatSync, unlinkSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.100.3'; // VS Code 1.100.3; the last code-server line whose engines say node 20
const RECIPE = 3; // bump when the steps below change
const NODE_PREFIX = join(dirname(process.execPath), '..');

export function codeServerDir() {
  if (process.env.CODE_SERVER_DIR) return process.env.CODE_SERVER_DIR;
  const cache = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(cache, 'libvirt-networks', `code-server-${CODE_SERVER_VERSION}-abi${process.versions.modules}`);
}

function marker() {
  return JSON.stringify({ version: CODE_SERVER_VERSION, recipe: RECIPE, node: process.versions.modules });
}

export function codeServerReady(dir = codeServerDir()) {
  try {
    return readFileSync(join(dir, '.ready'), 'utf8') === marker();
  } catch {
    return false;
  }
}

function run(cmd, args, cwd, extraEnv = {}) {
  const started = Date.now();
  process.stderr.write(`[setup-code-server] (${cwd}) ${cmd} ${args.join(' ')}\n`);
  const res = spawnSync(cmd, args, {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: {
      ...process.env,
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
      // node-gyp builds against the running node's own headers (Debian: /usr/include/node), never a download.
      ...(process.env.npm_config_nodedir || !existsSync(join(NODE_PREFIX, 'include', 'node', 'node.h'))
        ? {}
        : { npm_config_nodedir: NODE_PREFIX }),
      ...extraEnv,
    },
  });
  if (res.status !== 0) {
    process.stderr.write(res.stdout ?? '');
    process.stderr.write(res.stderr ?? '');
    throw new Error(`${cmd} ${args.join(' ')} failed in ${cwd} (exit ${res.status}${res.error ? `, ${res.error.message}` : ''})`);
  }
  process.stderr.write(`[setup-code-server]   ok in ${((Date.now() - started) / 1000).toFixed(1)}s\n`);
  return res.stdout;
}

function link(target, path) {
  try {
    lstatSync(path);
    unlinkSync(path);
  } catch {
    /* absent */
  }
  symlinkSync(target, path);
}

function which(bin) {
  for (const d of (process.env.PATH ?? '').split(':')) {
    if (d && existsSync(join(d, bin))) return join(d, bin);
  }
  return undefined;
}

function linkRipgrep(dir) {
  const rgBin = join(dir, 'node_modules', 'code-server', 'lib', 'vscode', 'node_modules', '@vscode', 'ripgrep', 'bin');
  const rg = which('rg');
  if (rg) {
    mkdirSync(rgBin, { recursive: true });
    if (!existsSync(join(rgBin, 'rg'))) link(rg, join(rgBin, 'rg'));
  } else {
    process.stderr.write(
      '[setup-code-server] WARNING: no `rg` on PATH (apt-get install ripgrep): Quick Open file search will find nothing\n',
    );
  }
}

export function setupCodeServer({ force = false } = {}) {
  const dir = codeServerDir();
  if (!force && codeServerReady(dir)) {
    linkRipgrep(dir); // cheap, and picks up an `rg` installed after the first setup
    return dir;
  }
  const started = Date.now();
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'code-server-host', private: true }, null, 2));

  run('npm', ['install', `code-server@${CODE_SERVER_VERSION}`, '--ignore-scripts'], dir);
  run('npm', ['rebuild', 'argon2'], dir, { npm_config_build_from_source: 'true' });

  const vscode = join(dir, 'node_modules', 'code-server', 'lib', 'vscode');
  run('npm', ['install', '--omit=dev', '--ignore-scripts'], vscode);
  run('npm', ['rebuild', '@vscode/spdlog', 'native-watchdog', 'node-pty', '@vscode/deviceid'], vscode, {
    npm_config_yes: 'true',
  });

  link('node_modules', join(vscode, 'node_modules.asar'));
  link('code-linux.sh', join(vscode, 'bin', 'remote-cli', 'code-server'));
  link('browser-linux.sh', join(vscode, 'bin', 'helpers', 'browser.sh'));

  run('npm', ['install', '--omit=dev'], join(vscode, 'extensions'));

  linkRipgrep(dir);

  // Every native module the server and extension host load must load here.
  const check = [
    `require(${JSON.stringify(join(dir, 'node_modules', 'argon2'))})`,
    ...['@vscode/spdlog', 'native-watchdog', 'node-pty', '@parcel/watcher'].map(
      (m) => `require(${JSON.stringify(join(vscode, 'node_modules', m))})`,
    ),
  ].join(';');
  run(process.execPath, ['-e', check], dir);

  writeFileSync(join(dir, '.ready'), marker());
  process.stderr.write(`[setup-code-server] code-server ${CODE_SERVER_VERSION} ready in ${dir} (${((Date.now() - started) / 1000).toFixed(0)}s)\n`);
  return dir;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv.includes('--print-dir')) {
    console.log(codeServerDir());
  } else {
    const dir = setupCodeServer({ force: process.argv.includes('--force') });
    console.log(dir);
  }
}

export const entryPoint = (dir = codeServerDir()) => join(dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

