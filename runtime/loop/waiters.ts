// The FIFO of waiters behind Lock, Event, Condition, Semaphore, Queue.get/put/join.
//
// Why this file exists: asyncio keeps these waiters (a future each) in a `collections.deque`, and a
// waiter leaves it with `deque.remove(fut)` when its wait ends, woken or cancelled. Over a
// JavaScript array that was `indexOf` + `splice`: O(n) per wake-up, and with 100,000 tasks queued on
// a Semaphore(100) it was 80% of the time (issue 12: 38 µs per job; 5.2 µs with an O(1) queue in a
// prototype). Here the waiter is the wait's own frame (`ParkingCoroutine`: it stands for CPython's
// future, and is what its task parks on) and each is a node of a doubly linked list (`ParkQueue`),
// so push, popleft and remove are O(1) while the order stays the deque's (FIFO; iteration from the
// oldest). Removing a node twice (popped by a wake-up, then removed by the waiter's own clean-up)
// is a no-op, as `remove` after a `popleft` was in the array version.
//
// `firstPending()` is asyncio's `for fut in waiters: if not fut.done(): ...` (Semaphore's
// `_wake_up_next`, Condition.notify, Event.set) without rescanning the waiters already woken: a
// woken waiter stays in line until its task runs, so k releases in one iteration walked
// 1 + 2 + ... + k done futures (Semaphore(100): up to 100 per release; 100,000 releases of a
// Semaphore(0) with 100,000 waiters did not finish in 6 minutes). A waiter never stops being done,
// so the queue keeps where the first one not done may be (`pending`: every node before it is
// done) and resumes from there; the answer is the same node, found in O(1) amortised.

import type { EventLoop } from "./events.js";
import type { Context } from "../objects/contextvars.js";
import { FrameCoroutine } from "./frame-coroutine.js";
import { Future } from "./futures.js";
import { getEventLoop } from "./state.js";
import { CancelledError, RuntimeError } from "../core/errors.js";
import { pyRepr } from "../core/repr.js";

// ---------------------------------------------------------------------------------------------
// Waiters that are their own node: the frame the task parks on

/** What a parking frame needs of the task parked on it (tasks.ts; a type only: tasks.ts imports this file). */
interface ParkedTask extends Future<unknown> {
  _step(exc: unknown): void;
  getContext(): Context;
  _futWaiter: Future<unknown> | ParkingCoroutine | null;
}

/**
 * States of a ParkingCoroutine (`$s`; frame-coroutine.ts's PRE = 1 comes before them): it yielded
 * itself to its task and waits (PARKED), was woken (WOKEN: its wait is over, the task's step is
 * queued), or the task was cancelled while it waited (CANCELLED: the task's step is queued with the
 * CancelledError). A node in line with `$s < WOKEN` is still owed a wake-up.
 */
export const PARKED = 5;
export const WOKEN = 6;
export const CANCELLED = 7;
/**
 * A wait driven by hand whose future (`$handOut`) was finished by hand with a result or an
 * exception (done, not cancelled, not woken by its primitive): its outcome is that future's.
 */
export const HAND = 8;

