// One long-lived `virsh -q -c URI` per connection, fed commands on stdin: a refresh of N
// networks costs N round trips on a warm connection instead of N process starts, and the
// test:///default driver (whose state lives only inside one virsh process) keeps what was
// defined.
//
// Framing. Without a tty virsh still reads through readline, which echoes "virsh # LINE\n" to
// stdout before running it, and commands print no delimiter of their own. Each request is
// written as two lines:
//     CMD ; echo N''7e
//     echo N''7g ; echo --err N''7g
// N is a random per-process nonce and 7 the request number. `echo N''7e` prints `N7e`, which
// never appears in the echoed line itself (there the quotes split it). So stdout from the first
// newline after the previous request's guard (the end of readline's echo of line one, which has
// no raw newline: control characters show as ^J) up to `N7e` is exactly CMD's output, and stderr
// before `error: N7g` exactly its errors. Line two always runs, even when virsh rejects line
// one without running any of it (a parse error), so every request ends.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import type { VirshCall } from './calls';
import { cancelledError, classifyVirshFailure, errorLines, notInstalledError, timeoutError, VirshError } from './errors';
import { toVirshCommandLine } from './virsh-quote';
import { DEFAULT_TIMEOUT_MS, describeArgs, parseOutput, spawnVirsh, type CallOptions, type VirshOutput, type VirshTarget } from './virsh';

interface Request {
  /** Line one without the end marker: one command, or several joined by ` ; `. */
  line: string;
  /** For logs and error messages. */
  what: string;
  opts: CallOptions;
  resolve(out: VirshOutput): void;
  reject(err: VirshError): void;
  markers?: { end: string; guard: string };
  sentAt?: number;
  timer?: NodeJS.Timeout;
  onAbort?: () => void;
}

interface Proc {
  child: ChildProcessWithoutNullStreams;
  nonce: string;
  /** Private history dir: interactive virsh saves its readline history on exit. */
  cacheDir: string;
  out: string;
  err: string;
  dead: boolean;
}

// Printed by virsh's connection-close callback whenever the daemon goes away; virsh reconnects
// on the next command, so on its own this line does not fail the command it lands in.
const RECONNECT_NOISE = /^(Disconnected from .* due to .*|Reconnected to the hypervisor)$/;

// Far below the COLUMNS we give readline, so it never scrolls (and never redraws) a line.
const MAX_LINE = 20_000;

export class VirshSession {
  private readonly queue: Request[] = [];
  private current: Request | undefined;
  private proc: Proc | undefined;
  private sequence = 0;
  private disposed = false;

  constructor(
    private readonly target: VirshTarget,
    private readonly defaults: { timeoutMs?: number } = {},
  ) {}

  get uri(): string {
    return this.target.uri;
  }

  /** Runs one command; rejects with a VirshError (its `kind` says why). */
  run(args: readonly string[], opts: CallOptions = {}): Promise<VirshOutput> {
    let line: string;
    try {
      line = commandLine(args);
    } catch (e) {
      return Promise.reject(e);
    }
    return this.enqueue(line, describeArgs(args), opts);
  }

  async call<T>(call: VirshCall<T>, opts: CallOptions = {}): Promise<T> {
    const { stdout } = await this.run(call.args, opts);
    return parseOutput(call, stdout);
  }

  /**
   * Runs several commands back to back, a line of up to MAX_LINE characters at a time, and
   * resolves with their concatenated output. Rejects if any of them fails. For bulk reads whose
   * outputs split by themselves (one XML document each): one round trip for many commands.
   */
  async runAll(commands: readonly (readonly string[])[], opts: CallOptions = {}): Promise<VirshOutput> {
    const lines: string[] = [];
    let chunk: string[] = [];
    let size = 0;
    for (const args of commands) {
      const line = commandLine(args);
      if (chunk.length > 0 && size + line.length + 3 > MAX_LINE) {
        lines.push(chunk.join(' ; '));
        chunk = [];
        size = 0;
      }
      chunk.push(line);
      size += line.length + 3;
    }
    if (chunk.length > 0) lines.push(chunk.join(' ; '));
    const outputs = await Promise.all(lines.map((line, i) => this.enqueue(line, `[${commands.length} commands, part ${i + 1}/${lines.length}]`, opts)));
    return { stdout: outputs.map((o) => o.stdout).join(''), stderr: outputs.map((o) => o.stderr).join('') };
  }

