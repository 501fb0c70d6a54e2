// asyncio.Lock, Event, Condition, Semaphore and BoundedSemaphore.
//
// Why this file exists: these primitives decide *which* waiting task runs next and in which loop
// iteration, and programs depend on both (python-semantics.md §15, SYNC-01..08). They are
// CPython 3.11.7's Lib/asyncio/locks.py, transcribed: every waiter parks on a future of its own
// in a FIFO list, a release resolves the first waiter's future (so the hand-off costs the
// iteration in which the future's done callback wakes that task), and a new acquire() queues
// behind waiters that are still owed the resource (no barging, SYNC-02/06). The subtle part is
// cancellation: a waiter cancelled after it was woken must pass the resource on ("wake up the
// next waiter"), or it would be lost (SYNC-03).
//
// The methods Python declares `async def` (acquire, wait, wait_for, __aenter__, __aexit__) return
// coroutines written as frames (frame-coroutine.ts): awaited, a body that never suspends
// (acquiring a free lock) finishes inline with no loop iteration and no allocation beyond the
// coroutine object, as in CPython; they can also be given to createTask. They are lazy like
// Python's coroutines: nothing happens before the first send.

import { AsyncContextManager } from "../objects/async-helpers.js";
import { CancelledError, RuntimeError, ValueError, notOrderable } from "../core/errors.js";
import { boundLoop } from "./state.js";
import type { EventLoop } from "./events.js";
import { CANCELLED, HAND, PARKED, ParkQueue, ParkingCoroutine, WOKEN, parkedAgain, parkedOutcome } from "./waiters.js";
import { FrameCoroutine, PRE, deferYield } from "./frame-coroutine.js";
import { DELEGATE, frameClass } from "../core/frame.js";
import { awaitValue } from "../objects/await.js";

/**
 * CPython's default repr, `<asyncio.locks.Lock object at 0x7f… [unlocked, waiters:1]>`, without
 * the address (JavaScript objects have none).
 */
export function primitiveRepr(prim: object, state: string, waiters: { readonly length: number } | null): string {
  const extra = waiters !== null && waiters.length > 0 ? `${state}, waiters:${waiters.length}` : state;
  return `<asyncio.locks.${prim.constructor.name} object [${extra}]>`;
}

/** True if every waiter is cancelled (`all(w.cancelled() for w in waiters)`). */
function allCancelled(waiters: ParkQueue): boolean {
  for (let w = waiters.head; w !== null; w = w.$next) if (w.$s !== CANCELLED) return false;
  return true;
}

/** Python 3.10 removed the `loop` parameter: passing options is the keyword error CPython raises. */
function noOptions(cls: string, options: object | undefined): void {
  for (const key in options) throw new TypeError(`${cls}.__init__() got an unexpected keyword argument '${key}'`);
}

/**
 * `_ContextManagerMixin`: `await using _ = lock` (Python's `async with lock:`) acquires on entry,
 * binds None, and releases on exit without suppressing anything.
 */
abstract class AcquireRelease extends AsyncContextManager<undefined> {
  abstract acquire(): FrameCoroutine<boolean>;
  abstract release(): void;

  __aenter__(): FrameCoroutine<undefined> {
    return new AcquireEnter(this) as unknown as FrameCoroutine<undefined>;
  }

  __aexit__(): FrameCoroutine<undefined> {
    return new ReleaseExit(this) as unknown as FrameCoroutine<undefined>;
  }

  abstract __repr__(): string;

  toString(): string {
    return this.__repr__();
  }
}

/** Suspended in an `await` of another coroutine (its frame is linked as `$yf`). */
const AWAITING = 4;

/**
 * `async def __aenter__(self): await self.acquire(); return None` as a frame: the acquire runs
 * inline (`awaitValue`, objects/await.ts), so entering a free lock suspends nothing and allocates
 * the two coroutine objects only (it was a LoopCoroutine over a generator around them).
 */
class AcquireEnter {
  static $name = "__aenter__";
  static $qualname = "__aenter__";
  $s: number;
  $yf: null;
  $own: null;
  cm: AcquireRelease;

  constructor(cm: AcquireRelease) {
    this.$s = 0;
    this.$yf = null;
    this.$own = null;
    this.cm = cm;
  }

