// asyncio.wait, asyncio.wait_for and asyncio.as_completed.
//
// Why this file exists: these three wait on several outcomes with a timeout, and differ in policy
// (WAIT-01..05, WF-01..05): wait() returns (done, pending) and never raises or cancels; wait_for()
// cancels the inner awaitable on timeout, *waits for the cancellation to finish*, and raises
// TimeoutError (or returns the value if the inner swallowed the cancel); as_completed() hands out
// awaitables in completion order. They are CPython 3.11's tasks.py, transcribed as LoopCoroutines
// (wait, wait_for) and a lazy generator (as_completed, whose awaitables are frames:
// frame-coroutine.ts), so argument errors surface at the same moment as in CPython: when the
// coroutine first runs, or at the first next().

import { CancelledError, TimeoutError, ValueError, typeName } from "../core/errors.js";
import { LoopCoroutine, awaitValue, isCoroutine, type Awaitable } from "./loop-coroutine.js";
import { Future, hasException, isFuture } from "./futures.js";
import { ensureFuture } from "./tasks.js";
import { Queue } from "./queues.js";
import { getEventLoop, getRunningLoop } from "./state.js";
import { FrameCoroutine } from "./frame-coroutine.js";
import { DELEGATE, frameClass } from "../core/frame.js";
import { awaitValue as awaitFrame } from "../objects/await.js";
import type { EventLoop } from "./events.js";
import type { TimerHandle } from "./handles.js";
import { _standsFor } from "./graph-links.js";

export const FIRST_COMPLETED = "FIRST_COMPLETED";
export const FIRST_EXCEPTION = "FIRST_EXCEPTION";
export const ALL_COMPLETED = "ALL_COMPLETED";
export type ReturnWhen = typeof FIRST_COMPLETED | typeof FIRST_EXCEPTION | typeof ALL_COMPLETED;

export interface WaitOptions {
  /** Seconds; null / undefined waits without limit. On timeout nothing is cancelled (WAIT-02). */
  timeout?: number | null;
  returnWhen?: ReturnWhen;
}

function releaseWaiter(waiter: Future<unknown>): void {
  if (!waiter.done()) waiter.setResult(undefined);
}
Object.defineProperty(releaseWaiter, "__qualname__", { value: "_release_waiter" });

/** `functools.partial(_release_waiter, waiter)`: one function object, so it can be removed again. */
function releaser(waiter: Future<unknown>): () => void {
  const cb = () => releaseWaiter(waiter);
  Object.defineProperty(cb, "__qualname__", { value: "_release_waiter" });
  return cb;
}

function* waitInternal<T>(
  fs: Set<Future<T>>,
  timeout: number | null,
  returnWhen: ReturnWhen,
  loop: EventLoop,
): Generator<unknown, [Set<Future<T>>, Set<Future<T>>], unknown> {
  const waiter = loop.createFuture<undefined>();
  let timeoutHandle: TimerHandle | null = null;
  if (timeout !== null) timeoutHandle = loop.callLater(timeout, releaseWaiter, waiter);
  let counter = fs.size;
  const onCompletion = (f: Future<T>): void => {
    counter -= 1;
    if (counter <= 0 || returnWhen === FIRST_COMPLETED || (returnWhen === FIRST_EXCEPTION && !f.cancelled() && hasException(f))) {
      if (timeoutHandle !== null) timeoutHandle.cancel();
      if (!waiter.done()) waiter.setResult(undefined);
    }
  };
  Object.defineProperty(onCompletion, "__qualname__", { value: "_wait.<locals>._on_completion" });
  for (const f of fs) f.addDoneCallback(onCompletion);
  try {
    yield* waiter.__await__();
  } finally {
    if (timeoutHandle !== null) timeoutHandle.cancel();
    for (const f of fs) f.removeDoneCallback(onCompletion);
  }
  const done = new Set<Future<T>>();
  const pending = new Set<Future<T>>();
  for (const f of fs) (f.done() ? done : pending).add(f);
  return [done, pending];
}

function* waitBody<T>(fs: Iterable<Future<T>>, timeout: number | null, returnWhen: string): Generator<unknown, [Set<Future<T>>, Set<Future<T>>], unknown> {
  if (isFuture(fs) || isCoroutine(fs)) throw new TypeError(`expect a list of futures, not ${typeName(fs)}`);
  const list = [...fs];
  if (list.length === 0) throw new ValueError("Set of Tasks/Futures is empty.");
  if (returnWhen !== FIRST_COMPLETED && returnWhen !== FIRST_EXCEPTION && returnWhen !== ALL_COMPLETED) {
    throw new ValueError(`Invalid return_when value: ${returnWhen}`);
  }
  const set = new Set(list);
  for (const f of set) if (isCoroutine(f)) throw new TypeError("Passing coroutines is forbidden, use tasks explicitly.");
  const loop = getRunningLoop();
  return yield* waitInternal(set, timeout, returnWhen, loop);
}

/**
 * asyncio.wait(fs, { timeout, returnWhen }): `[done, pending]`, two Sets. Never raises the futures'
 * exceptions and never cancels them. `fs` holds futures/tasks (coroutines are refused, as in 3.11).
 */
export function wait<T>(fs: Iterable<Future<T>>, options: WaitOptions = {}): LoopCoroutine<[Set<Future<T>>, Set<Future<T>>]> {
  return new LoopCoroutine(waitBody(fs, options.timeout ?? null, options.returnWhen ?? ALL_COMPLETED), "wait");
}

/** `_cancel_and_wait`: cancel `fut` and wait until it is done (without awaiting it directly). */
function* cancelAndWait(fut: Future<unknown>, loop: EventLoop): Generator<unknown, void, unknown> {
  const waiter = loop.createFuture<undefined>();
  const cb = releaser(waiter);
  fut.addDoneCallback(cb);
  try {
    fut.cancel();
    yield* waiter.__await__();
  } finally {
    fut.removeDoneCallback(cb);
  }
}

