// asyncio.Task: a Future that drives a coroutine object, one `send`/`throw` per loop callback.
//
// Why this file exists: this is asyncio's Task.__step / __wakeup, transcribed (Lib/asyncio/tasks.py,
// 3.11). The step is scheduled with call_soon, never run synchronously (TASK-01); what the coroutine
// yields decides what happens next (TASK-05): a future (marked `_asyncio_future_blocking` by its
// `__await__`) parks the task until the future's done callback schedules `__wakeup`; `undefined` / null
// (a bare yield, `sleep(0)`) reschedules the step; anything else is thrown back in as RuntimeError.
// Cancellation is a request (TASK-07..17): cancel() cancels the awaited future, or sets
// `_mustCancel` so the next step throws CancelledError at the await point; the coroutine may catch
// it. `cancelling()` counts requests and only `uncancel()` lowers it (3.11).
// A task runs in its own contextvars Context (EXEC-05): a copy of the creator's, or `{ context }`.
// As in CPython the step itself never enters it: every step is scheduled with call_soon(...,
// context=task's) and every wake-up is a done callback added with that context, so the Handle that
// runs the step enters it (two assignments, no copy).

import { CancelledError, InvalidStateError, RuntimeError, StopIteration, ValueError, typeName } from "../core/errors.js";
import { Context, type VarMap, _contextOf, _enterContext, _enterSnapshot, _enteredScratch, _exitContext, _snapshot } from "../objects/contextvars.js";
import { Future, FutureAwait, _installTaskWakeup, chainFuture, getLoopOf, isFuture, wrapFuture } from "./futures.js";
import { ExecutorFuture } from "./concurrent.js";
import { Generator, isGenerator, resume } from "../objects/generator.js";
import { Coroutine } from "../objects/coroutine.js";
import { BOUND_FIRST, Handle as StepHandle } from "./handles.js";
import { formatCallback } from "../core/repr.js";
import { LoopCoroutine, SEND_RESULT, awaitIter, delegateTo, isAwaitable, isCoroutine, isThenable, type Awaitable, type CoroutineLike } from "./loop-coroutine.js";
import { extractTraceback, formatExceptionOnly, sourceLine } from "../core/traceback.js";
import { formatCoroutine, pyRepr } from "../core/repr.js";
import { CLOSED, DELEGATE, RAISE, RUNNING, type Frame } from "../core/frame.js";
import { OP_DELEGATED, drive, escaped } from "../core/driver.js";
import { raisedHere } from "../core/traceback.js";
import { PARKED_SLEEP0, Sleep0Frame, YIELDED as SLEEP_YIELDED, recycleSleep0 } from "./sleep.js";
import { PRE } from "./frame-coroutine.js";
import { PARKED, ParkingCoroutine, WOKEN } from "./waiters.js";
import { _activeLoop, _nextTaskNumber, getEventLoop, getRunningLoop } from "./state.js";
import type { EventLoop } from "./events.js";

/** The options of a task created without any. */
const NO_OPTIONS: TaskOptions = Object.freeze({});

/** Marker: `__step()` without an exception (Python's exc=None; JavaScript can throw undefined). */
const NO_EXC: unique symbol = Symbol("no exception");

/** A frame as `getStack()` reports it (the suspended frame of a compiled coroutine). */
export interface StackFrame {
  readonly name: string;
  readonly file: string;
  readonly line: number;
}

export interface TaskOptions {
  /** The task's name (default `Task-N`); converted with String(). */
  name?: unknown;
  /** Cancel the task when this signal aborts (the reason, if a string, is the cancel message). */
  signal?: AbortSignalLike;
  /** The contextvars Context every step runs in (default: a copy of the current context). */
  context?: Context | null;
}

/** Cancel `task` (from outside the loop, so through callSoonThreadsafe) when `signal` aborts. */
/**
 * What `{ signal }` takes: an AbortSignal (DOM's or Node's), described structurally so that the
 * package's declarations type-check without the DOM or @types/node (issue 8 item 11).
 */
export interface AbortSignalLike {
  readonly aborted: boolean;
  readonly reason?: unknown;
  addEventListener(type: "abort", listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: "abort", listener: () => void): void;
}

function cancelOnAbort(task: Task<unknown>, signal: AbortSignalLike): void {
  const msg = () => (typeof signal.reason === "string" ? signal.reason : undefined);
  if (signal.aborted) {
    task.cancel(msg());
    return;
  }
  const onAbort = () => {
    if (!task.done() && !task._loop.isClosed()) task._loop.callSoonThreadsafe(() => task.cancel(msg()));
  };
  signal.addEventListener("abort", onAbort, { once: true });
  task.addDoneCallback(() => signal.removeEventListener("abort", onAbort));
}