  $step(s: number, v: unknown, m: number): unknown {
    if (s === 0) {
      const r = awaitValue(this as unknown as FrameCoroutine, this.cm.acquire(), AWAITING, m);
      if (r === DELEGATE) return r;
      return undefined;
    }
    if (m !== 0) throw v;
    return undefined;
  }
}
frameClass(AcquireEnter, FrameCoroutine);

/** `async def __aexit__(self, exc_type, exc, tb): self.release()` as a frame (never suspends). */
class ReleaseExit {
  static $name = "__aexit__";
  static $qualname = "__aexit__";
  $s: number;
  $yf: null;
  $own: null;
  cm: AcquireRelease;

  constructor(cm: AcquireRelease) {
    this.$s = 0;
    this.$yf = null;
    this.$own = null;
    this.cm = cm;
  }

  $step(_s: number, _v: unknown, _m: number): unknown {
    this.cm.release();
    return undefined;
  }
}
frameClass(ReleaseExit, FrameCoroutine);

/** asyncio.Lock: a lock that no task owns; FIFO hand-off, no barging (SYNC-01..03). */
export class Lock extends AcquireRelease {
  /** @internal */ _loop: EventLoop | null = null;
  /** @internal created at the first contended acquire; the acquires themselves (waiters.ts ParkingCoroutine) */
  _waiters: ParkQueue | null = null;
  /** @internal */ _locked = false;

  constructor(options?: Record<string, never>) {
    super();
    noOptions("Lock", options);
  }

  locked(): boolean {
    return this._locked;
  }

  /** Wait until the lock is free, take it, return True. A free lock is taken without suspending. */
  acquire(): FrameCoroutine<boolean> {
    return new LockAcquire(this) as unknown as FrameCoroutine<boolean>;
  }

  /** Unlock and wake the first waiter; RuntimeError('Lock is not acquired.') if unlocked. */
  release(): void {
    if (!this._locked) throw new RuntimeError("Lock is not acquired.");
    this._locked = false;
    this._wakeUpFirst();
  }

  /** @internal Wake the first waiter unless it is already woken or cancelled (its future done). */
  _wakeUpFirst(): void {
    const first = this._waiters?.head ?? null;
    // A done first waiter will run later and either take the lock or, cancelled, call this again.
    if (first !== null && first.$s < WOKEN) first.$wake();
  }

  __repr__(): string {
    return primitiveRepr(this, this._locked ? "locked" : "unlocked", this._waiters);
  }
}

/**
 * `Lock.acquire()` as a frame that is its own waiter (waiters.ts ParkingCoroutine; see EventWait).
 * CPython 3.11.7's body:
 *
 *     if not self._locked and (self._waiters is None or all(w.cancelled() for w in self._waiters)):
 *         self._locked = True
 *         return True
 *     fut = self._get_loop().create_future()
 *     self._waiters.append(fut)
 *     try:
 *         try:
 *             await fut
 *         finally:
 *             self._waiters.remove(fut)
 *     except exceptions.CancelledError:
 *         if not self._locked:
 *             self._wake_up_first()
 *         raise
 *     self._locked = True
 *     return True
 *
 * Fields set in the constructor, linked under ParkingCoroutine by frameClass (no super() chain: a
 * smaller object). Numbers in the Semaphore's acquire.
 */
class LockAcquire {
  static $name = "Lock.acquire";
  static $qualname = "Lock.acquire";
  $s: number;
  $yf: null;
  $own: null;
  $task: null;
  $prev: null;
  $next: null;
  lock: Lock;

  constructor(lock: Lock) {
    this.$s = 0;
    this.$yf = null;
    this.$own = null;
    this.$task = null;
    this.$prev = null;
    this.$next = null;
    this.lock = lock;
  }

