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
import { Context, copyContext } from "../objects/contextvars.js";
import { Future, chainFuture, getLoopOf, isFuture, wrapFuture } from "./futures.js";
import { ExecutorFuture } from "./concurrent.js";
import { Generator, isGenerator, resume } from "../objects/generator.js";
import { Coroutine } from "../objects/coroutine.js";
import type { Handle } from "./handles.js";
import { LoopCoroutine, SEND_RESULT, awaitIter, delegateTo, isAwaitable, isCoroutine, isThenable, type Awaitable, type CoroutineLike } from "./loop-coroutine.js";
import { extractTraceback, formatExceptionOnly, sourceLine } from "../core/traceback.js";
import { formatCoroutine, pyRepr } from "../core/repr.js";
import { CLOSED, DELEGATE, RAISE, RUNNING } from "../core/frame.js";
import { OP_DELEGATED, drive, escaped } from "../core/driver.js";
import { raisedHere } from "../core/traceback.js";
import { Sleep0Frame, YIELDED as SLEEP_YIELDED, recycleSleep0 } from "./sleep.js";
import { PRE } from "./frame-coroutine.js";
import { _activeLoop, _nextTaskNumber, getEventLoop, getRunningLoop } from "./state.js";
import type { EventLoop } from "./events.js";

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
 * The task's Task.__wakeup as a done callback. Its name, `Task.task_wakeup` as in CPython's reprs, is
 * inferred from the property key: no property to define on every closure.
 */
function wakeupOf(task: Task<unknown>): (fut: Future<unknown>) => void {
  const cb = { "Task.task_wakeup": (fut: Future<unknown>) => task._wakeup(fut) }["Task.task_wakeup"];
  // a bound method's __self__: the slow-callback warning names the task (once per task, not per await)
  (cb as { __self__?: unknown }).__self__ = task;
  return cb;
}

/**
 * `coro.send(None)` for a native coroutine that is not finished, as generator.ts `resume` computes
 * it, with `await sleep(0)` in the task's own coroutine handled here instead of in the driver.
 *
 * The coroutine awaiting `sleep(0)` runs the sleep inline, which must yield to the task: it
 * returns DELEGATE in the state PRE (frame-coroutine.ts), and the driver would push it on a
 * stack, resume it to get its bare yield, and on the next step resume it again for its result
 * and pop it before resuming the coroutine: two trips through the driver per switch, half of
 * a switch's profile (issue 12; `resumeChain` + `runStack` were 49% of the samples at K = 100).
 * Here both ends are two field writes each, with exactly the states the driver leaves: the
 * sleep is the coroutine's `$yf` in state YIELDED while the task is parked (so `cr_await`, the
 * call graph and a throw() — cancellation goes through the driver, which pushes the sleep then
 * — see what they saw before), and is CLOSED, unlinked, with its result sent in, at the next
 * step. Only a sleep no stack holds (`$own === null`) is completed here; a deeper chain (the
 * sleep awaited by a coroutine the task's coroutine awaits) keeps going through the driver.
 */
function sendNone(coro: Coroutine): unknown {
  const s = coro.$s;
  let v: unknown = undefined;
  const c = coro.$yf;
  if (c !== null) {
    if (s <= 0 || (c.constructor as unknown) !== Sleep0Frame || c.$s !== SLEEP_YIELDED || c.$own !== null) return resume(coro, undefined, 0);
    c.$s = CLOSED; // the sleep returns its result
    coro.$yf = null;
    v = (c as unknown as Sleep0Frame).result;
    recycleSleep0(c as unknown as Sleep0Frame);
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
    if (y !== null && (y.constructor as unknown) === Sleep0Frame && y.$s === PRE) {
      y.$s = SLEEP_YIELDED; // its bare yield: the task reschedules its step
      return undefined;
    }
    return drive(coro, OP_DELEGATED, undefined, null, false);
  }
  if (coro.$s <= 0) coro.$s = CLOSED;
  return r;
}

/** A coroutine wrapped in a Future (asyncio.Task). */
export class Task<T = unknown> extends Future<T> {
  /** @internal */ _coro: CoroutineLike;
  /** @internal */ _name: string;
  /** @internal */ _numCancelsRequested = 0;
  /** @internal */ _mustCancel = false;
  /** @internal */ _futWaiter: Future<unknown> | null = null;
  /** @internal the done callback this task puts on the futures it awaits (made on first await) */
  _wakeupCb: ((fut: Future<unknown>) => void) | null = null;
  /** @internal the context its steps run in */ _context: Context;
  /** @internal `[this]`: the arguments of every taskStep Handle without an exception (one array per task, not per step) */
  readonly _stepArgs: readonly [Task<unknown>] = [this];
  /**
   * @internal the Handle of the task's plain steps (`callSoon(step)` without an exception), reused:
   * a task has at most one step scheduled, and the loop drops a handle before running it, so the
   * handle that ran this step can be queued again for the next (a bare yield: no allocation per
   * `sleep(0)` switch; issue 12).
   */
  _stepHandle: Handle | null = null;

