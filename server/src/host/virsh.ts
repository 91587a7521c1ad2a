// The only code that starts virsh. Always an argv (no shell), always a timeout, cancellable,
// and every call is logged with its duration. Long-lived virsh processes (the session and the
// event watcher) are started here too, through spawnVirsh().
import { execFile, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import type { VirshCall } from './calls';
import { cancelledError, classifyVirshFailure, notInstalledError, timeoutError, VirshError } from './errors';

export type Logger = (line: string) => void;

/** Which virsh, which connection, where log lines go. */
export interface VirshTarget {
  /** Path or bare name of the virsh binary (a machine-scoped setting in the client). */
  virshPath: string;
  /** Connection URI, e.g. `qemu:///system`, `test:///default`. */
  uri: string;
  logger: Logger;
}

export interface CallOptions {
  /** Default DEFAULT_TIMEOUT_MS. */
  timeoutMs?: number;
  signal?: AbortSignal;
}

export interface VirshOutput {
  stdout: string;
  stderr: string;
}

export const DEFAULT_TIMEOUT_MS = 30_000;

// Enough for the XML of thousands of networks; a limit still guards against a runaway process.
const MAX_OUTPUT_BYTES = 64 * 1024 * 1024;

/**
 * Environment for every virsh process: untranslated libvirt messages (the classifier reads
 * them), and for interactive sessions a readline that behaves the same everywhere: no user
 * inputrc, no terminal escapes, no horizontal scrolling of long lines.
 */
export function virshEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LC_ALL: 'C.UTF-8', TERM: 'dumb', INPUTRC: '/dev/null', COLUMNS: '100000', ...extra };
  delete env.LANGUAGE; // would override LC_ALL for gettext
  return env;
}

/** argv as a log-friendly string: plain words stay plain, anything else is JSON-quoted. */
export function describeArgs(args: readonly string[]): string {
  return args.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : JSON.stringify(a))).join(' ');
}

function fullArgv(uri: string, args: readonly string[]): string[] {
  // -q: no greeting, no table headers, no "Network X started" chatter; same output in all modes.
  return ['-q', '-c', uri, ...args];
}

/** Runs one `virsh -q -c URI ARGS...` process to completion. Rejects with a VirshError. */
export function runVirsh(target: VirshTarget, args: readonly string[], opts: CallOptions = {}): Promise<VirshOutput> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const what = describeArgs(args);
  const started = Date.now();
  const log = (outcome: string): void => target.logger(`virsh -c ${target.uri} ${what}: ${outcome} (${Date.now() - started} ms)`);
  if (opts.signal?.aborted) {
    log('cancelled before start');
    return Promise.reject(cancelledError(what));
  }
  return new Promise((resolve, reject) => {
    execFile(
      target.virshPath,
      fullArgv(target.uri, args),
      { env: virshEnv(), timeout: timeoutMs, killSignal: 'SIGKILL', signal: opts.signal, maxBuffer: MAX_OUTPUT_BYTES, encoding: 'utf8', windowsHide: true },
      (err, stdout, stderr) => {
        if (!err) {
          log('ok');
          resolve({ stdout, stderr });
          return;
        }
        const failure = toVirshError(err, target, what, timeoutMs, stderr);
        log(`${failure.kind}: ${failure.message}`);
        reject(failure);
      },
    );
  });
}

/** Runs one call in its own virsh process and parses its output. */
export async function runCall<T>(target: VirshTarget, call: VirshCall<T>, opts: CallOptions = {}): Promise<T> {
  const { stdout } = await runVirsh(target, call.args, opts);
  return parseOutput(call, stdout);
}

/** Applies a call's parser; output virsh should never print becomes a VirshError. */
export function parseOutput<T>(call: VirshCall<T>, stdout: string): T {
  try {
    return call.parse(stdout);
  } catch (e) {
    throw new VirshError('other', `unexpected output from virsh ${describeArgs(call.args)}: ${e instanceof Error ? e.message : String(e)}`, undefined);
  }
}

type ExecError = Error & { code?: string | number | null; killed?: boolean; signal?: NodeJS.Signals | null };

function toVirshError(err: ExecError, target: VirshTarget, what: string, timeoutMs: number, stderr: string): VirshError {
  if (err.name === 'AbortError') return cancelledError(what);
  if (err.code === 'ENOENT' || err.code === 'EACCES') return notInstalledError(target.virshPath, err.code);
  if (err.killed && err.signal === 'SIGKILL') return timeoutError(what, timeoutMs);
  if (typeof err.code === 'string') return new VirshError('other', err.message, undefined); // e.g. maxBuffer exceeded
  return classifyVirshFailure(target.uri, stderr, err.code != null ? `exit code ${err.code}` : `signal ${err.signal}`);
}

/**
 * Starts a long-lived `virsh -q -c URI ARGS...` with piped stdio (the session, the event
 * watcher). The caller owns the process: it must handle 'error' (e.g. ENOENT) and kill it.
 */
export function spawnVirsh(target: VirshTarget, args: readonly string[], extraEnv: Record<string, string> = {}): ChildProcessWithoutNullStreams {
  const child = spawn(target.virshPath, fullArgv(target.uri, args), { env: virshEnv(extraEnv), stdio: 'pipe', windowsHide: true });
  target.logger(`virsh -c ${target.uri} ${args.length > 0 ? describeArgs(args) : '(interactive session)'}: started${child.pid !== undefined ? ` (pid ${child.pid})` : ''}`);
  return child;
}