  $step(s: number, v: unknown, m: number): unknown {
    const lock = this.lock;
    if (s === 0) {
      // Free and nobody queued (cancelled waiters do not count): take it now.
      if (!lock._locked && (lock._waiters === null || allCancelled(lock._waiters))) {
        lock._locked = true;
        return true;
      }
      boundLoop(lock); // (create_future's loop)
      (lock._waiters ??= new ParkQueue()).push(this as unknown as ParkingCoroutine);
      const d = deferYield(this as unknown as FrameCoroutine, m);
      if (d !== undefined) return d;
      return (this as unknown as ParkingCoroutine).$park();
    }
    if (s === PRE) return (this as unknown as ParkingCoroutine).$park();
    if (s === PARKED && parkedAgain(this as unknown as ParkingCoroutine, m)) return (this as unknown as ParkingCoroutine).$park(); // (a send by hand, waiters.ts)
    // The waiter leaves the queue before the CancelledError handling, so that _wakeUpFirst() does
    // not pick this very waiter again.
    lock._waiters!.remove(this as unknown as ParkingCoroutine);
    this.$task = null;
    try {
      if (m !== 0) throw v;
      parkedOutcome(s, this as unknown as ParkingCoroutine);
    } catch (e) {
      // Woken (or not) and cancelled while the lock is free: the next waiter must get it instead.
      if (e instanceof CancelledError && !lock._locked) lock._wakeUpFirst();
      throw e;
    }
    lock._locked = true;
    return true;
  }
}
frameClass(LockAcquire, ParkingCoroutine);

/** asyncio.Event: `set()` wakes every waiter; `wait()` on a set event does not suspend (SYNC-04). */
export class Event {
  /** @internal */ _loop: EventLoop | null = null;
  /** @internal the waits, themselves the waiters (waiters.ts ParkingCoroutine) */ _waiters = new ParkQueue();
  /** @internal */ _value = false;

  constructor(options?: Record<string, never>) {
    noOptions("Event", options);
  }

  isSet(): boolean {
    return this._value;
  }

  /** Set the flag and wake every waiter not woken yet (their tasks run in the next iteration, FIFO). */
  set(): void {
    if (this._value) return;
    this._value = true;
    for (let w = this._waiters.firstPending(); w !== null; w = w.$next) if (w.$s < WOKEN) w.$wake();
  }

  /** Reset the flag. Waiters already woken by set() still return True. */
  clear(): void {
    this._value = false;
  }

  /** Wait until the flag is set; True. */
  wait(): FrameCoroutine<true> {
    return new EventWait(this) as unknown as FrameCoroutine<true>;
  }

  __repr__(): string {
    return primitiveRepr(this, this._value ? "set" : "unset", this._waiters);
  }

  toString(): string {
    return this.__repr__();
  }
}

/**
 * `Event.wait()` as a frame that is its own waiter (waiters.ts ParkingCoroutine). CPython's body:
 *
 *     if self._value: return True
 *     fut = self._get_loop().create_future()
 *     self._waiters.append(fut)
 *     try:
 *         await fut
 *         return True
 *     finally:
 *         self._waiters.remove(fut)
 *
 * with the frame in the future's place. Seven fields, 40 bytes. Bytes per task parked on
 * `Event.wait()` with its coroutine (bench/lib/peers.mjs `parked`, 100,000 held, one process per
 * case, 3 runs each): 713 -> 396, against 439 on a shared Future (asyncio: 1,164 vs 893). CPU per
 * wait with 1,000 waiters set 50 times, both builds in one process, 15 alternating pairs: 279 ->
 * 128 ns (ratio 0.48); 10 waiters x 2,000 sets: 233 -> 129 ns.
 */
class EventWait {
  static $name = "Event.wait";
  static $qualname = "Event.wait";
  $s: number;
  $yf: null;
  $own: null;
  $task: null;
  $prev: null;
  $next: null;
  ev: Event;

  constructor(ev: Event) {
    this.$s = 0;
    this.$yf = null;
    this.$own = null;
    this.$task = null;
    this.$prev = null;
    this.$next = null;
    this.ev = ev;
  }

  $step(s: number, v: unknown, m: number): unknown {
    const ev = this.ev;
    if (s === 0) {
      if (ev._value) return true;
      boundLoop(ev); // (create_future's loop: binds the event, or raises for another loop's)
      ev._waiters.push(this as unknown as ParkingCoroutine);
      const d = deferYield(this as unknown as FrameCoroutine, m);
      if (d !== undefined) return d;
      return (this as unknown as ParkingCoroutine).$park();
    }
    if (s === PRE) return (this as unknown as ParkingCoroutine).$park();
    if (s === PARKED && parkedAgain(this as unknown as ParkingCoroutine, m)) return (this as unknown as ParkingCoroutine).$park(); // (a send by hand, waiters.ts)
    // finally: self._waiters.remove(fut)
    ev._waiters.remove(this as unknown as ParkingCoroutine);
    this.$task = null;
    if (m !== 0) throw v;
    return parkedOutcome(s, this as unknown as ParkingCoroutine);
  }
}
frameClass(EventWait, ParkingCoroutine);