  constructor(coro: CoroutineLike, options: TaskOptions & { loop?: EventLoop } = {}) {
    super({ loop: options.loop });
    if (!isCoroutine(coro)) {
      throw new TypeError(`a coroutine was expected, got ${pyRepr(coro)}`);
    }
    this._name = options.name === undefined || options.name === null ? `Task-${_nextTaskNumber()}` : String(options.name);
    this._coro = coro;
    const context = options.context ?? copyContext();
    if (!(context instanceof Context)) {
      // CPython fails later, when the step's Handle calls context.run; fail where the mistake is.
      throw new TypeError(`context must be a contextvars.Context, got ${typeName(context)}`);
    }
    this._context = context;
    this._stepHandle = this._loop._callSoonIn(taskStep, this._stepArgs, this._context);
    this._loop._registerTask(this);
    if (options.signal !== undefined) cancelOnAbort(this, options.signal);
  }

  getCoro(): CoroutineLike {
    return this._coro;
  }

  /** The contextvars Context the task runs in (Task.get_context, 3.12; the `context=` of 3.11). */
  getContext(): Context {
    return this._context;
  }

  getName(): string {
    return this._name;
  }

  setName(value: unknown): void {
    this._name = String(value);
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
    if (this._futWaiter !== null) {
      // Leave _futWaiter: it may be a task that swallows the cancellation (cancel it again later).
      if (this._futWaiter.cancel(msg)) return true;
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
          if (e instanceof CancelledError) {
            this._cancelledExc = e; // handed out by the first retrieval (TASK-09)
            this._cancel();
          } else {
            this._setException(e);
          }
          return;
        }
      }
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
          loop._callSoonIn(taskStep, [this, err], this._context);
        } else if (blocking) {
          if (fut === (this as Future<unknown>)) {
            loop._callSoonIn(taskStep, [this, new RuntimeError(`Task cannot await on itself: ${this.__repr__()}`)], this._context);
          } else {
            fut._asyncio_future_blocking = false;
            const wakeup = (this._wakeupCb ??= wakeupOf(this));
            // A subclass overriding addDoneCallback gets the call, as CPython's task does; the
            // base method is entered directly (no options object per await).
            if (fut.addDoneCallback === futureAddDoneCallback) fut._addDoneCallback(wakeup, this._context);
            else fut.addDoneCallback(wakeup, { context: this._context }); // a subclass or a duck-typed future
            this._futWaiter = fut;
            if (this._mustCancel) {
              if (fut.cancel(this._cancelMessage)) this._mustCancel = false;
            }
          }
        } else {
          const err = new RuntimeError(`yield was used instead of yield from in task ${this.__repr__()} with ${pyRepr(fut)}`);
          loop._callSoonIn(taskStep, [this, err], this._context);
        }
      } else if (result === undefined || result === null) {
        // A bare yield gives up the rest of this iteration (sleep(0)).
        const h = this._stepHandle;
        if (h !== null && !h._cancelled) loop._requeue(h);
        else this._stepHandle = loop._callSoonIn(taskStep, this._stepArgs, this._context);
      } else if (isGenerator(result)) {
        const err = new RuntimeError(`yield was used instead of yield from for generator in task ${this.__repr__()} with ${pyRepr(result)}`);
        loop._callSoonIn(taskStep, [this, err], this._context);
      } else {
        loop._callSoonIn(taskStep, [this, new RuntimeError(`Task got bad yield: ${pyRepr(result)}`)], this._context);
      }
    } finally {
      loop._leaveTask(this);
    }
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
    info.splice(1, 0, `name=${pyRepr(this._name)}`);
    info.splice(2, 0, `coro=<${formatCoroutine(this._coro)}>`);
    if (this._futWaiter !== null) info.splice(3, 0, `wait_for=${this._futWaiter.__repr__()}`);
    return info;
  }
}

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
export function createTask<T>(coro: Awaitable<T> | CoroutineLike, options: TaskOptions = {}): Task<T> {
  const loop = getRunningLoop();
  const task = loop.createTask<T>(coro as CoroutineLike, { signal: options.signal, context: options.context });
  if (options.name !== undefined && options.name !== null) task.setName(options.name);
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
