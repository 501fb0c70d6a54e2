// asyncio.Future: a result that will exist later, and the only thing a task ever waits on.
//
// Why this file exists: every wake-up in asyncio goes through a future's done callbacks, scheduled
// with `loop.call_soon` and never called synchronously (FUT-05), so the future decides the loop's
// iteration counts (ORD-03/04). States, messages and the await protocol follow CPython 3.11's C
// implementation (FUT-01..06): `__await__` yields the future itself once with
// `_asyncio_future_blocking = true` (that is how a Task knows to wait for it), then returns
// `result()`. A future is also a thenable, so plain async JavaScript can `await` it; that path
// resolves a native promise directly and adds nothing to the loop's queues.

import { CancelledError, InvalidStateError, RuntimeError, StopIteration } from "../core/errors.js";
import { Context, type VarMap, _enterContext, _enterSnapshot, _exitContext, _snapshot } from "../objects/contextvars.js";
import { Handle, _reportCallbackError } from "./handles.js";
import { excRepr, formatCallback, pyRepr, showRepr } from "../core/repr.js";
import { ExecutorFuture } from "./concurrent.js";
import { _getRunningLoop, getEventLoop } from "./state.js";
import { CLOSED, Frame, frameKind } from "../core/frame.js";
import { installHost } from "../objects/host.js";
import { retrieved, watchUnretrieved } from "./unretrieved.js";
import type { EventLoop } from "./events.js";

export type FutureState = "PENDING" | "CANCELLED" | "FINISHED";

/** A done callback: called (through the loop) with the future. */
export type DoneCallback<F> = (fut: F) => unknown;
// (methods taking callbacks are bivariant, so a Future<T> is usable where a Future<unknown> is expected)

/** Task.__wakeup as a loop callback, `(task, fut) => void` (tasks.ts, which imports this file, installs it). */
let taskWakeup: Function = () => {
  throw new Error("pycoro: internal error: a task waits on a future before tasks.ts loaded");
};
/** @internal */
export function _installTaskWakeup(fn: Function): void {
  taskWakeup = fn;
}

/** Native promise settlement hooks of `then` (created lazily, outside the loop's queues). */
interface Settle {
  resolve(v: unknown): void;
  reject(e: unknown): void;
  promise: Promise<unknown>;
}

/**
 * The fields of a Future (and Task) that most never set, kept out of the object itself (issue 12:
 * a Task was 152 bytes, 48 of them these six fields, and a spawned task that completes in one
 * step never sets any; 112 bytes then). Made by the first non-default write (`Future._rare`),
 * which moves the done callbacks here: the future's one field `_cbx` holds either its callbacks
 * or this object (issue 12: a field for this object alone was 8 more bytes of every task).
 */
export class FutureRare {
  /** the done callbacks (`Future._callbacks`) once this object exists */
  callbacks: Callbacks;
  /** the message of cancel(msg) */
  cancelMessage: unknown = undefined;
  /** the native promise of `then` */
  settle: Settle | null = null;
  /** an exception not yet retrieved (ERR-01/02) */
  logTraceback = false;
  /** a task's pending cancellation requests (`cancelling()`) */
  cancels = 0;
  /** a task to be cancelled at its next step (Task `_mustCancel`) */
  mustCancel = false;
  /** the future finished with an exception (in `_result`); made with `logTraceback` set */
  hasException = false;

  constructor(callbacks: Callbacks) {
    this.callbacks = callbacks;
  }
}

/** What `_callbacks` holds: one DoneCall (or a SharedDoneCall) alone, an array of them, or null. */
type Callbacks = DoneCall | SharedDoneCall | (DoneCall | SharedDoneCall)[] | null;