const futureAddDoneCallback = Future.prototype.addDoneCallback;

/** Task.__step as a loop callback: `callSoon(taskStep, task[, exc])` (no closure per task). */
function taskStep(task: Task<unknown>, exc: unknown = NO_EXC): void {
  task._step(exc);
}
(taskStep as { __qualname__?: string }).__qualname__ = "TaskStepMethWrapper";

/**
 * Task.__wakeup as a loop callback: `taskWakeup(task, fut)`. A task waiting on a future is put in
 * the future's done callbacks as itself (futures.ts `_addDoneCallback`), and the future schedules
 * this with the task and itself as arguments: no closure per task (issue 12: the closure, its
 * context and its `__self__` were 136 of the 876 bytes of a task parked on a future). Its name is
 * CPython's, `Task.task_wakeup`, and its Handle shows only the future (handles.ts).
 */
export function taskWakeup(task: Task<unknown>, fut: Future<unknown>): void {
  task._wakeup(fut);
}
Object.defineProperty(taskWakeup, "__qualname__", { value: "Task.task_wakeup" });
(taskWakeup as { [BOUND_FIRST]?: boolean })[BOUND_FIRST] = true;
_installTaskWakeup(taskWakeup);

/** The wake-up as a callable, for a future whose own addDoneCallback the task must call (a subclass, a duck-typed future). */
function wakeupOf(task: Task<unknown>): (fut: Future<unknown>) => void {
  const cb = { "Task.task_wakeup": (fut: Future<unknown>) => task._wakeup(fut) }["Task.task_wakeup"];
  (cb as { __self__?: unknown }).__self__ = task; // a bound method's: the slow-callback warning names the task
  return cb;
}

/**
 * `coro.send(None)` for a native coroutine that is not finished, as generator.ts `resume` computes
 * it, with the two awaits a task's own coroutine parks on most — `await sleep(0)` and `await fut`
 * — handled here instead of in the driver.
 *
 * The coroutine awaiting `sleep(0)` runs the sleep inline, which must yield to the task: it
 * returns DELEGATE in the state PRE (frame-coroutine.ts); `await fut` links a FutureAwait
 * (futures.ts) and returns DELEGATE. The driver would then build a Stack for the coroutine (kept
 * on it while parked), push the awaited frame, resume it to get what it yields (None; the pending
 * future), and on the next step resume it again for its result and pop it before resuming the
 * coroutine. That was two trips through the driver per switch, half of a switch's profile
 * (issue 12: `resumeChain` + `runStack` were 49% of the samples at K = 100), and the Stack with
 * its array was ~180 of the 876 bytes of a task parked on a future.
 * Here both ends are a few field writes, leaving exactly the states the driver leaves: the awaited
 * frame is the coroutine's `$yf` (the sleep in state YIELDED; the FutureAwait in state 2, its
 * future marked blocking) while the task is parked, so `cr_await`, the call graph and a throw()
 * (cancellation goes through the driver, which pushes the frame then) see what they saw before;
 * at the next step it is CLOSED, unlinked, and its result sent in. Only the outcomes that cannot
 * raise are taken here (a future finished with a result); anything else — a future with an
 * exception or cancelled, a frame some stack holds (`$own !== null`), a deeper chain (the sleep
 * awaited by a coroutine the task's coroutine awaits) — goes through the driver as before.
 */