/**
 * A wait of the loop's own (`Event.wait()`...) that is, itself, the waiter: the node in the
 * primitive's line (`$prev`/`$next`) and what its task parks on (the task's `_futWaiter`), with no
 * Future, no done callback and no WaiterNode behind it. Issue 12: a task parked on `Event.wait()`
 * weighed 713 bytes against 439 on a shared Future — the wait's frame, its Future, the task's
 * done-callback entry, a WaiterNode and the driver's Stack kept while parked; the wait is now one
 * 40-byte object and the task 396 bytes (`bench/lib/peers.mjs` "Event waiter ≤ Future waiter";
 * numbers in locks.ts's EventWait).
 *
 * What CPython shows is kept: the task's `cancel(msg)` cancels the wait as it cancelled the wait's
 * future (`$cancel`: True once, the CancelledError(msg) thrown in at the await on the next step);
 * a wake-up queues the task's step in the same FIFO place the future's done callback had; the task's
 * repr shows `wait_for=<Future pending cb=[Task.task_wakeup()]>` (`$waiterRepr`); `cr_await` and the
 * call graph show the wait's coroutine as before (it has no `$yf`).
 *
 * Protocol with the task (tasks.ts): the frame yields itself, in state PARKED (`$park`); the task
 * recognises it (`_afterSend`), attaches itself (`$task`) and keeps it as `_futWaiter`. Run inline
 * under a compiled `await` it returns DELEGATE in state PRE, as the other FrameCoroutines, and the
 * task's `sendNone` parks it without the driver. Resumed after WOKEN it finishes without raising
 * (`$finalWake`, all but Condition.wait), so `sendNone` may take its result directly.
 *
 * Why each wait spells out its own "push, deferYield, $park" and "remove, `$task = null`" instead of
 * calling one shared helper: tried at 1b98ca9 (`parkIn(line, wait, m)` / `leaveLine(line, wait)`
 * for the seven waits), the helper's sites see seven frame classes, so its `$park`, `$task` store
 * and deferYield go polymorphic: peers `semaphore` 1,120 -> 1,230 ns per job (+10%, 4 alternating
 * single-round runs per build, pycoro only, quiet); queue unchanged. Kept per class.
 *
 * Driven by hand — `send(None)` on the wait, or on any coroutine that awaits it, from code that is
 * not a task — CPython's wait yields its future, and so does this one: the public `send`/`throw`
 * and JavaScript `next`/`throw` (objects/coroutine.ts `handedOut`, `handedOutResult`; also a
 * generator-based coroutine's, an asend/athrow awaitable's, a LoopCoroutine's and their
 * `__await__()` iterators') hand out a Future bound to the wait (`$handOut`, WaitFuture) instead
 * of the frame. The future and the wait stay one: the primitive's wake-up sets it (`$wake`: True,
 * Condition False, Queue None); its `cancel()` cancels the wait (CANCELLED: skipped by wake-ups, in
 * line until resumed, the next send raises the future's CancelledError(msg)); its result or
 * exception set by hand ends the wait that way (HAND); a send before it is done yields it again if
 * a task took it (cleared its mark), else raises "await wasn't used with future" (`parkedAgain`,
 * `parkedOutcome`: C's FutureIter). `cr_await` shows it (`futureOf`). The task's own path
 * (tasks.ts `sendNone`, the driver, the internal `SEND_RESULT`/`RAISE` protocol) does not go
 * through them and still sees the frame, so a task parks on it with no future — until a hand
 * sends to its coroutine or looks at the wait's `cr_await`: then the task waits on that future
 * (`futureOf`). Fixtures `asyncio/wait-by-hand`, `asyncio/wait-by-hand-next`.
 */
export abstract class ParkingCoroutine<R = unknown> extends FrameCoroutine<R> {
  /** the task parked on it, once the task took the yield; null before and after */
  declare $task: ParkedTask | null;
  declare $prev: ParkingCoroutine | null;
  declare $next: ParkingCoroutine | null;
  /** What the wait's future was set to when woken (Condition: False; the others: True), for reprs. */
  declare static $wokenResult: unknown;
  /**
   * Resumed WOKEN, its step returns its result without raising or suspending (the task's
   * `sendNone` then takes it without the driver). False for Condition.wait, which re-acquires the
   * lock after its wait.
   */
  declare readonly $finalWake: boolean;

  /** Yield to the task: itself, parked. */
  $park(): this {
    this.$s = PARKED;
    return this;
  }

  /**
   * Wake the waiter (its future's set_result): the task's step is queued; its wait returns. With
   * no task, it may have been handed out by hand: its future is set (`wakeHand`).
   */
  $wake(): void {
    this.$s = WOKEN;
    const t = this.$task;
    if (t !== null) t._loop._callSoonStep(t as never);
    else wakeHand(this);
  }