/**
 * asyncio.Condition(lock?): a condition variable over a Lock (a new one by default, else the
 * given one, shared). `locked`, `acquire` and `release` are the lock's (SYNC-07, SYNC-08).
 */
export class Condition extends AcquireRelease {
  /** @internal */ _loop: EventLoop | null = null;
  /** @internal */ _lock: Lock;
  /** @internal the waits, themselves the waiters (waiters.ts ParkingCoroutine) */ _waiters = new ParkQueue();

  constructor(lock?: Lock | null) {
    super();
    this._lock = lock ?? new Lock();
  }

  locked(): boolean {
    return this._lock.locked();
  }

  acquire(): FrameCoroutine<boolean> {
    return this._lock.acquire();
  }

  release(): void {
    this._lock.release();
  }

  /**
   * Release the lock, wait for a notify, re-acquire the lock, return True. The lock is held again
   * when this returns or raises, even if the task is cancelled meanwhile (SYNC-08).
   */
  wait(): FrameCoroutine<true> {
    return new ConditionWait(this) as unknown as FrameCoroutine<true>;
  }

  /** Wait until `predicate()` is truthy (checked first, before anything else) and return its value. */
  waitFor<T>(predicate: () => T): FrameCoroutine<T> {
    return new ConditionWaitFor(this, predicate) as unknown as FrameCoroutine<T>;
  }

  /** Wake up to `n` waiters (FIFO) that are not woken yet. The caller must hold the lock. */
  notify(n = 1): void {
    if (!this.locked()) throw new RuntimeError("cannot notify on un-acquired lock");
    let woken = 0;
    for (let w = this._waiters.firstPending(); w !== null; w = w.$next) {
      if (woken >= n) break;
      if (w.$s < WOKEN) {
        woken += 1;
        w.$wake(); // (its future's set_result(False))
      }
    }
  }

  /** Wake up every waiter. The caller must hold the lock. */
  notifyAll(): void {
    this.notify(this._waiters.length);
  }

  __repr__(): string {
    return primitiveRepr(this, this.locked() ? "locked" : "unlocked", this._waiters);
  }
}

/**
 * `Condition.wait()` as a frame. CPython 3.11.7's body:
 *
 *     if not self.locked(): raise RuntimeError('cannot wait on un-acquired lock')
 *     self.release()
 *     try:
 *         fut = self._get_loop().create_future()
 *         self._waiters.append(fut)
 *         try:
 *             await fut
 *             return True
 *         finally:
 *             self._waiters.remove(fut)
 *     finally:
 *         # Must reacquire lock even if wait is cancelled
 *         cancelled = False
 *         while True:
 *             try:
 *                 await self.acquire()
 *                 break
 *             except exceptions.CancelledError:
 *                 cancelled = True
 *         if cancelled:
 *             raise exceptions.CancelledError
 *
 * The frame is its own waiter (waiters.ts ParkingCoroutine; see EventWait) for the wait; the
 * outcome of the wait (True, or the exception) is kept in `failed`/`exc` while the lock is
 * re-acquired in the state AWAITING (the acquire runs inline when the lock is free). A woken wait
 * still has that to do, so its wake-up is not final (`$finalWake`). Bytes per task parked in
 * `async with cond: await cond.wait()` under one more coroutine (100,000 held, fresh process per
 * build): 796 -> 573 (the base build also had the larger Task of before 02ed69b: about 40 of it).
 */
class ConditionWait {
  static $name = "wait";
  static $qualname = "Condition.wait";
  static $wokenResult = false;
  $s: number;
  $yf: null;
  $own: null;
  $task: null;
  $prev: null;
  $next: null;
  cond: Condition;
  /** the wait ended by an exception (`exc`), re-raised once the lock is held again */
  failed: boolean;
  exc: unknown;
  /** a CancelledError arrived while re-acquiring */
  cancelled: boolean;

  constructor(cond: Condition) {
    this.$s = 0;
    this.$yf = null;
    this.$own = null;
    this.$task = null;
    this.$prev = null;
    this.$next = null;
    this.cond = cond;
    this.failed = false;
    this.exc = undefined;
    this.cancelled = false;
  }