/** Python's `Future` (asyncio.futures.Future). T is the result type. */
export class Future<T = unknown> {
  /** @internal */ declare _state: FutureState;
  /**
   * @internal the result; the exception when `_hasException`; a cancelled task's saved
   * CancelledError (`_cancelledExc`); what a pending task waits on (tasks.ts `_futWaiter`). One
   * field for the four (issue 12: every field is 8 bytes of every task; a parked task is to weigh
   * no more than a parked native async function)
   */
  declare _result: T | undefined;
  /** @internal */ declare _loop: EventLoop;
  /**
   * @internal the done callbacks, FIFO, each with the context it runs in (a VarMap is an implicit
   * copy), as the DoneCall the loop will run (issue 12: no array per callback, no Handle when
   * done); one DoneCall alone (most futures have one or none), an array of them, or null. A Task
   * as a callback is that task's wake-up (`_addDoneCallback`). Read and written through
   * `_callbacks`: this field holds them, or the FutureRare that holds them once it exists — what
   * few futures ever need, a cancel message, a settled JavaScript promise, the "never retrieved"
   * flag, an exception, a task's cancel requests, made when first set and read through the
   * accessors below (`_x`). Issue 12: six fields were 48 bytes of every spawned task, and their
   * own field 8 more.
   */
  declare _cbx: Callbacks | FutureRare;
  /**
   * Set by `__await__` just before it yields the future to the task driving the awaiting
   * coroutine; the task resets it. Its presence (not null) is also asyncio's duck-type marker.
   */
  declare _asyncio_future_blocking: boolean;

  /**
   * `loop` (internal) is the loop when the caller has it at hand: no options object per task (tasks.ts).
   * The fields are declared (`declare`) and assigned here, not initialised as class fields: V8
   * defines class fields one by one (define semantics, through the class's field initialiser),
   * and assignments in the constructor cost less. Issue 12: creating a task (peers "spawn", a
   * Task per coroutine) 58 -> 42 ns of CPU, with the Task's fields done the same way (tasks.ts;
   * 128 MB young generation so that no scavenge lands in the samples, 10 alternating pairs).
   */
  constructor(options?: { loop?: EventLoop }, loop?: EventLoop) {
    this._state = "PENDING";
    this._result = undefined;
    this._loop = loop ?? options?.loop ?? getEventLoop();
    this._cbx = null;
  }

  /** @internal The done callbacks (in `_cbx`, or in the FutureRare there). */
  get _callbacks(): Callbacks {
    const c = this._cbx;
    return c instanceof FutureRare ? c.callbacks : c;
  }
  set _callbacks(cbs: Callbacks) {
    const c = this._cbx;
    if (c instanceof FutureRare) c.callbacks = cbs;
    else this._cbx = cbs;
  }

  /** @internal The side object of the rare fields (in `_cbx`), or null while there is none. */
  get _x(): FutureRare | null {
    const c = this._cbx;
    return c instanceof FutureRare ? c : null;
  }

  /** @internal The cancel message (`_x`). */
  get _cancelMessage(): unknown {
    const x = this._x;
    return x === null ? undefined : x.cancelMessage;
  }
  set _cancelMessage(msg: unknown) {
    if (msg !== undefined || this._x !== null) this._rare().cancelMessage = msg;
  }

  /** @internal The native promise settlement hooks of `then` (`_x`), or null. */
  get _settle(): Settle | null {
    const x = this._x;
    return x === null ? null : x.settle;
  }
  set _settle(s: Settle | null) {
    if (s !== null || this._x !== null) this._rare().settle = s;
  }

  /** @internal "... exception was never retrieved" bookkeeping (ERR-01/02; reported by unretrieved.ts; `_x`). */
  get _logTraceback(): boolean {
    const x = this._x;
    return x !== null && x.logTraceback;
  }
  set _logTraceback(on: boolean) {
    if (on || this._x !== null) this._rare().logTraceback = on;
  }

  /**
   * @internal The future finished with an exception, kept in `_result` (`_x`: a future gets its
   * side object when its exception is set anyway, for the never-retrieved flag).
   */
  get _hasException(): boolean {
    const x = this._x;
    return x !== null && x.hasException;
  }

  /** @internal The side object of the rare fields, made when first needed. */
  _rare(): FutureRare {
    const c = this._cbx;
    if (c instanceof FutureRare) return c;
    const x = new FutureRare(c);
    this._cbx = x;
    return x;
  }

  /** The loop this future belongs to. */
  getLoop(): EventLoop {
    return this._loop;
  }

