// concurrent.futures.Future: the outcome of an executor job.
//
// Why this file exists: an executor job's outcome arrives outside the loop (from a worker thread,
// here: a message event of Node's), so asyncio keeps two kinds of future: the executor's
// concurrent.futures.Future, completed by whoever runs the job, whose callbacks run synchronously
// in that caller; and the loop's asyncio Future, whose callbacks go through call_soon. This file is
// the first (`ExecutorFuture`); the bridges live where CPython keeps them: `_chain_future` and
// `wrap_future` in futures.ts (run_in_executor's result, EXEC-01; cancelling the asyncio future
// cancels the job only if it has not started, EXEC-02), `runCoroutineThreadsafe` in tasks.ts
// (EXEC-04). Names and messages are CPython 3.11's (concurrent/futures/_base.py).
//
// JavaScript cannot block the thread, so `result()` / `exception()` cannot wait: on a pending
// future they raise TimeoutError at once (what CPython's `result(timeout=0)` does), and the future
// is a thenable instead, for `await` in plain async code (in a pycoro coroutine, `wrapFuture` it).

import { CancelledError, InvalidStateError, RuntimeError, TimeoutError } from "../core/errors.js";
import { logSink } from "./report.js";
import { pseudoAddress, showRepr } from "../core/repr.js";

type State = "PENDING" | "RUNNING" | "CANCELLED" | "CANCELLED_AND_NOTIFIED" | "FINISHED";

/** concurrent.futures.Future: the outcome of an executor job (or of runCoroutineThreadsafe). */
export class ExecutorFuture<T = unknown> {
  /** @internal */ _state: State = "PENDING";
  /** @internal */ _result: T | undefined = undefined;
  /** @internal */ _exception: unknown = undefined;
  /** @internal */ _hasException = false;
  /** @internal */ _callbacks: ((f: ExecutorFuture<T>) => unknown)[] = [];
  /** @internal */ _settled: Promise<void> | null = null;
  /** @internal */ _resolveSettled: (() => void) | null = null;
  /** @internal */ readonly _addr = pseudoAddress();

  /** Cancel if not running or done: true if it is (now) cancelled. */
  cancel(): boolean {
    if (this._state === "RUNNING" || this._state === "FINISHED") return false;
    if (this._state === "CANCELLED" || this._state === "CANCELLED_AND_NOTIFIED") return true;
    this._state = "CANCELLED";
    this._settle();
    return true;
  }

  cancelled(): boolean {
    return this._state === "CANCELLED" || this._state === "CANCELLED_AND_NOTIFIED";
  }

  running(): boolean {
    return this._state === "RUNNING";
  }

  done(): boolean {
    return this._state !== "PENDING" && this._state !== "RUNNING";
  }

  /** The result, or raise the job's exception / CancelledError; TimeoutError if not done (cannot block). */
  result(): T {
    if (this.cancelled()) throw new CancelledError();
    if (this._state !== "FINISHED") throw pendingError();
    if (this._hasException) throw this._exception;
    return this._result as T;
  }

  /** The job's exception (undefined if it returned); CancelledError; TimeoutError if not done. */
  exception(): unknown {
    if (this.cancelled()) throw new CancelledError();
    if (this._state !== "FINISHED") throw pendingError();
    return this._hasException ? this._exception : undefined;
  }

  /** `fn(future)` once done: now if already done, else synchronously when it completes. */
  addDoneCallback(fn: (f: ExecutorFuture<T>) => unknown): void {
    if (!this.done()) {
      this._callbacks.push(fn);
      return;
    }
    this._invoke(fn);
  }

  /**
   * For executors: false if the future was cancelled (it is then marked notified and the job must
   * not run), true if it is now RUNNING; InvalidStateError otherwise.
   */
  setRunningOrNotifyCancel(): boolean {
    if (this._state === "CANCELLED") {
      this._state = "CANCELLED_AND_NOTIFIED";
      return false;
    }
    if (this._state === "PENDING") {
      this._state = "RUNNING";
      return true;
    }
    throw new RuntimeError("Future in unexpected state");
  }

  setResult(result: T): void {
    if (this.done()) throw new InvalidStateError(`${this._state}: ${this.__repr__()}`);
    this._result = result;
    this._state = "FINISHED";
    this._settle();
  }

  setException(exception: unknown): void {
    if (this.done()) throw new InvalidStateError(`${this._state}: ${this.__repr__()}`);
    this._exception = exception;
    this._hasException = true;
    this._state = "FINISHED";
    this._settle();
  }

  /** JavaScript interop: `await cf` in plain async code (the non-blocking `result()`). */
  then<T1 = T, T2 = never>(
    onfulfilled?: ((value: T) => T1 | PromiseLike<T1>) | null,
    onrejected?: ((reason: unknown) => T2 | PromiseLike<T2>) | null,
  ): Promise<T1 | T2> {
    if (this._settled === null) {
      this._settled = this.done() ? Promise.resolve() : new Promise<void>((r) => (this._resolveSettled = r));
    }
    return this._settled.then(() => this.result()).then(onfulfilled, onrejected);
  }

  /** @internal Run the callbacks (CPython: _invoke_callbacks, after notifying waiters). */
  _settle(): void {
    const cbs = this._callbacks;
    this._callbacks = [];
    for (const cb of cbs) this._invoke(cb);
    if (this._resolveSettled !== null) this._resolveSettled();
  }

  private _invoke(fn: (f: ExecutorFuture<T>) => unknown): void {
    try {
      fn(this);
    } catch (e) {
      logSink(`exception calling callback for ${this.__repr__()}\n${e instanceof Error ? (e.stack ?? String(e)) : String(e)}`);
    }
  }

  /** `<Future at 0x... state=finished returned number>`, as concurrent.futures (JS type names). */
  __repr__(): string {
    const st = this._state === "CANCELLED_AND_NOTIFIED" ? "cancelled" : this._state.toLowerCase();
    if (this._state !== "FINISHED") return `<Future at ${this._addr} state=${st}>`;
    if (this._hasException) {
      const e = this._exception;
      return `<Future at ${this._addr} state=finished raised ${e instanceof Error ? e.name : typeof e}>`;
    }
    const r = this._result;
    const tn = r === undefined || r === null ? "NoneType" : typeof r === "object" ? ((r as object).constructor?.name ?? "Object") : typeof r;
    return `<Future at ${this._addr} state=finished returned ${tn}>`;
  }
}
showRepr(ExecutorFuture.prototype);

function pendingError(): Error {
  return new TimeoutError("the future is not done, and JavaScript cannot block waiting for it: await it (EXEC-01)");
}