  /**
   * What the public `send`/`throw` return for this frame yielded (objects/coroutine.ts
   * `handedOut`): parked and claimed by no task, the Future CPython's wait would have yielded,
   * bound to this wait (made once per park: a queue's get/put parks again after a result set by
   * hand); else the frame itself.
   */
  $handOut(): unknown {
    if (this.$s !== PARKED || this.$task !== null) return this;
    const f = futureOf(this, PARKED)!;
    f._asyncio_future_blocking = true; // (`yield self` of Future.__await__)
    return f;
  }

  /**
   * `cr_await` (CO-07): CPython's wait is suspended at `await fut`, so it shows what it awaits —
   * the wait's future, the same object a send by hand yielded (`futureOf`: made when first asked
   * for, also for a task parked on the frame). CPython shows the `_asyncio.FutureIter` over that
   * future; pycoro shows the future itself, as for every `await fut` (futures.ts FutureAwait).
   * None before the wait parks and once it has finished; Condition.wait re-acquiring its lock
   * shows the Lock.acquire coroutine (its `$yf`), as CPython does.
   */
  override get cr_await(): unknown {
    if (this.$yf !== null) return super.cr_await;
    return futureOf(this, this.$s);
  }

  /**
   * The task's `_fut_waiter.cancel(msg)`: False unless still parked; else the wait is cancelled and
   * the task's wake-up queued, which throws CancelledError(msg) in at the await (as the wake-up of a
   * cancelled future does, the error made then).
   */
  $cancel(msg: unknown): boolean {
    const t = this.$task;
    if (this.$s !== PARKED || t === null) return false;
    this.$s = CANCELLED;
    t._loop._callSoonIn(wakeCancelled, [t, msg], t.getContext());
    return true;
  }

  /** The repr of the future CPython's wait would hold (a task's `wait_for=`, a StreamReader's `waiter=`). */
  $waiterRepr(): string {
    const s = this.$s;
    const f = handFutures.get(this); // (made: it is the wait's future, callbacks and all, `futureOf`)
    if (f !== undefined && (s !== PARKED || f._state === "PENDING")) return f.__repr__();
    if (s === CANCELLED) return "<Future cancelled>";
    if (s === WOKEN) return `<Future finished result=${pyRepr((this.constructor as typeof ParkingCoroutine).$wokenResult)}>`;
    return this.$task !== null ? "<Future pending cb=[Task.task_wakeup()]>" : "<Future pending>";
  }
}
(ParkingCoroutine as { $wokenResult: unknown }).$wokenResult = true;
(ParkingCoroutine.prototype as { $finalWake: boolean }).$finalWake = true;

/**
 * A wait resumed while still PARKED: only a hand does that (a task resumes its wait once the wait
 * is over), with a send (m = 0) or a throw/close (m = 1). A send does what CPython's `await fut`
 * does then (C's FutureIter): the pending future is yielded again if nothing marks it blocking — a
 * task waiting on it cleared the mark, as every task does with the future it takes — and the wait
 * stays in line; else (still marked: handed out and not taken by a task) `parkedOutcome` raises
 * "await wasn't used with future". True: the step yields itself again, and the public send hands
 * the future out, marked (`$handOut`). Either way, a task parked on the frame waits from now on on
 * that future (`futureOf`), as CPython's task waits on the wait's future: when the hand's throw,
 * close or early send ends the wait, the task still waits, and its cancel() still reaches it
 * (CPython: the task then fails with "cannot reuse already awaited coroutine"). Fixture
 * `asyncio/wait-by-hand-next`.
 */
export function parkedAgain(w: ParkingCoroutine, m: number): boolean {
  if (m !== 0) {
    if (w.$task !== null) futureOf(w, PARKED);
    return false;
  }
  const f = futureOf(w, PARKED); // (its step runs: `$s` says RUNNING)
  return f !== null && f._state === "PENDING" && !f._asyncio_future_blocking;
}