  /** @internal The exception (kept in `_result`). */
  get _exception(): unknown {
    return this._hasException ? this._result : undefined;
  }

  /**
   * @internal A saved CancelledError (tasks): handed out by the first retrieval only (TASK-09).
   * Kept in `_result`, which a cancelled future does not use otherwise; read only once cancelled
   * (while pending, a task's `_result` is its `_futWaiter`).
   */
  get _cancelledExc(): unknown {
    return this._state === "CANCELLED" ? this._result : undefined;
  }
  set _cancelledExc(e: unknown) {
    (this as { _result: unknown })._result = e;
  }

  /** @internal `_make_cancelled_error`: the saved CancelledError once, then fresh ones. */
  _makeCancelledError(): unknown {
    const exc = this._cancelledExc;
    if (exc === undefined) return this._newCancelledError();
    this._cancelledExc = undefined;
    return exc;
  }

  /** @internal A new CancelledError with the cancel message, if any. */
  _newCancelledError(): CancelledError {
    const msg = this._cancelMessage;
    return msg === undefined || msg === null ? new CancelledError() : new CancelledError(String(msg));
  }

  /** Cancel: False if already done, else mark cancelled, schedule the callbacks, True. */
  cancel(msg?: unknown): boolean {
    return this._cancel(msg);
  }

  /** @internal Future.cancel (tasks override `cancel` but finish with this one). */
  _cancel(msg?: unknown): boolean {
    this._retrieved();
    if (this._state !== "PENDING") return false;
    this._state = "CANCELLED";
    this._cancelMessage = msg;
    this._scheduleCallbacks();
    return true;
  }

  /** @internal Ask the loop to call every callback (FIFO); settle the JavaScript promise, if any. */
  _scheduleCallbacks(): void {
    const c = this._cbx;
    let cbs: Callbacks;
    let x: FutureRare | null = null;
    if (c instanceof FutureRare) {
      x = c;
      cbs = c.callbacks;
      c.callbacks = null;
    } else {
      cbs = c;
      if (c !== null) this._cbx = null;
    }
    if (cbs !== null) {
      const loop = this._loop;
      if (!(cbs instanceof Array)) queueCallback(loop, cbs, this);
      else for (let i = 0; i < cbs.length; i++) queueCallback(loop, cbs[i], this);
    }
    if (x !== null && x.settle !== null) this._settleNow(x.settle);
  }

  cancelled(): boolean {
    return this._state === "CANCELLED";
  }

  done(): boolean {
    return this._state !== "PENDING";
  }

  /** The result; raises the exception, CancelledError, or InvalidStateError('Result is not set.'). */
  result(): T {
    if (this._state === "CANCELLED") throw this._makeCancelledError();
    if (this._state !== "FINISHED") throw new InvalidStateError("Result is not set.");
    this._retrieved();
    if (this._hasException) throw this._result;
    return this._result as T;
  }

  /** The exception (None if the future has a result); CancelledError / InvalidStateError as result(). */
  exception(): unknown {
    if (this._state === "CANCELLED") throw this._makeCancelledError();
    if (this._state !== "FINISHED") throw new InvalidStateError("Exception is not set.");
    this._retrieved();
    return this._hasException ? this._result : undefined;
  }

  /**
   * Call `fn(future)` through the loop once done (at once via call_soon if already done), in
   * `options.context` (default: a copy of the current context, taken now).
   */
  addDoneCallback(fn: DoneCallback<Future<T>>, options?: { context?: Context | null }): void {
    this._addDoneCallback(fn, options?.context ?? null);
  }

  /**
   * @internal add_done_callback(fn, context=context) without an options object. `fn` may be a task
   * waiting on this future: it stands for its wake-up (tasks.ts `taskWakeup`).
   */
  _addDoneCallback(fn: Function | Future<unknown>, context: Context | null): void {
    const dc = new DoneCall(fn as Function | Task<unknown>, this, context ?? _snapshot());
    if (this._state !== "PENDING") queueDoneCall(this._loop, dc);
    else this._appendCallback(dc);
  }

