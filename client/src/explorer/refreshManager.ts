// The one place that decides when the explorer asks the server for a new snapshot (after
// vscode-containers' RefreshManager). Reasons: `manual` (the refresh button), `action` (we just
// changed something), `event` (libvirt said something changed), `config` (settings changed).
// Requests are merged and debounced, run one at a time, and only while the view is visible: a
// request made while it is hidden marks it stale, and it refreshes when shown again.
// No runtime import of `vscode`: the timer is injected, so tests drive it step by step.

export type RefreshReason = 'manual' | 'event' | 'config' | 'action';

export interface RefreshRequest {
  /** The connections to refresh; undefined for all of them. */
  uris: string[] | undefined;
  reasons: RefreshReason[];
}

export interface Scheduler {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface RefreshManagerOptions {
  /** Debounce for `event` and `config` requests (read at each request: it is a setting). */
  debounceMs(): number;
  /** Runs one refresh. Failures are the runner's to report; a rejection is logged and swallowed. */
  run(request: RefreshRequest): Promise<void>;
  scheduler?: Scheduler;
  log?(message: string): void;
}

const IMMEDIATE: ReadonlySet<RefreshReason> = new Set<RefreshReason>(['manual', 'action']);

interface Batch {
  all: boolean;
  uris: Set<string>;
  reasons: Set<RefreshReason>;
  waiters: (() => void)[];
}

const realScheduler: Scheduler = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

export class RefreshManager {
  private visible = false;
  private pending: Batch | undefined;
  private timer: { handle: unknown; delay: number } | undefined;
  private running = false;
  private disposed = false;
  private readonly scheduler: Scheduler;

  constructor(private readonly options: RefreshManagerOptions) {
    this.scheduler = options.scheduler ?? realScheduler;
  }

  get isVisible(): boolean {
    return this.visible;
  }

  /** True while a request waits for the view to become visible (or for its timer). */
  get isStale(): boolean {
    return this.pending !== undefined;
  }

  /**
   * Asks for a refresh of `uri` (all connections when omitted). Resolves once a refresh that
   * covers it has finished; at once when the view is hidden (it refreshes when shown).
   */
  request(reason: RefreshReason, uri?: string): Promise<void> {
    if (this.disposed) return Promise.resolve();
    const batch = (this.pending ??= { all: false, uris: new Set(), reasons: new Set(), waiters: [] });
    if (uri === undefined) batch.all = true;
    else batch.uris.add(uri);
    batch.reasons.add(reason);
    if (!this.visible) {
      this.options.log?.(`refresh (${reason}${uri ? ` ${uri}` : ''}) deferred: the explorer is hidden`);
      return Promise.resolve();
    }
    const done = new Promise<void>((resolve) => batch.waiters.push(resolve));
    this.schedule(IMMEDIATE.has(reason) ? 0 : this.options.debounceMs(), !IMMEDIATE.has(reason));
    return done;
  }

  setVisible(visible: boolean): void {
    if (this.disposed || visible === this.visible) return;
    this.visible = visible;
    if (visible && this.pending) this.schedule(0, false);
    if (!visible && this.timer) {
      // Keep the pending batch for later; nobody waits on a hidden view.
      this.scheduler.clearTimeout(this.timer.handle);
      this.timer = undefined;
      this.releaseWaiters(this.pending);
    }
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer) this.scheduler.clearTimeout(this.timer.handle);
    this.timer = undefined;
    this.releaseWaiters(this.pending);
    this.pending = undefined;
  }

  /** Sets the timer, or moves it: sooner for immediate reasons, later on each debounced request. */
  private schedule(delay: number, debounce: boolean): void {
    if (this.running) return; // the running refresh reschedules when it ends
    if (this.timer) {
      if (this.timer.delay === 0) return; // an immediate refresh is already due: it takes this request along
      if (!debounce && delay >= this.timer.delay) return;
      this.scheduler.clearTimeout(this.timer.handle);
    }
    this.timer = { handle: this.scheduler.setTimeout(() => void this.fire(), delay), delay };
  }

  private async fire(): Promise<void> {
    this.timer = undefined;
    const batch = this.pending;
    if (!batch || this.disposed || !this.visible) return;
    this.pending = undefined;
    this.running = true;
    const request: RefreshRequest = { uris: batch.all ? undefined : [...batch.uris], reasons: [...batch.reasons] };
    try {
      await this.options.run(request);
    } catch (e) {
      this.options.log?.(`refresh failed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      this.running = false;
      this.releaseWaiters(batch);
      // Requests that came while it ran (TS cannot see that `pending` changed during the await).
      const next = this.pending as Batch | undefined;
      if (next && this.visible && !this.disposed) {
        const immediate = [...next.reasons].some((r) => IMMEDIATE.has(r));
        this.schedule(immediate ? 0 : this.options.debounceMs(), false);
      }
    }
  }

  private releaseWaiters(batch: Batch | undefined): void {
    if (!batch) return;
    for (const resolve of batch.waiters.splice(0)) resolve();
  }
}
