// asyncio.Barrier (new in Python 3.11) and asyncio.BrokenBarrierError.
//
// Why this file exists: a barrier is a small state machine on top of a Condition, and its
// observable behaviour is that state machine (SYNC-09): `parties` tasks fill it, the last one to
// arrive switches it to draining and wakes the others, each gets a distinct index 0..parties-1,
// and tasks arriving while it drains (or resets) wait until the previous round has left. reset()
// and abort() break the current round: its waiters raise BrokenBarrierError; after abort() every
// wait() does. Transcribed from CPython 3.11.7's Lib/asyncio/locks.py, so wake-up order and
// iteration counts are the Condition's. Its coroutines are frames (frame-coroutine.ts), no JavaScript
// generator behind them.

import { AsyncContextManager } from "../objects/async-helpers.js";
import { RuntimeError, ValueError } from "../core/errors.js";
import { Condition, primitiveRepr } from "./locks.js";
import { FrameCoroutine } from "./frame-coroutine.js";
import { DELEGATE, frameClass } from "../core/frame.js";
import { awaitValue as awaitFrame } from "../objects/await.js";

/** asyncio.BrokenBarrierError: waiting on a barrier that was reset or aborted. A RuntimeError. */
export class BrokenBarrierError extends RuntimeError {}
Object.defineProperty(BrokenBarrierError.prototype, "name", { value: "BrokenBarrierError", writable: true, configurable: true });

/** `_BarrierState`'s values. */
export type BarrierState = "filling" | "draining" | "resetting" | "broken";

/**
 * asyncio.Barrier(parties): `await barrier.wait()` suspends until `parties` tasks wait, then all
 * return, each with its own index. `await using _ = barrier` waits on entry (Python's
 * `async with barrier as index`: `__aenter__` gives the index).
 */
export class Barrier extends AsyncContextManager<number> {
  /** @internal notified at every state change */ _cond = new Condition();
  /** @internal */ _parties: number;
  /** @internal */ _state: BarrierState = "filling";
  /** @internal the tasks inside wait() (filling, or still leaving) */ _count = 0;

  constructor(parties: number) {
    super();
    if (parties < 1) throw new ValueError("parties must be > 0");
    this._parties = parties;
  }

  __aenter__(): FrameCoroutine<number> {
    return this.wait();
  }

  __aexit__(): FrameCoroutine<undefined> {
    return new BarrierExit() as unknown as FrameCoroutine<undefined>;
  }

  /**
   * Wait until `parties` tasks are waiting; an index from 0 to parties-1, distinct for each.
   * BrokenBarrierError if the barrier is broken, or is reset or aborted meanwhile.
   */
  wait(): FrameCoroutine<number> {
    return new BarrierWait(this) as unknown as FrameCoroutine<number>;
  }

  /** Back to the empty filling state; the tasks waiting now get BrokenBarrierError. */
  reset(): FrameCoroutine<undefined> {
    return new BarrierChange(this) as unknown as FrameCoroutine<undefined>;
  }

  /** Break the barrier: waiting tasks and every later wait() get BrokenBarrierError. */
  abort(): FrameCoroutine<undefined> {
    return new BarrierAbort(this) as unknown as FrameCoroutine<undefined>;
  }

  /** The number of tasks needed to pass the barrier. */
  get parties(): number {
    return this._parties;
  }

  /** The number of tasks waiting while it fills (0 while it drains or resets). */
  get nWaiting(): number {
    return this._state === "filling" ? this._count : 0;
  }

  get broken(): boolean {
    return this._state === "broken";
  }

  __repr__(): string {
    const extra = this.broken ? this._state : `${this._state}, waiters:${this.nWaiting}/${this.parties}`;
    return primitiveRepr(this, extra, null);
  }

  toString(): string {
    return this.__repr__();
  }
}

/** Suspended in `await` of another coroutine: the lock's acquire, the first or the second wait_for. */
const ACQUIRING = 1;
const BLOCKING = 2;
const WAITING = 3;

/**
 * `Barrier.wait()` as a frame (frame-coroutine.ts; it was a LoopCoroutine over a generator).
 * CPython 3.11.7's body, with `_block`, `_release`, `_wait` and `_exit` inlined:
 *
 *     async with self._cond:
 *         await self._cond.wait_for(lambda: self._state not in (DRAINING, RESETTING))   # _block
 *         if self._state is BROKEN: raise BrokenBarrierError("Barrier aborted")
 *         try:
 *             index = self._count
 *             self._count += 1
 *             if index + 1 == self._parties:
 *                 self._state = DRAINING; self._cond.notify_all()                      # _release
 *             else:
 *                 await self._cond.wait_for(lambda: self._state is not FILLING)        # _wait
 *                 if self._state in (BROKEN, RESETTING): raise BrokenBarrierError("Abort or reset of barrier")
 *             return index
 *         finally:
 *             self._count -= 1
 *             if self._count == 0:                                                      # _exit
 *                 if self._state in (RESETTING, DRAINING): self._state = FILLING
 *                 self._cond.notify_all()
 *
 * `m` is the step's mode while the first run is still inline on the JavaScript stack, else 0.
 */