  /**
   * @internal add_done_callback of one callback (and context) shared by many futures — gather's
   * children — without a DoneCall per future until one is queued (`SharedDoneCall`).
   */
  _addSharedCallback(sc: SharedDoneCall): void {
    if (this._state !== "PENDING") queueCallback(this._loop, sc, this);
    else this._appendCallback(sc);
  }

  /** @internal Append to the done callbacks (the future is pending). */
  _appendCallback(dc: DoneCall | SharedDoneCall): void {
    const cbs = this._callbacks;
    if (cbs === null) this._callbacks = dc;
    else if (!(cbs instanceof Array)) this._callbacks = [cbs, dc];
    else cbs.push(dc);
  }

  /** Remove every registration of `fn`; returns how many were removed. */
  removeDoneCallback(fn: DoneCallback<Future<T>>): number {
    const all = this._callbackList();
    if (all.length === 0) return 0;
    const kept = all.filter((dc) => dc._callback !== fn);
    const removed = all.length - kept.length;
    if (removed) this._callbacks = kept.length === 0 ? null : kept.length === 1 ? kept[0] : kept;
    return removed;
  }

  /** The done callbacks as a list (`_callbacks` holds one alone, an array, or null). */
  private _callbackList(): readonly (DoneCall | SharedDoneCall)[] {
    const cbs = this._callbacks;
    return cbs === null ? [] : !(cbs instanceof Array) ? [cbs] : cbs;
  }

  /** @internal Is `fn` one of the done callbacks? (gather: a child passed twice) */
  _hasCallback(fn: Function): boolean {
    const cbs = this._callbacks;
    if (cbs === null) return false;
    if (!(cbs instanceof Array)) return cbs._callback === fn;
    for (let i = 0; i < cbs.length; i++) if (cbs[i]._callback === fn) return true;
    return false;
  }

  /** Mark done with a result; InvalidStateError('invalid state') if already done. */
  setResult(result: T): void {
    this._setResult(result);
  }

  /** @internal */
  _setResult(result: T): void {
    if (this._state !== "PENDING") throw new InvalidStateError("invalid state");
    this._result = result;
    this._state = "FINISHED";
    this._scheduleCallbacks();
  }

  /**
   * Mark done with an exception (an Error instance, or an Error class to instantiate).
   * StopIteration and non-exceptions are rejected with TypeError (FUT-03).
   */
  setException(exception: unknown): void {
    if (this._state !== "PENDING") throw new InvalidStateError("invalid state");
    if (typeof exception === "function" && (exception === Error || exception.prototype instanceof Error)) {
      exception = new (exception as new () => Error)();
    }
    if (!(exception instanceof Error)) throw new TypeError("invalid exception object");
    if (exception.constructor === StopIteration) {
      throw new TypeError("StopIteration interacts badly with generators and cannot be raised into a Future");
    }
    this._setException(exception);
  }

  /** @internal Any thrown JavaScript value is accepted here (a task's coroutine may throw a string). */
  _setException(exception: unknown): void {
    if (this._state !== "PENDING") throw new InvalidStateError("invalid state");
    this._result = exception as T;
    this._rare().hasException = true;
    this._state = "FINISHED";
    this._scheduleCallbacks();
    this._logTraceback = true;
    watchUnretrieved(this, this._loop, this._isTask(), exception, this.__repr__());
  }

  /** @internal The exception was retrieved (or the future cancelled): nothing to report (ERR-01/02). */
  _retrieved(): void {
    const x = this._x;
    if (x === null || !x.logTraceback) return;
    x.logTraceback = false;
    retrieved(this);
  }

  /** @internal Tasks say "Task exception was never retrieved". */
  _isTask(): boolean {
    return false;
  }

  /** The await protocol (FUT-06): yields this future once if pending, then returns result(). */
  __await__(): FutureIter<T> {
    return new FutureIter(this);
  }