  $step(s: number, v: unknown, m: number): unknown {
    const cond = this.cond;
    switch (s) {
      case 0: {
        if (!cond.locked()) throw new RuntimeError("cannot wait on un-acquired lock");
        cond.release();
        boundLoop(cond); // (create_future's loop)
        cond._waiters.push(this as unknown as ParkingCoroutine);
        const d = deferYield(this as unknown as FrameCoroutine, m);
        if (d !== undefined) return d;
        return (this as unknown as ParkingCoroutine).$park();
      }
      case PRE:
        return (this as unknown as ParkingCoroutine).$park();
      case PARKED:
      case WOKEN:
      case CANCELLED:
      case HAND:
        if (s === PARKED && parkedAgain(this as unknown as ParkingCoroutine, m)) return (this as unknown as ParkingCoroutine).$park(); // (a send by hand, waiters.ts)
        // `finally: self._waiters.remove(fut)`, then the outer finally re-acquires
        cond._waiters.remove(this as unknown as ParkingCoroutine);
        this.$task = null;
        try {
          if (m !== 0) throw v;
          parkedOutcome(s, this as unknown as ParkingCoroutine);
        } catch (e) {
          this.failed = true;
          this.exc = e;
        }
        return this.reacquire();
      default:
        // AWAITING: the acquire() finished, or raised.
        if (m !== 0) {
          if (!(v instanceof CancelledError)) throw v;
          this.cancelled = true;
          return this.reacquire();
        }
        return this.finish();
    }
  }

  /** `while True: try: await self.acquire(); break; except CancelledError: cancelled = True` */
  reacquire(): unknown {
    for (;;) {
      let r: unknown;
      try {
        // (mode 0: this step was not run inline, whatever resumed it)
        r = awaitValue(this as unknown as FrameCoroutine, this.cond.acquire(), AWAITING, 0);
      } catch (e) {
        if (!(e instanceof CancelledError)) throw e;
        this.cancelled = true;
        continue;
      }
      if (r === DELEGATE) return r;
      return this.finish();
    }
  }

  finish(): true {
    if (this.cancelled) throw new CancelledError();
    if (this.failed) throw this.exc;
    return true;
  }
}
frameClass(ConditionWait, ParkingCoroutine);
(ConditionWait.prototype as unknown as { $finalWake: boolean }).$finalWake = false;

/** `Condition.wait_for(predicate)` as a frame: `result = predicate(); while not result: await self.wait(); result = predicate()`. */
class ConditionWaitFor {
  static $name = "wait_for";
  static $qualname = "Condition.wait_for";
  $s: number;
  $yf: null;
  $own: null;
  cond: Condition;
  predicate: () => unknown;

  constructor(cond: Condition, predicate: () => unknown) {
    this.$s = 0;
    this.$yf = null;
    this.$own = null;
    this.cond = cond;
    this.predicate = predicate;
  }

  $step(s: number, v: unknown, m: number): unknown {
    if (s !== 0) {
      if (m !== 0) throw v;
      m = 0; // (resumed by the driver: the next await is not an inline run)
    }
    for (;;) {
      const result = this.predicate();
      if (result) return result;
      const r = awaitValue(this as unknown as FrameCoroutine, this.cond.wait(), AWAITING, m);
      if (r === DELEGATE) return r;
    }
  }
}
frameClass(ConditionWaitFor, FrameCoroutine);

/**
 * asyncio.Semaphore(value = 1): `value` slots; a release with waiters hands its slot straight to
 * the first one, so a newcomer never takes it first (SYNC-05, SYNC-06 as of 3.11.7).
 */
export class Semaphore extends AcquireRelease {
  /** @internal */ _loop: EventLoop | null = null;
  /** @internal created at the first contended acquire; the acquires themselves (waiters.ts ParkingCoroutine) */
  _waiters: ParkQueue | null = null;
  /** the free slots (Python's `_value`) */ _value: number;

  constructor(value = 1) {
    super();
    if (typeof value !== "number") throw notOrderable("<", value); // CPython: `value < 0` raises
    if (value < 0) throw new ValueError("Semaphore initial value must be >= 0");
    this._value = value;
  }

  /** True if acquire() would suspend: no free slot, or slots owed to waiters not cancelled. */
  locked(): boolean {
    return this._value === 0 || (this._waiters !== null && !allCancelled(this._waiters));
  }

