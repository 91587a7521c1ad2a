import { setFlagsFromString } from 'node:v8';

/**
 * When the CLI lets V8's optimising compiler (TurboFan) work.
 *
 * TurboFan compiles hot functions on a background thread. A typical CLI run (a few dozen networks,
 * or one of 5,000 hosts) is over before that compile has paid for itself, and on a small CI machine
 * it competes with the run: with it, the benchmark's run took about 25% longer. On bigger inputs
 * optimised code wins (a 20,000-host network: about 240 ms with it, 280 ms without). So the CLI
 * starts with TurboFan off and turns it back on before the input checked so far, with the next
 * file, passes OPTIMIZE_AFTER_CHARS.
 */
export const OPTIMIZE_AFTER_CHARS = 600_000;

export class OptimizerPolicy {
  private charsChecked = 0;
  private optimizing = true;

  constructor(private readonly setV8Flags: (flags: string) => void = setFlagsFromString) {}

  /** At start-up, before any code is hot. */
  holdForShortRun(): void {
    this.setV8Flags('--no-opt');
    this.optimizing = false;
  }

  /** Before checking a document of `chars` characters. */
  beforeChecking(chars: number): void {
    this.charsChecked += chars;
    if (!this.optimizing && this.charsChecked > OPTIMIZE_AFTER_CHARS) {
      this.setV8Flags('--opt');
      this.optimizing = true;
    }
  }

  get isOptimizing(): boolean {
    return this.optimizing;
  }
}