  /** JavaScript interop: `await fut` in plain async code. Does not count as retrieving a CancelledError. */
  then<T1 = T, T2 = never>(
    onfulfilled?: ((value: T) => T1 | PromiseLike<T1>) | null,
    onrejected?: ((reason: unknown) => T2 | PromiseLike<T2>) | null,
  ): Promise<T1 | T2> {
    let s = this._settle;
    if (s === null) {
      let resolve!: (v: unknown) => void;
      let reject!: (e: unknown) => void;
      const promise = new Promise<unknown>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      s = this._settle = { resolve, reject, promise };
      if (this._state !== "PENDING") this._settleNow(s);
    }
    return (s.promise as Promise<T>).then(onfulfilled, onrejected);
  }

  /** @internal */
  _settleNow(s: Settle): void {
    if (this._state === "FINISHED") {
      if (this._hasException) {
        this._retrieved();
        s.reject(this._result);
      } else s.resolve(this._result);
    } else if (this._state === "CANCELLED") {
      // Peek, do not consume: the first Python-level retrieval still gets the original (TASK-09).
      s.reject(this._cancelledExc ?? this._newCancelledError());
    }
  }

  /** @internal The words after the class name in the repr (base_futures._future_repr_info). */
  _reprInfo(): string[] {
    const info: string[] = [this._state.toLowerCase()];
    if (this._state === "FINISHED") {
      if (this._hasException) info.push(`exception=${excRepr(this._result)}`);
      else info.push(`result=${pyRepr(this._result, true)}`);
    }
    const cbs = this._callbackList();
    if (cbs.length > 0) {
      const n = cbs.length;
      const f = (i: number) => {
        const cb = cbs[i]._callback;
        return typeof cb === "function" ? formatCallback(cb, []) : "Task.task_wakeup()";
      };
      let s: string;
      if (n === 1) s = f(0);
      else if (n === 2) s = `${f(0)}, ${f(1)}`;
      else s = `${f(0)}, <${n - 2} more>, ${f(n - 1)}`;
      info.push(`cb=[${s}]`);
    }
    return info;
  }

  /** `<Future pending>`, `<Future finished result=42>`, `<Future cancelled>` ... */
  __repr__(): string {
    return `<${this.constructor.name} ${this._reprInfo().join(" ")}>`;
  }
}
showRepr(Future.prototype);
Future.prototype._asyncio_future_blocking = false;

/**
 * The iterator of `Future.__await__`, as CPython's C `FutureIter` (the one asyncio uses; futures.py's
 * generator differs): each next() while the future is pending yields it, marked
 * `_asyncio_future_blocking`, unless it is marked already — then "await wasn't used with future"
 * (a future handed out and not taken by a task; a second send before it is done); once it is
 * done, its result (the iterator lets go of it first: its next next() ends at once). A task
 * clears the mark of the future it takes, so a send by hand to a coroutine whose task waits on
 * the future yields it again. Fixture `asyncio/wait-by-hand-next`.
 */
export class FutureIter<T> implements Iterator<unknown, T, unknown> {
  constructor(private fut: Future<T> | null) {}

  /** @internal the future, until the iterator let go of it (`cr_await` of a LoopCoroutine delegating to it) */
  get _fut(): Future<T> | null {
    return this.fut;
  }

  next(_v?: unknown): IteratorResult<unknown, T> {
    const fut = this.fut;
    if (fut === null) return { value: undefined as T, done: true };
    if (fut._state === "PENDING") {
      if (fut._asyncio_future_blocking) throw new RuntimeError("await wasn't used with future");
      fut._asyncio_future_blocking = true;
      return { value: fut, done: false };
    }
    this.fut = null;
    return { value: fut.result(), done: true };
  }

  throw(e: unknown): IteratorResult<unknown, T> {
    this.fut = null;
    throw e;
  }

  return(v?: unknown): IteratorResult<unknown, T> {
    this.fut = null;
    return { value: v as T, done: true };
  }

  [Symbol.iterator](): this {
    return this;
  }
}

/** `asyncio.isfuture`: a Future, or an object whose class advertises the future protocol. */
export function isFuture(x: unknown): x is Future<unknown> {
  if (x instanceof Future) return true;
  if (x === null || typeof x !== "object") return false;
  const proto = Object.getPrototypeOf(x);
  return proto !== null && "_asyncio_future_blocking" in proto && (x as Future)._asyncio_future_blocking != null;
}

