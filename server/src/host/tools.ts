// Finding and running the host tools other than virsh (ip, iptables, nft, dnsmasq): argv only,
// a timeout on every call, logged with its duration.
import { execFile } from 'node:child_process';
import { access, constants } from 'node:fs/promises';
import { delimiter, isAbsolute, join } from 'node:path';
import type { Logger } from './virsh';

// Where distributions put admin tools; a desktop session's PATH often lacks the sbin ones.
const SYSTEM_DIRS = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];

/** Absolute path of an executable `name` on PATH or in the system directories, or undefined. */
export async function findExecutable(name: string, pathEnv: string = process.env.PATH ?? ''): Promise<string | undefined> {
  if (isAbsolute(name)) return (await isExecutable(name)) ? name : undefined;
  const dirs = [...pathEnv.split(delimiter).filter((d) => isAbsolute(d)), ...SYSTEM_DIRS];
  for (const dir of new Set(dirs)) {
    const candidate = join(dir, name);
    if (await isExecutable(candidate)) return candidate;
  }
  return undefined;
}

async function isExecutable(path: string): Promise<boolean> {
  try {
    await access(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export interface ToolResult {
  ok: boolean;
  stdout: string;
  stderr: string;
  /** Spawn error or exit description when not ok. */
  failure?: string;
}

/** Runs a tool to completion; never rejects (the caller turns failures into messages). */
export function runTool(path: string, args: readonly string[], logger: Logger, opts: { timeoutMs?: number; signal?: AbortSignal } = {}): Promise<ToolResult> {
  const started = Date.now();
  return new Promise((resolve) => {
    execFile(
      path,
      [...args],
      { env: { ...process.env, LC_ALL: 'C.UTF-8' }, timeout: opts.timeoutMs ?? 10_000, killSignal: 'SIGKILL', signal: opts.signal, maxBuffer: 16 * 1024 * 1024, encoding: 'utf8' },
      (err, stdout, stderr) => {
        const failure = err ? (err.name === 'AbortError' ? 'cancelled' : err.killed ? 'timed out' : err.message.split('\n')[0]) : undefined;
        logger(`${path} ${args.join(' ')}: ${failure ?? 'ok'} (${Date.now() - started} ms)`);
        resolve(failure === undefined ? { ok: true, stdout, stderr } : { ok: false, stdout, stderr, failure });
      },
    );
  });
}