  acquire(): FrameCoroutine<boolean> {
    return new SemaphoreAcquire(this) as unknown as FrameCoroutine<boolean>;
  }

  /** Add a slot and hand it to the first waiter not woken yet, if any. */
  release(): void {
    this._value += 1;
    this._wakeUpNext();
  }

  /** @internal Reserve a slot for the first waiter that is not woken yet (the slot is its now). */
  _wakeUpNext(): void {
    const n = this._waiters?.firstPending() ?? null;
    if (n !== null) {
      this._value -= 1;
      n.$wake();
    }
  }

  __repr__(): string {
    return primitiveRepr(this, this.locked() ? "locked" : `unlocked, value:${this._value}`, this._waiters);
  }
}

/**
 * `Semaphore.acquire()` as a frame that is its own waiter (see LockAcquire). CPython 3.11.7:
 *
 *     if not self.locked():
 *         self._value -= 1
 *         return True
 *     fut = self._get_loop().create_future()
 *     self._waiters.append(fut)
 *     try:
 *         try:
 *             await fut
 *         finally:
 *             self._waiters.remove(fut)
 *     except exceptions.CancelledError:
 *         if not fut.cancelled():
 *             self._value += 1
 *             self._wake_up_next()
 *         raise
 *     if self._value > 0:
 *         self._wake_up_next()
 *     return True
 *
 * `fut.cancelled()` is the state CANCELLED the step resumes from.
 *
 * Measured (issue 12), the future-based frame before -> now, both builds in one process: bytes per
 * task parked with its coroutine (100,000 held, fresh process per case) on `Semaphore.acquire()`
 * 713 -> 396, on `Lock.acquire()` 713 -> 395 (439 on a shared Future); CPU per job of the peers
 * `semaphore` workload (100,000 jobs through Semaphore(100)) 3,080 -> 1,345 ns, ratio 0.50
 * (0.34-0.56, 9 alternating pairs, load 14-18).
 */
class SemaphoreAcquire {
  static $name = "Semaphore.acquire";
  static $qualname = "Semaphore.acquire";
  $s: number;
  $yf: null;
  $own: null;
  $task: null;
  $prev: null;
  $next: null;
  sem: Semaphore;

  constructor(sem: Semaphore) {
    this.$s = 0;
    this.$yf = null;
    this.$own = null;
    this.$task = null;
    this.$prev = null;
    this.$next = null;
    this.sem = sem;
  }

  $step(s: number, v: unknown, m: number): unknown {
    const sem = this.sem;
    if (s === 0) {
      if (!sem.locked()) {
        sem._value -= 1;
        return true;
      }
      boundLoop(sem); // (create_future's loop)
      (sem._waiters ??= new ParkQueue()).push(this as unknown as ParkingCoroutine);
      const d = deferYield(this as unknown as FrameCoroutine, m);
      if (d !== undefined) return d;
      return (this as unknown as ParkingCoroutine).$park();
    }
    if (s === PRE) return (this as unknown as ParkingCoroutine).$park();
    if (s === PARKED && parkedAgain(this as unknown as ParkingCoroutine, m)) return (this as unknown as ParkingCoroutine).$park(); // (a send by hand, waiters.ts)
    sem._waiters!.remove(this as unknown as ParkingCoroutine);
    this.$task = null;
    try {
      if (m !== 0) throw v;
      parkedOutcome(s, this as unknown as ParkingCoroutine);
    } catch (e) {
      // Cancelled after release() reserved a slot for us (woken, not cancelled): give it back and
      // pass it on, or it would be lost.
      if (e instanceof CancelledError && s !== CANCELLED) {
        sem._value += 1;
        sem._wakeUpNext();
      }
      throw e;
    }
    // More slots were freed while we waited (several releases before we ran): wake the next one too.
    if (sem._value > 0) sem._wakeUpNext();
    return true;
  }
}
frameClass(SemaphoreAcquire, ParkingCoroutine);

/** asyncio.BoundedSemaphore(value = 1): releasing above the initial value is a ValueError. */
export class BoundedSemaphore extends Semaphore {
  /** @internal */ _boundValue: number;

  constructor(value = 1) {
    super(value);
    this._boundValue = value;
  }

  override release(): void {
    if (this._value >= this._boundValue) throw new ValueError("BoundedSemaphore released too many times");
    super.release();
  }
}
