// The loop's own coroutines written as frames: sleep, and the waits of Event, Lock, Semaphore
// and Queue.
//
// Why this file exists: asyncio's `sleep`, `Event.wait`, `Lock.acquire`... are coroutines, and a
// task switch goes through one of them. Made from JavaScript generators (LoopCoroutine), every
// such await cost a generator, its register file, the LoopCoroutine, a CoroutineAwaitIterator, a
// ForeignFrame and three IteratorResults (issue 12: 569 bytes in 9 objects per `sleep(0)`
// switch). A `FrameCoroutine` is instead a native coroutine frame (objects/coroutine.ts) with a
// hand-written `$step`: a compiled `await` runs it inline and the driver resumes it directly, as
// it does compiled coroutines, so the switch allocates the coroutine object and nothing else.
//
// The one difference from a compiled coroutine: these coroutines yield to the task themselves
// (CPython's `__sleep0` bare yield; a future's `yield self`), which a coroutine run inline under
// `await` cannot do (what its step returns is its result). So a step that must yield while run
// inline (mode m < 0) sets the state `PRE` and returns DELEGATE with no child: the awaiting frames
// link it and return to the driver, which at once resumes it at `PRE` with a send of None, where
// it yields. The same coroutine driven by a task or by `send()` (m >= 0) yields at once.
//
// What users see is what LoopCoroutine showed: `<coroutine object sleep>`, `__name__`,
// `__qualname__`, `cr_running`, `cr_suspended`; `cr_frame` is null (there is no Python frame to
// show, as before).

import { Coroutine, SEND_RESULT, handedOutResult } from "../objects/coroutine.js";
import { DELEGATE, RAISE, type Delegate } from "../core/frame.js";
import { RuntimeError } from "../core/errors.js";
import type { Future } from "./futures.js";
import type { CodeInfo } from "../types.js";
import type { GeneratorFrameInfo } from "../objects/generator.js";

/** State of a FrameCoroutine run inline that must yield as soon as the driver resumes it. */
export const PRE = 1;

export abstract class FrameCoroutine<R = unknown> extends Coroutine<R> {
  /** The names users see, per class (`sleep`; `Event.wait` as qualname). */
  declare static $name: string;
  declare static $qualname: string;

  override get __name__(): string {
    return renamed.get(this)?.name ?? (this.constructor as typeof FrameCoroutine).$name;
  }
  override set __name__(v: string) {
    if (typeof v !== "string") throw new TypeError("__name__ must be set to a string object");
    renamed.set(this, { ...renamed.get(this), name: v });
  }
  override get __qualname__(): string {
    return renamed.get(this)?.qualname ?? (this.constructor as typeof FrameCoroutine).$qualname;
  }
  override set __qualname__(v: string) {
    if (typeof v !== "string") throw new TypeError("__qualname__ must be set to a string object");
    renamed.set(this, { ...renamed.get(this), qualname: v });
  }

  /**
   * `yield*` from the loop's generator-based coroutines and from users' (`@types.coroutine`'s
   * `yield from asyncio.sleep(0)`, YF-07): the iterator LoopCoroutine offered, kept so that these
   * objects stay what they were to JavaScript.
   */
  [Symbol.iterator](): Iterator<unknown, R, unknown> {
    return iterate(this);
  }

  override get cr_frame(): GeneratorFrameInfo | null {
    return null;
  }

  /**
   * `cr_await` (CO-07) of a frame suspended on a future of its own (`yieldFuture`, WAITING: sleep(d),
   * toThread, the streams' waits): that future, done or not, as the future a hand's send yielded.
   * CPython shows the `_asyncio.FutureIter` over it; pycoro shows the future itself, as for every
   * `await fut` (futures.ts FutureAwait). Other states: what the frame delegates to, else None.
   */
  override get cr_await(): unknown {
    const fut = (this as unknown as { fut?: unknown }).fut;
    if (this.$s === WAITING && this.$yf === null && fut !== undefined && fut !== null) return fut;
    return super.cr_await;
  }

  override get cr_code(): CodeInfo {
    const C = this.constructor as typeof FrameCoroutine;
    return { name: C.$name, qualname: C.$qualname, file: "", line: 0 };
  }
}

/** Names assigned to a runtime coroutine (rare: no field on every instance for them). */
const renamed = new WeakMap<object, { name?: string; qualname?: string }>();

/** Return from a step that must yield: at once (m >= 0), or through the driver when run inline. */
export function deferYield(c: FrameCoroutine, m: number): Delegate | undefined {
  if (m < 0) {
    c.$s = PRE;
    return DELEGATE;
  }
  return undefined;
}

/** Suspended on `fut` (yielded to the task, marked blocking, as `Future.__await__` does). */
export const WAITING = 3;

/** A FrameCoroutine that waits on one future of its own. */
export interface FutureWaiter {
  $s: number;
  fut: Future<unknown> | null;
}

/** Yield the frame's future to the task (`yield self` of Future.__await__). */
export function yieldFuture(c: FutureWaiter): unknown {
  const fut = c.fut!;
  fut._asyncio_future_blocking = true;
  c.$s = WAITING;
  return fut;
}

/**
 * A frame suspended on its own future and resumed by a send while that future is still pending
 * (only a hand does that: a task resumes it once the future is done) does what C's FutureIter
 * does: it yields the future again if nothing marks it blocking (a task took it and cleared the
 * mark), and the caller returns `yieldFuture(c)` at once; else `futureOutcome` raises "await
 * wasn't used with future". Fixture `asyncio/wait-by-hand-next`.
 */
export function pendingAgain(fut: Future<unknown>, m: number): boolean {
  return m === 0 && !fut.done() && !fut._asyncio_future_blocking;
}

/** The frame's future is done and the task resumed it: raise what was thrown in, else the future's outcome. */
export function futureOutcome(fut: Future<unknown>, v: unknown, m: number): unknown {
  if (m !== 0) throw v;
  if (!fut.done()) throw new RuntimeError("await wasn't used with future");
  return fut.result();
}

/**
 * A FrameCoroutine as a JavaScript iterator, for the loop's generator-based coroutines that
 * `yield*` one (a native coroutine is not iterable, CO-01): send and throw as IteratorResults.
 */
export function iterate<R>(c: Coroutine<R>): Iterator<unknown, R, unknown> & Iterable<unknown> & { [SEND_RESULT](v?: unknown): IteratorResult<unknown, R>; $cr: Coroutine<R> } {
  return {
    // (a JavaScript next/throw: what a public send/throw gives, a parked wait's future, objects/coroutine.ts handedOutResult)
    next: (v?: unknown) => handedOutResult(c[SEND_RESULT](v)),
    throw: (e?: unknown) => handedOutResult(c[RAISE](e)),
    // (the runtime's own send, loop-coroutine.ts `delegateTo`: a parked wait's frame kept)
    [SEND_RESULT]: (v?: unknown) => c[SEND_RESULT](v),
    /** the coroutine (a LoopCoroutine body delegating to this shows it as cr_await) */
    $cr: c,
    return: (v?: unknown) => {
      c.close();
      return { value: v as R, done: true };
    },
    [Symbol.iterator]() {
      return this;
    },
  };
}