function sendNone(coro: Coroutine): unknown {
  const s = coro.$s;
  let v: unknown = undefined;
  const c = coro.$yf;
  if (c !== null) {
    if (s <= 0 || c.$own !== null) return resume(coro, undefined, 0);
    // (parked at a bare `await sleep(0)` on the shared frame: it returns None, and the shared
    // frame stays as it is, sleep.ts PARKED_SLEEP0)
    if (c !== (PARKED_SLEEP0 as unknown)) {
      const C = c.constructor as unknown;
      if (C === Sleep0Frame && c.$s === SLEEP_YIELDED) {
        v = (c as unknown as Sleep0Frame).result; // the sleep returns its result
        recycleSleep0(c as unknown as Sleep0Frame);
      } else if (C === FutureAwait && c.$s === 2) {
        const fut = (c as FutureAwait).fut;
        if (fut._state !== "FINISHED" || fut._hasException) return resume(coro, undefined, 0);
        v = fut.result(); // (marks it retrieved, as the frame's step does)
      } else if (c.$s === WOKEN && c instanceof ParkingCoroutine && c.$finalWake) {
        // its wait is over: the step takes it out of line and returns, never raising (waiters.ts)
        c.$s = RUNNING;
        v = c.$step(WOKEN, undefined, 0);
      } else return resume(coro, undefined, 0);
      c.$s = CLOSED;
    }
    coro.$yf = null;
  } else if (s < 0) return resume(coro, undefined, 0); // (running: "already executing")
  coro.$s = RUNNING;
  let r: unknown;
  try {
    r = coro.$step(s, v, 0);
  } catch (e) {
    coro.$s = CLOSED;
    raisedHere(e);
    throw escaped(coro, e);
  }
  if (r === DELEGATE) {
    const y = coro.$yf;
    if (y !== null && y.$own === null) {
      const C = y.constructor as unknown;
      if (C === Sleep0Frame && y.$s === PRE) {
        // its bare yield: the task reschedules its step
        const f = y as unknown as Sleep0Frame;
        if (f.$tmp) {
          // a compiled `await sleep(0)`'s own frame, reachable from nowhere else: the coroutine
          // parks on the shared frame, this one goes back to the pool (sleep.ts PARKED_SLEEP0)
          coro.$yf = PARKED_SLEEP0 as unknown as Frame;
          f.$s = CLOSED;
          recycleSleep0(f);
        } else f.$s = SLEEP_YIELDED;
        return undefined;
      }
      if (C === FutureAwait && y.$s === 1) {
        const fut = (y as FutureAwait).fut;
        // (a future still marked blocking: the frame's step raises "await wasn't used with future")
        if (!fut.done() && !fut._asyncio_future_blocking) {
          fut._asyncio_future_blocking = true; // `yield self` of Future.__await__
          y.$s = 2;
          return fut;
        }
      }
      // a wait that is its own waiter (Event.wait...): it yields itself (waiters.ts ParkingCoroutine)
      if (y.$s === PRE && y instanceof ParkingCoroutine) return y.$park();
    }
    return drive(coro, OP_DELEGATED, undefined, null, false);
  }
  if (coro.$s <= 0) coro.$s = CLOSED;
  return r;
}


/**
 * Whether `task`, which just yielded bare (`sleep(0)`) in its step, may run its next step now,
 * inside this one, instead of being queued for the next iteration: true when that iteration would
 * run this step and nothing else, and nothing can tell the difference. That is: nothing else is
 * ready (it was the last callback of this iteration and scheduled nothing), no timer is scheduled
 * (a due one would join the next iteration), the loop is not stopping, waits for no bridged
 * promise (it yields a microtask between iterations) and has no I/O open (it yields to Node more
 * often), is not in debug mode (which times each callback), and runs the base `_runOnce` (a
 * subclass may count or watch iterations); and the task could take the common step again. The
 * next iteration would enter the task's context and the task, run its step and leave both: here
 * they stay entered. The iterations run this way are counted into the batch's time slice
 * (batches.ts `_resteps`), at most 31 per iteration of the batch.
 * Issue 12: with one task switching through sleep(0) (peers "switch" K = 1) the iteration around
 * each step — the ready queue's push and shift, the batch's and `_runOnce`'s checks, entering and
 * leaving the context and the task (two write-barrier calls: the task and its Context are young,
 * the loop and the module variable old) — was about half of the switch.
 */
function restepAlone(loop: EventLoop, task: Task<unknown>, coro: Coroutine): boolean {
  if (loop._ready.size !== 0 || loop._scheduled.length !== 0 || loop._stopping || loop._pendingBridges !== 0 || loop._ioActive !== 0 || loop._debug || !loop._plainRunOnce || loop._resteps >= 31) return false;
  if (task._state !== "PENDING" || task._mustCancel || coro.$s < 0) return false;
  loop._resteps += 1;
  return true;
}