/**
 * True if the (done, not cancelled) future holds an exception; marks it retrieved like exception().
 * pycoro's futures say so themselves (JavaScript may throw undefined or null); a duck-typed future
 * is taken at its word: None means no exception.
 */
export function hasException(fut: { exception(): unknown; _hasException?: boolean }): boolean {
  const exc = fut.exception();
  const has = fut._hasException;
  return typeof has === "boolean" ? has : exc !== undefined && exc !== null;
}

/** `futures._get_loop`. */
export function getLoopOf(fut: Future<unknown>): EventLoop {
  return typeof fut.getLoop === "function" ? fut.getLoop() : fut._loop;
}

/** `futures._set_result_unless_cancelled` (sleep's timer callback). */
export function setResultUnlessCancelled<T>(fut: Future<T>, result: T): void {
  if (fut.cancelled()) return;
  fut.setResult(result);
}
Object.defineProperty(setResultUnlessCancelled, "__qualname__", { value: "_set_result_unless_cancelled" });

/**
 * `asyncio.wrap_future` for JavaScript: a Future of `loop` that takes the outcome of an
 * ExecutorFuture (concurrent.ts), or of a promise (or any thenable) when it settles, delivered through `call_soon_threadsafe` like a result from another
 * thread. A Future is returned unchanged. Cancelling the Future does not cancel the promise.
 */
export function wrapFuture<T>(p: PromiseLike<T> | Future<T> | ExecutorFuture<T>, options: { loop?: EventLoop } = {}): Future<T> {
  if (isFuture(p)) return p as Future<T>;
  const loop = options.loop ?? getEventLoop();
  // A concurrent future: chained as asyncio does (cancelling the Future cancels a job not started).
  if (p instanceof ExecutorFuture) return wrapExecutorFuture(p, loop);
  const fut = loop.createFuture<T>();
  const done = loop._bridgeStarted();
  const deliver = (ok: boolean, v: unknown) => {
    done();
    if (loop.isClosed()) return;
    loop.callSoonThreadsafe(copyOutcome, fut, ok, v);
  };
  Promise.resolve(p).then(
    (v) => deliver(true, v),
    (e) => deliver(false, e),
  );
  return fut;
}

function copyOutcome(fut: Future<unknown>, ok: boolean, v: unknown): void {
  if (fut.cancelled()) return;
  if (ok) fut._setResult(v);
  else fut._setException(v);
}
Object.defineProperty(copyOutcome, "__qualname__", { value: "_copy_future_state" });

/** `futures._copy_future_state` (source done, destination an asyncio Future). */
function copyState(source: ExecutorFuture<unknown> | Future<unknown>, dest: Future<unknown>): void {
  if (dest.cancelled()) return;
  if (source.cancelled()) dest.cancel();
  else if (hasException(source)) dest._setException(source.exception()); // as thrown: a job may throw 42 or undefined
  else dest._setResult(source.result());
}

/** `futures._set_concurrent_future_state` (source an asyncio Future, destination concurrent). */
function setConcurrentState(dest: ExecutorFuture<unknown>, source: Future<unknown>): void {
  if (source.cancelled()) dest.cancel();
  if (!dest.setRunningOrNotifyCancel()) return;
  if (hasException(source)) dest.setException(source.exception());
  else dest.setResult(source.result());
}

type AnyFuture = ExecutorFuture<unknown> | Future<unknown>;

/**
 * `futures._chain_future(source, destination)`: copy source's outcome to destination (through the
 * destination loop's call_soon_threadsafe when the loops differ); a cancelled destination cancels
 * the source (which a running job refuses, EXEC-02).
 */
