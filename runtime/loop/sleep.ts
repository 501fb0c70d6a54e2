// asyncio.sleep.
//
// Why this file exists: sleep is the loop's most used coroutine and its cost in iterations is part
// of the contract (LOOP-12, ORD-12): `sleep(d <= 0)` is a single bare yield (CPython's `__sleep0`),
// one iteration; `sleep(d > 0)` arms a timer that sets a future, so the task wakes one iteration
// after the timer fires. Cancelling the sleeping task cancels that future, and the timer is
// cancelled on the way out. Written as a frame (frame-coroutine.ts): `await sleep(0)` allocates
// the sleep object and nothing else (issue 12: 569 bytes in 9 objects per switch as a
// LoopCoroutine over a JavaScript generator).

import { RuntimeError, notOrderable } from "../core/errors.js";
import { frameClass } from "../core/frame.js";
import { FrameCoroutine, PRE, deferYield, pendingAgain, yieldFuture, type FutureWaiter } from "./frame-coroutine.js";
import { setResultUnlessCancelled, type Future } from "./futures.js";
import type { TimerHandle } from "./handles.js";
import { getRunningLoop } from "./state.js";
import { _installSleep } from "../objects/await.js";
import { _installParkedSleep0, type Coroutine } from "../objects/coroutine.js";
import type { Frame } from "../core/frame.js";

/** Suspended at the bare yield of `sleep(d <= 0)`. */
export const YIELDED = 2;
/** Suspended on the timer's future (`sleep(d > 0)`). */
const WAITING = 3;

/**
 * The coroutine `sleep(delay, result)` returns: a FrameCoroutine. Declared as a base class that
 * sets every field itself and linked under FrameCoroutine afterwards (core/frame.ts `frameClass`,
 * as compiled frames are): with `extends` and `super()` V8 gave each instance 82 bytes of slack,
 * written this way it is 40.
 */
class SleepFrame<T> {
  static $name = "sleep";
  static $qualname = "sleep";
  $s: number;
  $yf: null;
  $own: unknown;
  delay: number;
  result: T;
  fut: Future<T> | null;
  h: TimerHandle | null;

  constructor(delay: number, result: T) {
    this.$s = 0;
    this.$yf = null;
    this.$own = null;
    this.delay = delay;
    this.result = result;
    this.fut = null;
    this.h = null;
  }

  $step(s: number, v: unknown, m: number): unknown {
    switch (s) {
      case 0: {
        const delay = this.delay;
        if (typeof delay !== "number") {
          // CPython fails the same way, when the coroutine first runs: `delay <= 0` is a TypeError.
          throw notOrderable("<=", delay);
        }
        if (delay > 0) {
          const loop = getRunningLoop();
          const fut = (this.fut = loop.createFuture<T>());
          this.h = loop.callLater(delay, setResultUnlessCancelled, fut, this.result);
        }
        const d = deferYield(this as unknown as FrameCoroutine, m);
        if (d !== undefined) return d;
      }
      // falls through: yield now
      case PRE: {
        if (m !== 0) {
          this.h?.cancel();
          throw v;
        }
        const fut = this.fut;
        if (fut === null) {
          this.$s = YIELDED;
          return undefined; // a bare yield: the task reschedules itself for the next iteration
        }
        fut._asyncio_future_blocking = true;
        this.$s = WAITING;
        return fut;
      }
      case YIELDED:
        if (m !== 0) throw v;
        return this.result;
      default: {
        // WAITING: the timer's future is done (or the task throws in: cancellation, close).
        const fut = this.fut!;
        if (pendingAgain(fut, m)) return yieldFuture(this as unknown as FutureWaiter); // (a send by hand)
        this.h!.cancel();
        if (m !== 0) throw v;
        if (!fut.done()) throw new RuntimeError("await wasn't used with future");
        return fut.result();
      }
    }
  }
}
frameClass(SleepFrame, FrameCoroutine);

/**
 * `sleep(d)` for a number d <= 0, CPython's `__sleep0` path: one bare yield, then the result. Four
 * fields (56 bytes) where SleepFrame has seven (80): the whole allocation of a `sleep(0)` switch.
 */
export class Sleep0Frame<T = unknown> {
  static $name = "sleep";
  static $qualname = "sleep";
  $s: number;
  $yf: null;
  $own: unknown;
  result: T;
  /** Made for a compiled `await sleep(0)` and reachable from that await only: recyclable (see `awaitedSleep0`). */
  $tmp: boolean;