/** A coroutine wrapped in a Future (asyncio.Task). */
export class Task<T = unknown> extends Future<T> {
  /** @internal */ declare _coro: CoroutineLike;
  /**
   * @internal the number N of the default name `Task-N` (issue 12: the string was 32 bytes of every
   * task, and most are never named), which is also where the loop's list of pending tasks keeps
   * it (task-list.ts: no field for that), negated
   * until the task joins that list after its first step (`_stepNow`); or the name the task was
   * made with (such a task takes no number, as in CPython, and is in the list from the start) or
   * given later (`setName`: the list keeps the task's place).
   */
  declare readonly _name: string | number;
  /**
   * @internal the context its steps run in; or, until something needs the Context object, the
   * values of the implicit copy of its creator's context (contextvars.ts `_snapshot`): issue 12, a
   * Context per task was 64 of the 573 bytes a spawned task allocated. A step then runs in the
   * loop's scratch Context holding those values; if the step sets a variable (the scratch is
   * `_leaked`) or asks for its context, the task keeps that scratch as its own (`_run`, getContext);
   * else it keeps stepping on the values. So a task that completes in one step (spawn+complete)
   * never has one: 588 -> 523 bytes per spawned task (bench/lib/peers.mjs "spawn", heap growth with
   * a 64 MB young generation); nor does a task that only switches (sleep(0)), whose step then reads
   * no Context of its own (peers "switch" K = 10,000: 64 bytes less per task, one cold line and
   * one write barrier less per switch).
   */
  declare _context: Context | VarMap;

  /**
   * `loop` (internal): the loop, from `loop.createTask`, which passes its caller's options as they
   * are (issue 12: three options objects per created task were a tenth of its garbage).
   * The fields are assigned here, in a fixed order, not initialised as class fields (see Future's
   * constructor for why and the numbers).
   */
  constructor(coro: CoroutineLike, options: TaskOptions & { loop?: EventLoop } = NO_OPTIONS, loop?: EventLoop) {
    super(options, loop);
    if (!isCoroutine(coro)) {
      throw new TypeError(`a coroutine was expected, got ${pyRepr(coro)}`);
    }
    this._coro = coro;
    (this as { _name: string | number })._name = options.name === undefined || options.name === null ? -_nextTaskNumber() : String(options.name);
    // (`instanceof` only for a given context: on the usual snapshot, a Map, the test walked the
    // Map's prototype chain for every task)
    const given = options.context;
    if (given === undefined || given === null) this._context = _snapshot();
    else if (given instanceof Context) this._context = given;
    // CPython fails later, when the step's Handle calls context.run; fail where the mistake is.
    else throw new TypeError(`context must be a contextvars.Context, got ${typeName(given)}`);
    this._loop._callSoonStep(this);
    if (typeof this._name === "string") this._loop._registerTask(this);
    if (options.signal !== undefined) cancelOnAbort(this, options.signal);
  }

  /**
   * @internal What it waits on (CPython's `_fut_waiter`): a future, or a wait that is its own
   * waiter (waiters.ts ParkingCoroutine); null when it waits on nothing. Kept in `_result`, which a
   * pending task never uses otherwise (a result or exception is set when it is done, the saved
   * CancelledError when it is cancelled: futures.ts `_cancelledExc`), and a task waits on nothing
   * once done (every step clears it first): one field less in every task (issue 12: the spawned
   * tasks of peers "spawn" stay live until gathered, and the scavenger copies every byte of them).
   */
  get _futWaiter(): Future<unknown> | ParkingCoroutine | null {
    if (this._state !== "PENDING") return null;
    const w = this._result as unknown;
    return w === undefined ? null : (w as Future<unknown> | ParkingCoroutine);
  }
  set _futWaiter(w: Future<unknown> | ParkingCoroutine | null) {
    (this as { _result: unknown })._result = w === null ? undefined : w;
  }

  /** @internal cancelling()'s count, kept in the rare fields (futures.ts `FutureRare`: most tasks are never cancelled). */
  get _numCancelsRequested(): number {
    const x = this._x;
    return x === null ? 0 : x.cancels;
  }
  set _numCancelsRequested(n: number) {
    if (n !== 0 || this._x !== null) this._rare().cancels = n;
  }

  /**
   * @internal the coroutine is to get CancelledError at its next step; in the rare fields too.
   * Read on every step: `_cbx` holds the FutureRare or the done callbacks (futures.ts), and the
   * flag is read off whichever it is — a DoneCall, SharedDoneCall or array has no `mustCancel`
   * (an inline-cached load of a missing property) — instead of testing `instanceof FutureRare`
   * first, which walks the prototype chain (issue 12: peers "switch" K = 1, 27.3 -> 29.2 ns per
   * switch with the `instanceof`, one process, alternating).
   */
  get _mustCancel(): boolean {
    const c = this._cbx as { mustCancel?: boolean } | null;
    return c !== null && c.mustCancel === true;
  }
  set _mustCancel(on: boolean) {
    if (on || this._x !== null) this._rare().mustCancel = on;
  }

  getCoro(): CoroutineLike {
    return this._coro;
  }