class BarrierWait {
  static $name = "wait";
  static $qualname = "Barrier.wait";
  $s: number;
  $yf: null;
  $own: null;
  b: Barrier;
  index: number;

  constructor(b: Barrier) {
    this.$s = 0;
    this.$yf = null;
    this.$own = null;
    this.b = b;
    this.index = 0;
  }

  $step(s: number, v: unknown, m: number): unknown {
    const cond = this.b._cond;
    switch (s) {
      case 0: {
        const r = awaitFrame(this as unknown as FrameCoroutine, cond.acquire(), ACQUIRING, m);
        if (r === DELEGATE) return r;
        return this.block(m);
      }
      case ACQUIRING:
        if (m !== 0) throw v; // (the lock is not ours: nothing to release)
        return this.block(0);
      case BLOCKING:
        if (m !== 0) return this.leave(v);
        return this.blocked(0);
      default:
        // WAITING
        if (m !== 0) return this.exitInner(v, true);
        return this.waited();
    }
  }

  /** In `async with self._cond`: wait while the previous round drains or a reset completes. */
  block(m: number): unknown {
    const b = this.b;
    let r: unknown;
    try {
      r = awaitFrame(this as unknown as FrameCoroutine, b._cond.waitFor(() => b._state !== "draining" && b._state !== "resetting"), BLOCKING, m);
    } catch (e) {
      return this.leave(e);
    }
    if (r === DELEGATE) return r;
    return this.blocked(m);
  }

  blocked(m: number): unknown {
    const b = this.b;
    if (b.broken) return this.leave(new BrokenBarrierError("Barrier aborted"));
    const index = (this.index = b._count);
    b._count += 1;
    if (index + 1 === b._parties) {
      // The last party releases the others; newcomers block until they have all left.
      b._state = "draining";
      try {
        b._cond.notifyAll();
      } catch (e) {
        return this.exitInner(e, true);
      }
      return this.exitInner(index, false);
    }
    let r: unknown;
    try {
      r = awaitFrame(this as unknown as FrameCoroutine, b._cond.waitFor(() => b._state !== "filling"), WAITING, m);
    } catch (e) {
      return this.exitInner(e, true);
    }
    if (r === DELEGATE) return r;
    return this.waited();
  }

  waited(): unknown {
    const b = this.b;
    if (b.broken || b._state === "resetting") return this.exitInner(new BrokenBarrierError("Abort or reset of barrier"), true);
    return this.exitInner(this.index, false);
  }

  /** The inner `finally`, then leaving the `async with`: return `v`, or raise it if `raise`. */
  exitInner(v: unknown, raise: boolean): unknown {
    const b = this.b;
    try {
      b._count -= 1;
      // The last task out ends the draining (or resetting) and wakes the tasks blocked on it.
      if (b._count === 0) {
        if (b._state === "resetting" || b._state === "draining") b._state = "filling";
        b._cond.notifyAll();
      }
    } catch (e) {
      return this.leave(e);
    }
    if (raise) return this.leave(v);
    this.b._cond.release();
    return v;
  }

  /** Leave the `async with` by raising `e` (the lock is released first). */
  leave(e: unknown): never {
    this.b._cond.release();
    throw e;
  }
}
frameClass(BarrierWait, FrameCoroutine);

/**
 * `Barrier.reset()` and `Barrier.abort()` as frames: `async with self._cond:` around a body that
 * does not await (`reset`: RESETTING while tasks are inside, else FILLING; `abort`: BROKEN; then
 * notify_all()).
 */
class BarrierChange {
  static $name = "reset";
  static $qualname = "Barrier.reset";
  $s: number;
  $yf: null;
  $own: null;
  b: Barrier;

  constructor(b: Barrier) {
    this.$s = 0;
    this.$yf = null;
    this.$own = null;
    this.b = b;
  }

  $step(s: number, v: unknown, m: number): unknown {
    if (s === 0) {
      const r = awaitFrame(this as unknown as FrameCoroutine, this.b._cond.acquire(), ACQUIRING, m);
      if (r === DELEGATE) return r;
    } else if (m !== 0) throw v;
    const cond = this.b._cond;
    try {
      this.change();
      cond.notifyAll();
    } finally {
      cond.release();
    }
    return undefined;
  }

  change(): void {
    const b = this.b;
    // With tasks inside, they must leave first (they raise BrokenBarrierError); the last one out
    // sets the state back to filling.
    b._state = b._count > 0 ? "resetting" : "filling";
  }
}
frameClass(BarrierChange, FrameCoroutine);

class BarrierAbort extends BarrierChange {
  static override $name = "abort";
  static override $qualname = "Barrier.abort";

  override change(): void {
    this.b._state = "broken";
  }
}

/** `async def __aexit__(self, *args): pass` as a frame. */
class BarrierExit {
  static $name = "__aexit__";
  static $qualname = "__aexit__";
  $s: number;
  $yf: null;
  $own: null;

  constructor() {
    this.$s = 0;
    this.$yf = null;
    this.$own = null;
  }

  $step(_s: number, _v: unknown, _m: number): unknown {
    return undefined;
  }
}
frameClass(BarrierExit, FrameCoroutine);