  /** Ends the virsh process; queued and running commands reject as cancelled. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    for (const req of this.queue.splice(0)) this.settle(req, cancelledError(`${req.what} (session closed)`));
    if (this.current) this.settle(this.current, cancelledError(`${this.current.what} (session closed)`));
    this.current = undefined;
    this.killProc();
  }

  private enqueue(line: string, what: string, opts: CallOptions): Promise<VirshOutput> {
    if (this.disposed) return Promise.reject(cancelledError(`${what} (session closed)`));
    if (opts.signal?.aborted) return Promise.reject(cancelledError(what));
    if (line.length > MAX_LINE) return Promise.reject(new VirshError('other', `virsh command too long (${line.length} characters)`, undefined));
    return new Promise((resolve, reject) => {
      const req: Request = { line, what, opts, resolve, reject };
      if (opts.signal) {
        req.onAbort = () => this.abort(req);
        opts.signal.addEventListener('abort', req.onAbort, { once: true });
      }
      this.queue.push(req);
      this.pump();
    });
  }

  private pump(): void {
    if (this.current || this.disposed) return;
    const req = this.queue.shift();
    if (!req) return;
    const proc = this.proc ?? this.startProc();
    const n = ++this.sequence;
    req.markers = { end: `${proc.nonce}${n}e`, guard: `${proc.nonce}${n}g` };
    this.current = req;
    req.sentAt = Date.now();
    const timeoutMs = req.opts.timeoutMs ?? this.defaults.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    req.timer = setTimeout(() => this.failCurrent(timeoutError(req.what, timeoutMs)), timeoutMs);
    const say = (tag: string): string => `${proc.nonce}''${n}${tag}`;
    proc.child.stdin.write(`${req.line} ; echo ${say('e')}\necho ${say('g')} ; echo --err ${say('g')}\n`);
  }

  private startProc(): Proc {
    const cacheDir = mkdtempSync(join(tmpdir(), 'virsh-session-'));
    const child = spawnVirsh(this.target, [], { XDG_CACHE_HOME: cacheDir });
    const proc: Proc = { child, nonce: randomBytes(6).toString('hex'), cacheDir, out: '', err: '', dead: false };
    this.proc = proc;
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      proc.out += chunk;
      this.tryComplete(proc);
    });
    child.stderr.on('data', (chunk: string) => {
      proc.err += chunk;
      this.tryComplete(proc);
    });
    child.stdin.on('error', () => undefined); // EPIPE after an exit: 'close' reports it
    child.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT' || e.code === 'EACCES') this.procEnded(proc, notInstalledError(this.target.virshPath, e.code));
      else this.procEnded(proc, new VirshError('other', `virsh: ${e.message}`, undefined));
    });
    child.on('close', (code, signal) => {
      const how = code !== null ? `exit code ${code}` : `signal ${signal}`;
      this.target.logger(`virsh -c ${this.target.uri} session ended (${how})`);
      const failure = errorLines(proc.err).length > 0 ? classifyVirshFailure(this.target.uri, proc.err) : new VirshError('other', `virsh exited unexpectedly (${how})`, undefined);
      this.procEnded(proc, failure);
    });
    return proc;
  }

  private tryComplete(proc: Proc): void {
    const req = this.current;
    if (!req?.markers || proc !== this.proc) return;
    const { end, guard } = req.markers;
    const outGuard = proc.out.indexOf(guard);
    const errGuardLine = `error: ${guard}\n`;
    const errGuard = proc.err.indexOf(errGuardLine);
    if (outGuard < 0 || errGuard < 0) return;

    const region = proc.out.slice(0, outGuard);
    const echoEnd = region.indexOf('\n');
    const outEnd = region.indexOf(end);
    const stdout = echoEnd >= 0 && outEnd > echoEnd ? region.slice(echoEnd + 1, outEnd) : '';
    const stderr = proc.err.slice(0, errGuard);
    proc.out = proc.out.slice(outGuard + guard.length);
    proc.err = proc.err.slice(errGuard + errGuardLine.length);

    const real = errorLines(stderr).filter((l) => !RECONNECT_NOISE.test(l));
    if (real.length === 0) this.finish(req, { stdout, stderr });
    else this.finish(req, classifyVirshFailure(this.target.uri, stderr));
  }

  private finish(req: Request, result: VirshOutput | VirshError): void {
    this.current = undefined;
    this.settle(req, result);
    this.pump();
  }

  private settle(req: Request, result: VirshOutput | VirshError): void {
    if (req.timer) clearTimeout(req.timer);
    if (req.onAbort) req.opts.signal?.removeEventListener('abort', req.onAbort);
    const took = req.sentAt !== undefined ? `${Date.now() - req.sentAt} ms` : 'not sent';
    const what = `virsh -c ${this.target.uri} ${req.what} [session]`;
    if (result instanceof VirshError) {
      this.target.logger(`${what}: ${result.kind}: ${result.message} (${took})`);
      req.reject(result);
    } else {
      this.target.logger(`${what}: ok (${took})`);
      req.resolve(result);
    }
  }

  private abort(req: Request): void {
    if (req === this.current) {
      this.failCurrent(cancelledError(req.what));
      return;
    }
    const at = this.queue.indexOf(req);
    if (at >= 0) {
      this.queue.splice(at, 1);
      this.settle(req, cancelledError(req.what));
    }
  }

  /** A running command can only be interrupted by ending the process; the next one restarts it. */
  private failCurrent(err: VirshError): void {
    const req = this.current;
    if (!req) return;
    this.killProc();
    this.finish(req, err);
  }

  private procEnded(proc: Proc, failure: VirshError): void {
    if (proc.dead) return;
    proc.dead = true;
    rmSync(proc.cacheDir, { recursive: true, force: true });
    if (this.proc !== proc) return;
    this.proc = undefined;
    if (this.current) this.finish(this.current, failure);
  }

  private killProc(): void {
    const proc = this.proc;
    if (!proc) return;
    this.proc = undefined;
    proc.child.stdin.end();
    proc.child.kill('SIGKILL');
  }
}

/** An argument virsh cannot take (a NUL, say) fails as a VirshError like any other refusal, in run() and runAll() alike. */
function commandLine(args: readonly string[]): string {
  try {
    return toVirshCommandLine(args);
  } catch (e) {
    throw new VirshError('other', e instanceof Error ? e.message : String(e), undefined);
  }
}
