#!/usr/bin/env node
// Sandboxed libvirtd for humans and demos (root only):
//   node scripts/libvirtd-sandbox.mjs start [NAME]   starts one, prints its URI on stdout
//   node scripts/libvirtd-sandbox.mjs status         lists sandboxes (netns, pid, running, uri)
//   node scripts/libvirtd-sandbox.mjs stop [NETNS]   stops one; without NETNS all detached or abandoned ones
// e.g.  URI=$(node scripts/libvirtd-sandbox.mjs start demo) && virsh -c "$URI" net-list --all
// The logic lives in test/support/libvirtd-sandbox.ts; it is transpiled on the fly so the CLI
// works without building the rest of the project.
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** test/support/libvirtd-sandbox.ts as a CommonJS module (also used by capture-virsh-fixtures.mjs). */
export function loadSandboxModule() {
  const ts = require('typescript');
  const source = fs.readFileSync(path.join(root, 'test/support/libvirtd-sandbox.ts'), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  });
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'libvirtd-sandbox-cli-')), 'sandbox.cjs');
  fs.writeFileSync(file, outputText);
  try {
    return require(file);
  } finally {
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
}

function usage() {
  process.stderr.write('usage: libvirtd-sandbox.mjs start [NAME] | status | stop [NETNS]\n');
  process.exit(2);
}

async function main([command, arg]) {
  const sandbox = loadSandboxModule();
  switch (command) {
    case 'start': {
      const sb = await sandbox.startLibvirtd({ name: arg ?? 'demo', detached: true });
      process.stderr.write(
        `libvirtd ${sb.pid} in netns ${sb.netns}, files in ${sb.dir}\n` +
          `  virsh -c '${sb.uri}' net-list --all\n` +
          `  ip -n ${sb.netns} link\n` +
          `  node scripts/libvirtd-sandbox.mjs stop ${sb.netns}\n`,
      );
      process.stdout.write(`${sb.uri}\n`);
      break;
    }
    case 'status': {
      const all = sandbox.listSandboxes();
      if (all.length === 0) process.stderr.write('no sandboxes\n');
      for (const s of all) {
        const owner = s.owner ? `owner ${s.owner.pid}${s.abandoned ? ' (gone)' : ''}` : 'detached';
        process.stdout.write(`${s.netns}\t${s.running ? `running pid ${s.pid}` : 'not running'}\t${owner}\t${s.uri}\n`);
      }
      break;
    }
    case 'stop': {
      // Without a name: the CLI's own (detached) sandboxes and abandoned ones, never those a
      // running test still owns.
      const targets = sandbox.listSandboxes().filter((s) => (arg ? s.netns === arg : s.owner === null || s.abandoned));
      if (arg && targets.length === 0) {
        process.stderr.write(`no sandbox ${arg}\n`);
        process.exit(1);
      }
      for (const s of targets) {
        sandbox.stopSandbox(s);
        process.stderr.write(`stopped ${s.netns}\n`);
      }
      break;
    }
    default:
      usage();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main(process.argv.slice(2));
}