  constructor(result: T) {
    this.$s = 0;
    this.$yf = null;
    this.$own = null;
    this.result = result;
    this.$tmp = false;
  }

  $step(s: number, v: unknown, m: number): unknown {
    if (s === 0 && m < 0) return deferYield(this as unknown as FrameCoroutine, m);
    if (s <= PRE) {
      this.$s = YIELDED;
      return undefined; // a bare yield: the task reschedules itself for the next iteration
    }
    if (m !== 0) throw v;
    return this.result;
  }
}
frameClass(Sleep0Frame, FrameCoroutine);

/**
 * Finished `sleep(0)` frames of compiled `await sleep(0)`s, for the next one. Issue 12: with the
 * task's fast path (tasks.ts `sendNone`) the sleep frame was the whole allocation of a switch,
 * 56 bytes; reused, a steady-state switch allocates nothing. A frame gets here only from
 * `recycleSleep0`: made by `awaitedSleep0` (so the only reference was the compiled await's), finished by
 * the task that resumed its awaiter, never handed out by `cr_await`. One frame is freed and taken
 * per switch, so a few suffice.
 */
const pool: Sleep0Frame[] = [];
const POOL_MAX = 16;

/** `sleep(0)` for a compiled `await sleep(0)` (objects/await.ts `sleep0`): a fresh or recycled frame. */
export function awaitedSleep0(): Sleep0Frame<undefined> {
  const c = pool.pop();
  if (c === undefined) {
    const n = new Sleep0Frame(undefined);
    n.$tmp = true;
    return n;
  }
  c.$s = 0;
  c.$own = null;
  c.$tmp = true;
  return c as Sleep0Frame<undefined>;
}

/** A finished sleep frame the task took off its coroutine: reuse it if nothing else can hold it. */
export function recycleSleep0(c: Sleep0Frame): void {
  if (c.$tmp && pool.length < POOL_MAX) pool.push(c);
}

/** What `sleep()` returns: a native coroutine object (a FrameCoroutine). */
export type Sleep<T> = FrameCoroutine<T>;

/** asyncio.sleep(delay, result?): a coroutine that completes after `delay` seconds with `result`. */
export function sleep(delay: number): Sleep<undefined>;
export function sleep<T>(delay: number, result: T): Sleep<T>;
export function sleep<T>(delay: number, result?: T): Sleep<T | undefined> {
  if (typeof delay === "number" && delay <= 0) return new Sleep0Frame(result) as unknown as Sleep<T | undefined>;
  return new SleepFrame(delay, result) as unknown as Sleep<T | undefined>;
}
_installSleep(sleep, awaitedSleep0 as unknown as () => Coroutine);

/**
 * The one frame every task's coroutine parked at a bare compiled `await sleep(0)` shows as awaited
 * (objects/coroutine.ts `PARKED_SLEEP0`): suspended at its yield, result None, never driven, never
 * handed out. The task parks its coroutine on it and gives the recyclable frame back at once
 * (tasks.ts `sendNone`), so a switch touches no frame of its own: issue 12, peers "switch"
 * K = 10,000, each task's own sleep frame was a cold cache line read and written per switch and a
 * write barrier (a young frame into the old pool); without it, Ir 1246 -> 1140, D1 misses 13.9 ->
 * 6.8, L2 misses 7.25 -> 6.0 per switch (cachegrind, 1 MB L2), CPU time 0.73x (fresh processes).
 */
export const PARKED_SLEEP0: Sleep0Frame<undefined> = parkedSleep0(); // (never recycled: tasks.ts checks it first)

/**
 * A sleep(0) frame suspended at its yield with result None, marked as a compiled await's own
 * (`$tmp`): the shared PARKED_SLEEP0, and the coroutine's own copy of it, made when anything but the
 * task's step looks at it (reachable from its coroutine only, until `cr_await` hands it out).
 */
function parkedSleep0(): Sleep0Frame<undefined> {
  const c = new Sleep0Frame(undefined);
  c.$s = YIELDED;
  c.$tmp = true;
  return c;
}
_installParkedSleep0(PARKED_SLEEP0 as unknown as Frame, parkedSleep0 as unknown as () => Frame);