  /** The contextvars Context the task runs in (Task.get_context, 3.12; the `context=` of 3.11). */
  getContext(): Context {
    const c = this._context;
    if (c instanceof Context) return c;
    const own = this._loop._currentTask === this ? _enteredScratch() : null;
    if (own !== null) {
      // asked during its own step: the Context it runs in now becomes its own, never reused
      own._leaked = true;
      return (this._context = own);
    }
    return (this._context = _contextOf(c));
  }

  getName(): string {
    const n = this._name;
    return typeof n === "string" ? n : `Task-${n < 0 ? -n : n}`;
  }

  setName(value: unknown): void {
    const name = String(value);
    // (the loop's list of pending tasks finds a numbered task by its number: it moves it)
    if (typeof this._name === "number" && this._state === "PENDING") this._loop._tasks.rename(this, name);
    else (this as { _name: string | number })._name = name;
  }

  override setResult(_result: T): never {
    throw new RuntimeError("Task does not support set_result operation");
  }

  override setException(_exception: unknown): never {
    throw new RuntimeError("Task does not support set_exception operation");
  }

  /**
   * Request cancellation: the coroutine gets CancelledError(msg) at its await point in a later
   * iteration. False if the task is done. Increments cancelling().
   */
  override cancel(msg?: unknown): boolean {
    this._retrieved();
    if (this.done()) return false;
    this._numCancelsRequested += 1;
    const w = this._futWaiter;
    if (w !== null) {
      // Leave _futWaiter: it may be a task that swallows the cancellation (cancel it again later).
      if (w instanceof ParkingCoroutine ? w.$cancel(msg) : w.cancel(msg)) return true;
    }
    // The step must already be scheduled.
    this._mustCancel = true;
    this._cancelMessage = msg;
    return true;
  }

  /** How many cancellation requests are pending (not undone by uncancel()). */
  cancelling(): number {
    return this._numCancelsRequested;
  }

  /** Decrement cancelling(); returns the new count. */
  uncancel(): number {
    if (this._numCancelsRequested > 0) this._numCancelsRequested -= 1;
    return this._numCancelsRequested;
  }

  /** @internal Task.__step */
  _step(exc: unknown): void {
    if (this.done()) {
      throw new InvalidStateError(`_step(): already done: ${this.__repr__()}, ${exc === NO_EXC ? "None" : pyRepr(exc)}`);
    }
    if (this._mustCancel) {
      if (!(exc instanceof CancelledError)) exc = this._makeCancelledError();
      this._mustCancel = false;
    }
    const coro = this._coro;
    this._futWaiter = null;
    const loop = this._loop;
    loop._enterTask(this);
    try {
      let result: unknown;
      let returned = false;
      try {
        if (exc !== NO_EXC) {
          // Re-raise the awaited future's exception as it is, whatever JavaScript threw (frame.ts RAISE).
          const raise = (coro as { [RAISE]?: (e: unknown) => IteratorResult<unknown> })[RAISE];
          if (raise === undefined) result = coro.throw(exc);
          else {
            const r = raise.call(coro, exc);
            returned = r.done === true;
            result = r.value;
          }
        } else if (coro instanceof Coroutine) {
          // A native coroutine: its send(None) without StopIteration or an IteratorResult
          // (issue 12: the result object was a third of what a sleep(0) switch allocated).
          if (coro.$s === CLOSED) result = coro.send(undefined); // (raises "cannot reuse ...")
          result = sendNone(coro);
          returned = coro.$s === CLOSED;
        } else {
          // coro.send(None), without paying for a StopIteration when the protocol allows it
          const fast = (coro as { [SEND_RESULT]?: (v: unknown) => IteratorResult<unknown> })[SEND_RESULT];
          const r = fast !== undefined ? fast.call(coro, undefined) : coro instanceof Generator ? coro.next(undefined) : undefined;
          if (r === undefined) result = coro.send(undefined);
          else if (r.done) {
            returned = true;
            result = r.value;
          } else result = r.value;
        }
      } catch (e) {
        if (e instanceof StopIteration) {
          returned = true;
          result = e.value;
        } else {
          this._stepRaised(e);
          return;
        }
      }
      this._afterSend(result, returned);
    } finally {
      loop._leaveTask(this);
    }
  }