/**
 * A ParkingCoroutine `w` resumed from state `s` with a send (its wait is over unless sent to by hand
 * too early): the outcome `await fut` had — True once woken; else (only a hand sends then: a task
 * throws the CancelledError in) `handOutcome`.
 */
export function parkedOutcome(s: number, w: ParkingCoroutine): true {
  if (s === WOKEN) return true;
  return handOutcome(s, w);
}

/**
 * `await fut` resumed by hand: the outcome of the wait's hand future once it is done (HAND: its
 * result or exception; CANCELLED: its CancelledError(msg), or a plain one for a frame never handed
 * out); CPython's error for a future still pending.
 */
function handOutcome(s: number, w: ParkingCoroutine): true {
  if (s === HAND || s === CANCELLED) {
    const f = handFutures.get(w);
    if (f !== undefined && f._state !== "PENDING") {
      f.result();
      return true;
    }
    if (s === CANCELLED) throw new CancelledError();
  }
  throw new RuntimeError("await wasn't used with future");
}

// ---------------------------------------------------------------------------------------------
// The future of a wait driven by hand

/** The future handed out for each wait driven by hand (`$handOut`) or looked at (`cr_await`), while the wait lives. */
const handFutures = new WeakMap<ParkingCoroutine, WaitFuture>();

/**
 * The future standing for the wait's own (CPython's `fut` in `await fut`), made the first time a
 * hand or `cr_await` needs it, then kept (a queue's get/put parked again after its old future got
 * a result by hand gets a new one, as CPython makes a new future per round of its loop); null
 * while the wait is not suspended at its await (created, running, finished). Made for a wait
 * already woken or cancelled, it is done the same way (the task's step is queued already). Made
 * for a wait a task parks on, the task waits on it from then on — its wake-up a done callback,
 * the future its `_futWaiter` — so that the future is set, cancelled and shown exactly as CPython's
 * (`<Future pending cb=[Task.task_wakeup()]>`); the frame stays in line as the waiter. Only this
 * rare path pays for a Future: a task parks on the frame alone (issue 12). `s`: the wait's state
 * (`$s`, or the state its running step was resumed from).
 */
function futureOf(w: ParkingCoroutine, s: number): WaitFuture | null {
  if (s < PARKED) return null;
  let f = handFutures.get(w);
  if (f !== undefined && (s !== PARKED || f._state === "PENDING")) return f;
  const t = w.$task;
  f = new WaitFuture(w, t !== null ? t._loop : getEventLoop());
  handFutures.set(w, f);
  if (s === WOKEN) f._setResult((w.constructor as typeof ParkingCoroutine).$wokenResult);
  else if (s === CANCELLED) f.cancel();
  else if (t !== null && s === PARKED) {
    w.$task = null;
    f._addDoneCallback(t, t.getContext());
    t._futWaiter = f;
  }
  return f;
}

/**
 * The Future a wait driven by hand yields, bound to it: finished by hand (cancel, set_result,
 * set_exception), it ends the wait the same way, at once (`_scheduleCallbacks` is where every
 * completion passes). Named `Future`, as users see it (`type(f).__name__`, its repr).
 */
class WaitFuture extends Future<unknown> {
  readonly $wait: ParkingCoroutine;

  constructor(wait: ParkingCoroutine, loop: EventLoop) {
    super(undefined, loop);
    this.$wait = wait;
  }

  override _scheduleCallbacks(): void {
    const w = this.$wait;
    // (not PARKED: woken by its primitive, which set this; or running, and the wait's step decides)
    if (w.$s === PARKED) w.$s = this._state === "CANCELLED" ? CANCELLED : HAND;
    super._scheduleCallbacks();
  }
}
Object.defineProperty(WaitFuture, "name", { value: "Future" });

/** A wait woken by its primitive with no task: its hand future, if any, gets the woken result. */
function wakeHand(w: ParkingCoroutine): void {
  const f = handFutures.get(w);
  if (f !== undefined && f._state === "PENDING") f._setResult((w.constructor as typeof ParkingCoroutine).$wokenResult);
}