function timeoutFrom(exc: unknown): TimeoutError {
  const err = new TimeoutError(undefined, { cause: exc });
  err.context = exc;
  return err;
}

function* waitForBody<T>(aw: unknown, timeout: number | null | undefined): Generator<unknown, T, unknown> {
  const loop = getRunningLoop();
  if (timeout === null || timeout === undefined) return (yield* awaitValue(aw)) as T;

  if (timeout <= 0) {
    const fut = ensureFuture<T>(aw, { loop });
    if (fut.done()) return fut.result();
    yield* cancelAndWait(fut, loop);
    try {
      return fut.result();
    } catch (exc) {
      if (exc instanceof CancelledError) throw timeoutFrom(exc);
      throw exc;
    }
  }

  const waiter = loop.createFuture<undefined>();
  const timeoutHandle = loop.callLater(timeout, releaseWaiter, waiter);
  const cb = releaser(waiter);
  const fut = ensureFuture<T>(aw, { loop });
  fut.addDoneCallback(cb);
  _standsFor(waiter, () => [fut]); // the call graph: the task waiting on `waiter` awaits `fut`
  try {
    try {
      // wait until the future completes or the timeout
      yield* waiter.__await__();
    } catch (e) {
      if (e instanceof CancelledError) {
        if (fut.done()) return fut.result();
        fut.removeDoneCallback(cb);
        // the inner task must not be running after wait_for() returns
        yield* cancelAndWait(fut, loop);
      }
      throw e;
    }
    if (fut.done()) return fut.result();
    fut.removeDoneCallback(cb);
    yield* cancelAndWait(fut, loop);
    // the inner may have swallowed the cancellation (its value wins) or failed during it (WF-03)
    try {
      return fut.result();
    } catch (exc) {
      if (exc instanceof CancelledError) throw timeoutFrom(exc);
      throw exc;
    }
  } finally {
    timeoutHandle.cancel();
  }
}

/**
 * asyncio.wait_for(aw, timeout): await `aw` (wrapped in a task) for at most `timeout` seconds; on
 * timeout cancel it, wait for it to finish, and raise TimeoutError (cause: the CancelledError).
 * `timeout` null / undefined is a plain await.
 */
export function waitFor<T>(aw: Awaitable<T>, timeout: number | null | undefined): LoopCoroutine<T> {
  return new LoopCoroutine(waitForBody<T>(aw, timeout), "wait_for");
}

/**
 * asyncio.as_completed(fs, { timeout }): a generator of awaitables that give the outcomes in
 * completion order; with a timeout, those still pending raise TimeoutError. Lazy, as in 3.11:
 * nothing (not even the argument check) happens before the first next().
 */
export function* asCompleted<T>(
  fs: Iterable<Awaitable<T>>,
  options: { timeout?: number | null } = {},
): Generator<FrameCoroutine<T>, void, unknown> {
  if (isFuture(fs) || isCoroutine(fs)) throw new TypeError(`expect an iterable of futures, not ${typeName(fs)}`);
  const loop = getEventLoop();
  const done = new Queue<Future<T> | null>();
  const todo = new Set<Future<T>>();
  for (const f of new Set(fs)) todo.add(ensureFuture<T>(f, { loop }));
  let timeoutHandle: TimerHandle | null = null;

  const onTimeout = (): void => {
    for (const f of todo) {
      f.removeDoneCallback(onCompletion);
      done.putNowait(null); // a dummy value for waitForOne()
    }
    todo.clear();
  };
  Object.defineProperty(onTimeout, "__qualname__", { value: "as_completed.<locals>._on_timeout" });
  const onCompletion = (f: Future<T>): void => {
    if (todo.size === 0) return; // onTimeout() was here first
    todo.delete(f);
    done.putNowait(f);
    if (todo.size === 0 && timeoutHandle !== null) timeoutHandle.cancel();
  };
  Object.defineProperty(onCompletion, "__qualname__", { value: "as_completed.<locals>._on_completion" });

  for (const f of todo) f.addDoneCallback(onCompletion);
  if (todo.size > 0 && options.timeout !== undefined && options.timeout !== null) {
    timeoutHandle = loop.callLater(options.timeout, onTimeout);
  }
  const n = todo.size;
  for (let i = 0; i < n; i++) yield new WaitForOne(done) as unknown as FrameCoroutine<T>;
}

/** State of WaitForOne suspended in `await done.get()`. */
const GETTING = 1;

/**
 * as_completed's `_wait_for_one()` as a frame (frame-coroutine.ts; it was a LoopCoroutine over a
 * generator, one per result handed out):
 *
 *     f = await done.get()
 *     if f is None: raise exceptions.TimeoutError   # dummy value from _on_timeout()
 *     return f.result()                              # may raise f.exception()
 */
class WaitForOne<T> {
  static $name = "as_completed.<locals>._wait_for_one";
  static $qualname = "as_completed.<locals>._wait_for_one";
  $s: number;
  $yf: null;
  $own: null;
  done: Queue<Future<T> | null>;

  constructor(done: Queue<Future<T> | null>) {
    this.$s = 0;
    this.$yf = null;
    this.$own = null;
    this.done = done;
  }

  $step(s: number, v: unknown, m: number): unknown {
    if (s === 0) {
      v = awaitFrame(this as unknown as FrameCoroutine, this.done.get(), GETTING, m);
      if (v === DELEGATE) return v;
    } else if (m !== 0) throw v;
    const f = v as Future<T> | null;
    if (f === null) throw new TimeoutError();
    return f.result();
  }
}
frameClass(WaitForOne, FrameCoroutine);