export function chainFuture(source: AnyFuture, destination: AnyFuture): void {
  const sourceLoop: EventLoop | null = isFuture(source) ? (source as Future<unknown>).getLoop() : null;
  const destLoop: EventLoop | null = isFuture(destination) ? (destination as Future<unknown>).getLoop() : null;
  const setState = (future: AnyFuture, other: AnyFuture) => {
    if (future instanceof ExecutorFuture) setConcurrentState(future, other as Future<unknown>);
    else copyState(other, future);
  };
  Object.defineProperty(setState, "__qualname__", { value: "_chain_future.<locals>._set_state" });
  const callCheckCancel = (dest: AnyFuture) => {
    if (!dest.cancelled()) return;
    if (sourceLoop === null || sourceLoop === destLoop) source.cancel();
    else sourceLoop.callSoonThreadsafe(() => source.cancel());
  };
  const callSetState = (src: AnyFuture) => {
    if (destination.cancelled() && destLoop !== null && destLoop.isClosed()) return;
    if (destLoop === null || destLoop === sourceLoop) setState(destination, src);
    else {
      if (destLoop.isClosed()) return;
      destLoop.callSoonThreadsafe(setState, destination, src);
    }
  };
  // CPython's names in reprs (`<Future pending cb=[_chain_future.<locals>._call_check_cancel()]>`).
  Object.defineProperty(callCheckCancel, "__qualname__", { value: "_chain_future.<locals>._call_check_cancel" });
  Object.defineProperty(callSetState, "__qualname__", { value: "_chain_future.<locals>._call_set_state" });
  (destination.addDoneCallback as (fn: (f: AnyFuture) => void) => void).call(destination, callCheckCancel);
  (source.addDoneCallback as (fn: (f: AnyFuture) => void) => void).call(source, callSetState);
}

/**
 * `asyncio.wrap_future` for an ExecutorFuture: an asyncio Future of `loop` that takes its outcome.
 * While the job is in flight the loop counts it (a virtual clock does not jump past it, batches.ts).
 */
export function wrapExecutorFuture<T>(cf: ExecutorFuture<T>, loop: EventLoop): Future<T> {
  const fut = loop.createFuture<T>();
  if (!cf.done()) {
    loop._threadJobs += 1;
    cf.addDoneCallback(() => {
      loop._threadJobs -= 1;
    });
  }
  chainFuture(cf as ExecutorFuture<unknown>, fut as Future<unknown>);
  return fut;
}

/**
 * `await fut` for a pycoro loop Future (or Task) whose `__await__` is Future's own: the same steps
 * as its `FutureIter` (FUT-06: yield the future, marked `_asyncio_future_blocking`, while it is
 * pending — "await wasn't used with future" if it is marked already; then its result), as one
 * small foreign frame instead of an iterator and its adapter. `cr_await` shows the future.
 */
export class FutureAwait extends Frame {
  declare readonly fut: Future<unknown>;

  constructor(fut: Future<unknown>) {
    super();
    this.$s = 1;
    (this as { fut: Future<unknown> }).fut = fut;
  }

  $step(_s: number, v: unknown, m: number): unknown {
    if (m !== 0) throw v;
    const fut = this.fut;
    if (!fut.done()) {
      // FutureIter's rule: yield it unless already marked (then it was not taken by a task)
      if (fut._asyncio_future_blocking) throw new RuntimeError("await wasn't used with future");
      fut._asyncio_future_blocking = true;
      this.$s = 2;
      return fut;
    }
    return fut.result();
  }

  get it(): Future<unknown> {
    return this.fut;
  }

  get $throws(): boolean {
    return true;
  }

  $closeIter(): void {
    this.$s = CLOSED;
  }
}
frameKind(FutureAwait, { kind: "FutureIter", foreign: true });

// The loop's part of the host seam (objects/host.ts) that futures define: `await fut`'s fast path
// for a future (or task) that does not override `__await__`, and `await thenable` in a coroutine
// while a loop runs (the task parks on a bridged future, marked blocking as `__await__` does).
installHost({
  futureAwait: Future.prototype.__await__,
  awaitFuture: (x) => (x instanceof Future ? new FutureAwait(x) : null),
  bridgeThenable(x) {
    const loop = _getRunningLoop();
    if (loop === null) return null;
    const f = wrapFuture(x, { loop });
    f._asyncio_future_blocking = true;
    return f;
  },
});

/** What DoneCall needs of a task waiting on a future (tasks.ts; a type only: tasks.ts imports this file). */
interface Task<T> extends Future<T> {
  _wakeup(fut: Future<unknown>): void;
}