  /**
   * @internal Task.__step(None) in its most common case — a native coroutine not finished, the
   * task pending and not to be cancelled, no task running — as `_step` computes it without the
   * checks that cannot fail then; a bare yield (sleep(0)) requeues the task at once. Issue 12:
   * `_step` was 42-44% of a sleep(0) switch's profile (K = 1 and 100).
   */
  _stepCoroutine(coro: Coroutine): void {
    this._futWaiter = null;
    const loop = this._loop;
    loop._enterTask(this);
    try {
      let result: unknown;
      for (;;) {
        try {
          result = sendNone(coro);
        } catch (e) {
          if (e instanceof StopIteration) this._afterSend(e.value, true);
          else this._stepRaised(e);
          return;
        }
        if (result !== undefined || coro.$s === CLOSED) break;
        // A bare yield (sleep(0)): the task steps again in the next iteration, at once if it is alone.
        if (!restepAlone(loop, this, coro)) {
          loop._callSoonStep(this);
          return;
        }
      }
      this._afterSend(result, coro.$s === CLOSED);
    } finally {
      loop._leaveTask(this);
    }
  }

  /** @internal The coroutine raised `e` (not StopIteration): a CancelledError cancels the task, anything else fails it. */
  _stepRaised(e: unknown): void {
    if (e instanceof CancelledError) {
      this._cancelledExc = e; // handed out by the first retrieval (TASK-09)
      this._cancel();
    } else this._setException(e);
  }

  /**
   * @internal The rest of Task.__step once the coroutine was resumed: it returned `result`
   * (`returned`), or yielded it. Runs with the task entered (`_currentTask`).
   */
  _afterSend(result: unknown, returned: boolean): void {
    const loop = this._loop;
    if (returned) {
      if (this._mustCancel) {
        // Cancelled right before the coroutine returned.
        this._mustCancel = false;
        this._cancel(this._cancelMessage);
      } else {
        this._setResult(result as T);
      }
      return;
    }
    const blocking = result === null || result === undefined ? undefined : (result as { _asyncio_future_blocking?: unknown })._asyncio_future_blocking;
    if (blocking !== undefined && blocking !== null) {
      const fut = result as Future<unknown>;
      if (getLoopOf(fut) !== loop) {
        const err = new RuntimeError(`Task ${this.__repr__()} got Future ${fut.__repr__()} attached to a different loop`);
        loop._callSoonIn(taskStep, [this, err], this.getContext());
      } else if (blocking) {
        if (fut === (this as Future<unknown>)) {
          loop._callSoonIn(taskStep, [this, new RuntimeError(`Task cannot await on itself: ${this.__repr__()}`)], this.getContext());
        } else {
          fut._asyncio_future_blocking = false;
          // A subclass overriding addDoneCallback gets the call, as CPython's task does; the
          // base method is entered directly, with the task standing for its wake-up (no options
          // object per await, no closure per task).
          if (fut.addDoneCallback === futureAddDoneCallback) fut._addDoneCallback(this, this.getContext());
          else fut.addDoneCallback(wakeupOf(this), { context: this.getContext() }); // a subclass or a duck-typed future
          this._futWaiter = fut;
          if (this._mustCancel) {
            if (fut.cancel(this._cancelMessage)) this._mustCancel = false;
          }
        }
      } else {
        const err = new RuntimeError(`yield was used instead of yield from in task ${this.__repr__()} with ${pyRepr(fut)}`);
        loop._callSoonIn(taskStep, [this, err], this.getContext());
      }
    } else if (result === undefined || result === null) {
      // A bare yield gives up the rest of this iteration (sleep(0)).
      loop._callSoonStep(this);
    } else if (result instanceof ParkingCoroutine && result.$s === PARKED && result.$task === null) {
      // A wait that is its own waiter parked (waiters.ts): the task is its waiter's task.
      result.$task = this;
      this._futWaiter = result;
      if (this._mustCancel && result.$cancel(this._cancelMessage)) this._mustCancel = false;
    } else if (isGenerator(result)) {
      const err = new RuntimeError(`yield was used instead of yield from for generator in task ${this.__repr__()} with ${pyRepr(result)}`);
      loop._callSoonIn(taskStep, [this, err], this.getContext());
    } else {
      loop._callSoonIn(taskStep, [this, new RuntimeError(`Task got bad yield: ${pyRepr(result)}`)], this.getContext());
    }
  }

  /**
   * @internal The task's plain step (`call_soon(self.__step, context=self._context)`) as the loop
   * runs it: the task is its own entry in the ready queue (events.ts `_callSoonStep`), instead of
   * a Handle and an argument array per task (issue 12: 128 of the bytes of every task). What the
   * Handle did is done here the same way: the step runs in the task's context, and what escapes it
   * is reported with the Handle CPython would have shown (made then, for the report only).
   */
  declare readonly _cancelled: false;

