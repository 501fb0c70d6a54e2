// asyncio.Barrier (new in Python 3.11) and asyncio.BrokenBarrierError.
//
// Why this file exists: a barrier is a small state machine on top of a Condition, and its
// observable behaviour is that state machine (SYNC-09): `parties` tasks fill it, the last one to
// arrive switches it to draining and wakes the others, each gets a distinct index 0..parties-1,
// and tasks arriving while it drains (or resets) wait until the previous round has left. reset()
// and abort() break the current round: its waiters raise BrokenBarrierError; after abort() every
// wait() does. Transcribed from CPython 3.11.7's Lib/asyncio/locks.py, so wake-up order and
// iteration counts are the Condition's.

import { AsyncContextManager } from "../objects/async-helpers.js";
import { RuntimeError, ValueError } from "../core/errors.js";
import { LoopCoroutine } from "./loop-coroutine.js";
import { Condition, primitiveRepr } from "./locks.js";
import { iterate } from "./frame-coroutine.js";

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

  __aenter__(): LoopCoroutine<number> {
    return this.wait();
  }

  __aexit__(): LoopCoroutine<undefined> {
    return new LoopCoroutine(nothing(), "__aexit__");
  }

  /**
   * Wait until `parties` tasks are waiting; an index from 0 to parties-1, distinct for each.
   * BrokenBarrierError if the barrier is broken, or is reset or aborted meanwhile.
   */
  wait(): LoopCoroutine<number> {
    return new LoopCoroutine(barrierWait(this), "Barrier.wait");
  }

  /** Back to the empty filling state; the tasks waiting now get BrokenBarrierError. */
  reset(): LoopCoroutine<undefined> {
    return new LoopCoroutine(barrierReset(this), "Barrier.reset");
  }

  /** Break the barrier: waiting tasks and every later wait() get BrokenBarrierError. */
  abort(): LoopCoroutine<undefined> {
    return new LoopCoroutine(barrierAbort(this), "Barrier.abort");
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

function* nothing(): Generator<unknown, undefined, unknown> {
  return undefined;
}

function* barrierWait(b: Barrier): Generator<unknown, number, unknown> {
  const cond = b._cond;
  yield* iterate(cond.acquire()); // async with self._cond:
  try {
    // Block while the previous round drains or a reset completes.
    yield* cond.waitFor(() => b._state !== "draining" && b._state !== "resetting");
    if (b.broken) throw new BrokenBarrierError("Barrier aborted");
    try {
      const index = b._count;
      b._count += 1;
      if (index + 1 === b._parties) {
        // The last party releases the others; newcomers block until they have all left.
        b._state = "draining";
        cond.notifyAll();
      } else {
        yield* cond.waitFor(() => b._state !== "filling");
        if (b.broken || b._state === "resetting") throw new BrokenBarrierError("Abort or reset of barrier");
      }
      return index;
    } finally {
      b._count -= 1;
      // The last task out ends the draining (or resetting) and wakes the tasks blocked on it.
      if (b._count === 0) {
        if (b._state === "resetting" || b._state === "draining") b._state = "filling";
        cond.notifyAll();
      }
    }
  } finally {
    cond.release();
  }
}

function* barrierReset(b: Barrier): Generator<unknown, undefined, unknown> {
  const cond = b._cond;
  yield* iterate(cond.acquire());
  try {
    // With tasks inside, they must leave first (they raise BrokenBarrierError); the last one out
    // sets the state back to filling.
    b._state = b._count > 0 ? "resetting" : "filling";
    cond.notifyAll();
  } finally {
    cond.release();
  }
  return undefined;
}

function* barrierAbort(b: Barrier): Generator<unknown, undefined, unknown> {
  const cond = b._cond;
  yield* iterate(cond.acquire());
  try {
    b._state = "broken";
    cond.notifyAll();
  } finally {
    cond.release();
  }
  return undefined;
}
