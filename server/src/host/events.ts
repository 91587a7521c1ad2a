// Watches `virsh net-event --event lifecycle --loop` for one connection and reports each event.
// Debouncing is the caller's job. When virsh exits (daemon gone, connection refused) it is
// restarted with exponential backoff until disposed.
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { classifyVirshFailure, errorLines, notInstalledError, VirshError } from './errors';
import { spawnVirsh, type VirshTarget } from './virsh';

export interface NetworkEvent {
  uri: string;
  network: string;
  /** Defined, Undefined, Started, Stopped (virsh's words). */
  event: string;
}

export interface EventWatcherOptions {
  target: VirshTarget;
  onEvent(event: NetworkEvent): void;
  /** virsh ended; it is started again after `retryInMs`. Events in between are lost: refresh. */
  onError?(error: VirshError, retryInMs: number): void;
  /** Backoff after a failure: initialMs doubling up to maxMs (defaults 1 s, 60 s). */
  backoff?: { initialMs: number; maxMs: number };
}

// virsh 9.0 prints: event 'lifecycle' for network NAME: Started
const EVENT_LINE = /^event '([^']+)' for network (.*): (\S+)$/;

export function parseNetEventLine(line: string): { type: string; network: string; event: string } | undefined {
  const m = EVENT_LINE.exec(line);
  return m ? { type: m[1], network: m[2], event: m[3] } : undefined;
}

// A process that lived this long was connected: the next failure starts the backoff afresh.
const STABLE_AFTER_MS = 10_000;

export class NetworkEventWatcher {
  private child: ChildProcessWithoutNullStreams | undefined;
  private retryTimer: NodeJS.Timeout | undefined;
  private failures = 0;
  private disposed = false;

  constructor(private readonly options: EventWatcherOptions) {}

  start(): void {
    if (this.disposed || this.child || this.retryTimer) return;
    const { target } = this.options;
    const child = spawnVirsh(target, ['net-event', '--event', 'lifecycle', '--loop']);
    this.child = child;
    const startedAt = Date.now();
    let pending = '';
    let stderr = '';
    let sawEvent = false;
    let spawnError: VirshError | undefined;
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      const lines = (pending + chunk).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const parsed = parseNetEventLine(line);
        if (!parsed) continue;
        sawEvent = true;
        this.options.onEvent({ uri: target.uri, network: parsed.network, event: parsed.event });
      }
    });
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.stdin.end();
    child.on('error', (e: NodeJS.ErrnoException) => {
      spawnError = e.code === 'ENOENT' || e.code === 'EACCES' ? notInstalledError(target.virshPath, e.code) : new VirshError('other', `virsh: ${e.message}`, undefined);
    });
    child.on('close', (code, signal) => {
      if (this.child === child) this.child = undefined;
      const how = code !== null ? `exit code ${code}` : `signal ${signal}`;
      target.logger(`virsh -c ${target.uri} net-event watcher ended (${how})`);
      if (this.disposed) return;
      if (sawEvent || Date.now() - startedAt >= STABLE_AFTER_MS) this.failures = 0;
      const error = spawnError ?? (errorLines(stderr).length > 0 ? classifyVirshFailure(target.uri, stderr) : new VirshError('other', `virsh net-event exited (${how})`, undefined));
      const { initialMs, maxMs } = this.options.backoff ?? { initialMs: 1_000, maxMs: 60_000 };
      const delay = Math.min(maxMs, initialMs * 2 ** this.failures);
      this.failures++;
      target.logger(`virsh -c ${target.uri} net-event watcher: ${error.kind}: ${error.message}; restarting in ${delay} ms`);
      this.options.onError?.(error, delay);
      this.retryTimer = setTimeout(() => {
        this.retryTimer = undefined;
        this.start();
      }, delay);
    });
  }

  dispose(): void {
    this.disposed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    this.child?.kill('SIGTERM');
    this.child = undefined;
  }
}