  _run(): void {
    const c = this._context;
    let ctx: Context | null = null;
    try {
      // (a task with no Context object yet steps in the loop's scratch Context holding its values)
      ctx = c instanceof Context ? _enterContext(c) : _enterSnapshot(c);
      this._stepNow();
    } catch (e) {
      if (ctx !== null) {
        if (ctx !== c && ctx._leaked) this._context = ctx;
        ctx = _exitContext(ctx);
      }
      this._reportStepError(e);
    }
    if (ctx !== null) {
      // A ContextVar.set in the step wrote to the scratch: it is the task's context from now on.
      if (ctx !== c && ctx._leaked) this._context = ctx;
      _exitContext(ctx);
    }
  }

  /** @internal The step itself, in the task's context (`_run`). */
  _stepNow(): void {
    const coro = this._coro;
    try {
      if (this._state === "PENDING" && !this._mustCancel && coro instanceof Coroutine && coro.$s >= 0 && this._loop._currentTask === null) this._stepCoroutine(coro);
      else this._step(NO_EXC);
    } finally {
      // A task its first step (always run from here: its own entry in the ready queue) left
      // pending joins the loop's list of pending tasks; one that finished never does (task-list.ts).
      const n = this._name;
      if (typeof n === "number" && n < 0 && this._state === "PENDING") {
        (this as { _name: string | number })._name = -n;
        this._loop._registerTask(this);
      }
    }
  }

  /** @internal What escaped a step, reported with the Handle CPython would have shown (`_run`). */
  _reportStepError(e: unknown): void {
    const loop = this._loop;
    const h = new StepHandle(taskStep, [this], loop, this._context);
    loop.callExceptionHandler({ message: `Exception in callback ${formatCallback(taskStep, [this])}`, exception: e, handle: h });
  }

  /** @internal Task.__wakeup: the awaited future is done; step with its outcome. */
  _wakeup(fut: Future<unknown>): void {
    try {
      fut.result();
    } catch (e) {
      this._step(e); // may be a cancellation; JavaScript may have thrown undefined
      return;
    }
    this._step(NO_EXC);
  }

  /** @internal */
  override _cancel(msg?: unknown): boolean {
    const r = super._cancel(msg);
    if (r) this._loop._unregisterTask(this);
    return r;
  }
  /** @internal */
  override _setResult(result: T): void {
    super._setResult(result);
    this._loop._unregisterTask(this);
  }
  /** @internal */
  override _setException(exception: unknown): void {
    super._setException(exception);
    this._loop._unregisterTask(this);
  }

  /** @internal */
  override _isTask(): boolean {
    return true;
  }

  /**
   * The stack of the task's coroutine: its suspended frame at the line it waits on (as CPython,
   * one frame); once it failed, the frames of its exception's traceback, oldest first (`limit`
   * keeps the oldest); else [].
   */
  getStack(options: { limit?: number } = {}): StackFrame[] {
    const limit = options.limit;
    if (this._hasException && this._exception !== null && typeof this._exception === "object") {
      const tb = extractTraceback(this._exception);
      return limit === undefined ? tb : tb.slice(0, Math.max(0, limit));
    }
    const c = this._coro as { cr_frame?: unknown; gi_frame?: unknown; ag_frame?: unknown };
    const f = (c.cr_frame ?? c.gi_frame ?? c.ag_frame ?? null) as { name?: string; qualname?: string; file?: string; line?: number } | null;
    if (f === null || (options.limit !== undefined && options.limit <= 0)) return [];
    return [{ name: f.name ?? "", file: f.file ?? "", line: f.line ?? 0 }];
  }

  /** Print the stack (or "No stack for ...") to `file` (default: process.stderr), as CPython. */
  printStack(options: { limit?: number; file?: { write(s: string): unknown } } = {}): void {
    const out = options.file ?? process.stderr;
    const frames = this.getStack({ limit: options.limit });
    const exc = this._hasException ? this._exception : undefined;
    if (frames.length === 0) out.write(`No stack for ${this.__repr__()}\n`);
    else if (exc !== undefined) out.write(`Traceback for ${this.__repr__()} (most recent call last):\n`);
    else out.write(`Stack for ${this.__repr__()} (most recent call last):\n`);
    for (const f of frames) {
      out.write(`  File "${f.file}", line ${f.line}, in ${f.name}\n`);
      const src = sourceLine(f.file, f.line);
      if (src) out.write(`    ${src}\n`);
    }
    if (exc !== undefined) out.write(formatExceptionOnly(exc));
  }