/** A wait woken with an exception (io/streams.ts ReadFrame: StreamReader.setException) with no task: its hand future, if any, fails with it (false: there is none). */
export function failHand(w: ParkingCoroutine, exc: unknown): boolean {
  const f = handFutures.get(w);
  if (f === undefined || f._state !== "PENDING") return false;
  f.setException(exc); // (the wait becomes HAND: its outcome is the future's, retrieved by the send)
  return true;
}

/** `fut.cancel()` of a hand future still pending (Queue.get/put's bare `except:` cancels its getter). */
export function cancelHand(w: ParkingCoroutine): void {
  const f = handFutures.get(w);
  if (f !== undefined) f.cancel();
}

/** The wait's hand future finished with a result (HAND, not an exception): `await fut` returned. */
export function handReturned(w: ParkingCoroutine): boolean {
  const f = handFutures.get(w);
  return f !== undefined && f._state === "FINISHED" && !f._hasException;
}

/**
 * A done future left in a queue's line: a Queue.get/put whose hand future got its result by hand
 * waits again with a new one, and CPython leaves the old one in `_getters`/`_putters` (only a
 * wake-up pops it, skipping it as done). This node takes the frame's place there.
 */
class DoneWaiter {
  $s = HAND;
  $prev: ParkingCoroutine | null = null;
  $next: ParkingCoroutine | null = null;
}

/** Task.__wakeup of a task whose wait was cancelled: step with the CancelledError its future would raise. */
function wakeCancelled(task: ParkedTask, msg: unknown): void {
  task._step(msg === undefined || msg === null ? new CancelledError() : new CancelledError(String(msg)));
}
Object.defineProperty(wakeCancelled, "__qualname__", { value: "Task.task_wakeup" });

/**
 * The FIFO of ParkingCoroutines behind a primitive: WaiterQueue's order and O(1) push, removal and
 * `firstPending`, with the frames themselves as nodes. A frame is in line iff it is the head or has
 * a `$prev`; removing it twice is a no-op.
 */
export class ParkQueue {
  head: ParkingCoroutine | null = null;
  tail: ParkingCoroutine | null = null;
  length = 0;
  /** Every node before this one is woken or cancelled; null: every node is (see WaiterQueue). */
  private pending: ParkingCoroutine | null = null;

  push(w: ParkingCoroutine): void {
    w.$prev = this.tail;
    w.$next = null;
    if (this.tail === null) this.head = w;
    else this.tail.$next = w;
    this.tail = w;
    this.length++;
    if (this.pending === null) this.pending = w;
  }

  /** Put a DoneWaiter in `w`'s place (see DoneWaiter); `w` leaves the line. */
  leaveDone(w: ParkingCoroutine): void {
    const d = new DoneWaiter() as unknown as ParkingCoroutine;
    const prev = w.$prev, next = w.$next;
    if (prev === null && this.head !== w) return;
    d.$prev = prev;
    d.$next = next;
    if (prev === null) this.head = d;
    else prev.$next = d;
    if (next === null) this.tail = d;
    else next.$prev = d;
    if (this.pending === w) this.pending = d;
    w.$prev = w.$next = null;
  }

  remove(w: ParkingCoroutine): void {
    const prev = w.$prev, next = w.$next;
    if (prev === null && this.head !== w) return;
    if (w === this.pending) this.pending = next;
    if (prev === null) this.head = next;
    else prev.$next = next;
    if (next === null) this.tail = prev;
    else next.$prev = prev;
    w.$prev = w.$next = null;
    this.length--;
  }

  /** The oldest waiter still owed a wake-up, or null. */
  firstPending(): ParkingCoroutine | null {
    let n = this.pending;
    while (n !== null && n.$s >= WOKEN) n = n.$next;
    this.pending = n;
    return n;
  }
}
