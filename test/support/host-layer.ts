// What the tests of the host layer (server/src/host, directly or through the language server)
// share: the VirshError a call must fail with, and waiting for something asynchronous to happen.
import assert from 'node:assert/strict';
import { VirshError } from '../../server/src/host/errors';

/** Awaits `p`, which must reject with a VirshError; returns that error. */
export async function rejection(p: Promise<unknown>): Promise<VirshError> {
  try {
    await p;
  } catch (e) {
    assert.ok(e instanceof VirshError, `expected a VirshError, got ${String(e)}`);
    return e;
  }
  assert.fail('expected a rejection');
}

/** Polls `predicate` every 20 ms until it holds; throws after `timeoutMs` (default: never, the test's own timeout applies). */
export async function waitFor(predicate: () => boolean, timeoutMs = Infinity): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`condition not reached within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