/**
 * A done callback, made by add_done_callback and queued as it is by the loop when the future is
 * done: `call_soon(cb, fut, context=ctx)` of Future.__schedule_callbacks without a Handle and an
 * argument array, and no [cb, ctx] pair before (issue 12: 112 of the 523 bytes of each spawned and
 * gathered task were those; bench/lib/peers.mjs "spawn"). Same FIFO place
 * and context as the Handle; nobody but the queue sees it (that call_soon's Handle is discarded),
 * so it is never cancelled; what the callback throws is reported with the Handle CPython would
 * have shown, made then. A debug loop still gets Handles (its slow-callback warning shows them).
 */
class DoneCall {
  declare readonly _cancelled: false;
  constructor(
    readonly _callback: Function | Task<unknown>,
    readonly _fut: Future<unknown>,
    readonly _context: Context | VarMap,
  ) {}

  _run(): void {
    const cb = this._callback, c = this._context;
    let ctx: Context | null = null;
    try {
      ctx = c instanceof Context ? _enterContext(c) : _enterSnapshot(c);
      // a task waiting on the future stands for its wake-up (tasks.ts `taskWakeup`)
      if (typeof cb === "function") cb(this._fut);
      else cb._wakeup(this._fut);
    } catch (e) {
      if (ctx !== null) ctx = _exitContext(ctx);
      _reportCallbackError(this._handle(), e);
    }
    if (ctx !== null) _exitContext(ctx);
  }

  /** The callback and arguments of CPython's call_soon: `cb(fut)`, or for a waiting task `task_wakeup(task, fut)`. */
  _call(): [Function, unknown[]] {
    const cb = this._callback, fut = this._fut;
    return typeof cb === "function" ? [cb, [fut]] : [taskWakeup, [cb, fut]];
  }

  /** The Handle CPython's call_soon would have queued (for reports and reprs only). */
  _handle(): Handle {
    const [callback, args] = this._call();
    return new Handle(callback, args, this._fut._loop, this._context);
  }

  __repr__(): string {
    return this._handle().__repr__();
  }
}
Object.defineProperty(DoneCall.prototype, "_cancelled", { value: false });

/**
 * One done callback with its context, registered on many futures (gather's children): no DoneCall
 * per future while they are pending, one made only when a future's callback is queued. `_skip`,
 * if given, is asked first when a future finishes (outside debug mode): true means the callback
 * has nothing observable to do for it and the caller has done its part already, so nothing is
 * queued (gather counts a child that finished with a result while others are still pending; the
 * child that finishes last queues the call that completes the gather, in the same FIFO place as
 * before). Issue 12: a DoneCall per child and its trip through the ready queue were 48 bytes and
 * about a fifth of the CPU time of each spawned and gathered task.
 */
export class SharedDoneCall {
  constructor(
    readonly _callback: Function,
    readonly _context: Context | VarMap,
    readonly _skip: ((fut: Future<unknown>) => boolean) | null,
  ) {}
}

/** Queue the done callback `cb` of `fut`, which just finished (or was already done). */
function queueCallback(loop: EventLoop, cb: DoneCall | SharedDoneCall, fut: Future<unknown>): void {
  if (cb instanceof DoneCall) queueDoneCall(loop, cb);
  else if (cb._skip === null || loop._debug || !cb._skip(fut)) queueDoneCall(loop, new DoneCall(cb._callback, fut, cb._context));
}

/**
 * `call_soon(cb, fut, context=ctx)` for one done callback, the only place a DoneCall is queued: the
 * DoneCall itself stands in the ready queue; a debug loop gets the Handle CPython queues (its
 * slow-callback warning and callback checks show it).
 */
function queueDoneCall(loop: Future<unknown>["_loop"], dc: DoneCall): void {
  if (loop._debug) {
    const [callback, args] = dc._call();
    loop._callSoonIn(callback, args, dc._context);
    return;
  }
  loop._checkClosed();
  loop._ready.push(dc);
  if (loop._parked) loop._wake();
}