  /** @internal */
  override _reprInfo(): string[] {
    const info = super._reprInfo();
    if (this._numCancelsRequested > 0 && !this.done()) info[0] = "cancelling";
    info.splice(1, 0, `name=${pyRepr(this.getName())}`);
    info.splice(2, 0, `coro=<${formatCoroutine(this._coro)}>`);
    const w = this._futWaiter;
    if (w !== null) info.splice(3, 0, `wait_for=${w instanceof ParkingCoroutine ? w.$waiterRepr() : w.__repr__()}`);
    return info;
  }
}

/** A task in the ready queue is never a cancelled handle (the queue's entries: `{ _cancelled, _run() }`). */
(Task.prototype as { _cancelled?: boolean })._cancelled = false;

/** asyncio.current_task(): the task running on `loop` (default: the running loop), or null. */
export function currentTask(loop?: EventLoop): Task<unknown> | null {
  return (loop ?? getRunningLoop())._currentTask;
}

/** asyncio.all_tasks(): the pending tasks of `loop` (default: the running loop). */
export function allTasks(loop?: EventLoop): Set<Task<unknown>> {
  const l = loop ?? getRunningLoop();
  const out = new Set<Task<unknown>>();
  for (const t of l._tasks) if (!t.done()) out.add(t);
  return out;
}

/** asyncio.create_task(coro, { name, context }): schedule `coro` on the running loop. */
export function createTask<T>(coro: Awaitable<T> | CoroutineLike, options?: TaskOptions): Task<T> {
  const loop = getRunningLoop();
  // (as CPython's, the name is set after the task got its default one: the Task-N counter moves)
  if (options === undefined || options.name === undefined || options.name === null) return loop.createTask<T>(coro as CoroutineLike, options);
  const task = loop.createTask<T>(coro as CoroutineLike, { signal: options.signal, context: options.context });
  task.setName(options.name);
  return task;
}

/** The coroutine ensure_future wraps around a non-coroutine awaitable (`_wrap_awaitable`). */
function wrapAwaitable(aw: unknown): LoopCoroutine<unknown> {
  return new LoopCoroutine(delegateTo(awaitIter(aw)), "_wrap_awaitable");
}

/**
 * asyncio.ensure_future: a Future is returned as is; a coroutine (or any awaitable) is wrapped in a
 * task; a JavaScript thenable is bridged with wrapFuture. Else TypeError.
 */
export function ensureFuture<T>(x: Awaitable<T>, options?: { loop?: EventLoop }): Future<T>;
export function ensureFuture<T = unknown>(x: unknown, options?: { loop?: EventLoop }): Future<T>;
export function ensureFuture<T>(x: unknown, options: { loop?: EventLoop } = {}): Future<T> {
  const loop = options.loop;
  if (isFuture(x)) {
    if (loop !== undefined && loop !== getLoopOf(x)) {
      throw new ValueError("The future belongs to a different loop than the one specified as the loop argument");
    }
    return x as Future<T>;
  }
  let coro: CoroutineLike;
  let wrapped = false;
  if (isCoroutine(x)) coro = x;
  else if (isAwaitable(x)) {
    coro = wrapAwaitable(x);
    wrapped = true;
  } else if (isThenable(x)) {
    return wrapFuture(x as PromiseLike<T>, { loop: loop ?? getEventLoop() });
  } else {
    throw new TypeError("An asyncio.Future, a coroutine or an awaitable is required");
  }
  const l = loop ?? getEventLoop();
  try {
    return l.createTask<T>(coro);
  } catch (e) {
    if (!wrapped && e instanceof RuntimeError) coro.close();
    throw e;
  }
}

/**
 * asyncio.run_coroutine_threadsafe(coro, loop): schedule `coro` on `loop` from outside it (plain
 * JavaScript between the loop's batches, a Node callback) and get an ExecutorFuture of its outcome.
 */
export function runCoroutineThreadsafe<T>(coro: unknown, loop: EventLoop): ExecutorFuture<T> {
  if (!isCoroutine(coro)) throw new TypeError("A coroutine object is required");
  const future = new ExecutorFuture<T>();
  const callback = () => {
    try {
      chainFuture(loop.createTask(coro), future as ExecutorFuture<unknown>); // ensure_future(coro, loop=loop)
    } catch (exc) {
      if (future.setRunningOrNotifyCancel()) future.setException(exc);
      throw exc;
    }
  };
  loop.callSoonThreadsafe(callback);
  return future;
}
