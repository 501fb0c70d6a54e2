// The loop's side of executors: run_in_executor, the default executor, to_thread.
//
// Why this file exists: these are the few lines of asyncio (base_events.py, threads.py) that join
// the event loop to a thread pool, kept out of events.ts. `runInExecutor` submits the job and wraps
// its ExecutorFuture in an asyncio Future of the loop (EXEC-01, EXEC-02); with no executor it uses
// the loop's default pool, created on first use and shut down by asyncio.run's clean-up
// (`shutdownDefaultExecutor`). The job runs in the worker's own context, never the caller's;
// `toThread` is the one that copies the caller's context into the job (EXEC-03).

import { type Context, copyContext } from "../objects/contextvars.js";
import { RuntimeError } from "../core/errors.js";
import { LoopCoroutine } from "./loop-coroutine.js";
import type { EventLoop } from "./events.js";
import { type Executor, ThreadPoolExecutor } from "./executors.js";
import { type Future, wrapExecutorFuture, wrapFuture } from "./futures.js";
import { getRunningLoop } from "./state.js";
import { FrameCoroutine, PRE, deferYield, futureOutcome, pendingAgain, yieldFuture } from "./frame-coroutine.js";
import { frameClass } from "../core/frame.js";

/** loop.run_in_executor(executor, fn, *args), plus the context toThread ships with the job. */
export function runInExecutor<T>(loop: EventLoop, executor: Executor | null | undefined, fn: unknown, args: readonly unknown[], context: Context | null): Future<T> {
  loop._checkClosed();
  if (loop._debug && typeof fn === "function") loop._checkCallback(fn, "run_in_executor");
  if (executor === null || executor === undefined) {
    if (loop._executorShutdownCalled) throw new RuntimeError("Executor shutdown has been called");
    executor = loop._defaultExecutor ??= new ThreadPoolExecutor({ threadNamePrefix: "asyncio" });
  }
  return wrapExecutorFuture(executor._submit(fn, args, context), loop) as Future<T>;
}

/** loop.set_default_executor(executor). */
export function setDefaultExecutor(loop: EventLoop, executor: unknown): void {
  if (!(executor instanceof ThreadPoolExecutor)) throw new TypeError("executor must be ThreadPoolExecutor instance");
  loop._defaultExecutor = executor;
}

/** loop.shutdown_default_executor(): refuse new default-executor jobs, wait for the pool's workers to exit. */
export function shutdownDefaultExecutor(loop: EventLoop): LoopCoroutine<void> {
  return new LoopCoroutine(
    (function* (): Generator<unknown, void, unknown> {
      loop._executorShutdownCalled = true;
      const executor = loop._defaultExecutor;
      if (executor === null) return;
      // CPython waits on a helper thread; here the pool's shutdown Promise is bridged into the loop.
      yield* wrapFuture(executor.shutdown({ wait: true }), { loop }).__await__();
    })(),
    "BaseEventLoop.shutdown_default_executor",
  );
}

/**
 * asyncio.to_thread(fn, ...args): run `fn(...args)` in the running loop's default executor, in a
 * copy of the current context (EXEC-03), and return its result. A coroutine: nothing happens
 * until it is awaited.
 */
export function toThread<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): FrameCoroutine<Awaited<R>> {
  return new ToThread(fn, args) as unknown as FrameCoroutine<Awaited<R>>;
}

/**
 * `to_thread`'s body as a frame (frame-coroutine.ts; it was a LoopCoroutine over a generator):
 *
 *     loop = events.get_running_loop()
 *     ctx = contextvars.copy_context()
 *     func_call = functools.partial(ctx.run, func, *args, **kwargs)
 *     return await loop.run_in_executor(None, func_call)
 *
 * The await of the executor's future is `Future.__await__` written out: yield it to the task
 * (marked blocking) unless it is already done.
 */
class ToThread {
  static $name = "to_thread";
  static $qualname = "to_thread";
  $s: number;
  $yf: null;
  $own: null;
  fn: unknown;
  args: readonly unknown[];
  fut: Future<unknown> | null;

  constructor(fn: unknown, args: readonly unknown[]) {
    this.$s = 0;
    this.$yf = null;
    this.$own = null;
    this.fn = fn;
    this.args = args;
    this.fut = null;
  }

  $step(s: number, v: unknown, m: number): unknown {
    if (s === 0) {
      const loop = getRunningLoop();
      const ctx = copyContext();
      const fut = (this.fut = runInExecutor<unknown>(loop, null, this.fn, this.args, ctx));
      if (fut.done()) return fut.result();
      const d = deferYield(this as unknown as FrameCoroutine, m);
      if (d !== undefined) return d;
      return yieldFuture(this);
    }
    if (s === PRE || pendingAgain(this.fut!, m)) return yieldFuture(this);
    return futureOutcome(this.fut!, v, m);
  }
}
frameClass(ToThread, FrameCoroutine);
