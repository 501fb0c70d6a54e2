// The event loop: a FIFO of ready callbacks, a heap of timers, and what runs them.
//
// Why this file exists: this is asyncio's BaseEventLoop without I/O. One iteration (`_runOnce`)
// moves the due timers to the end of the ready queue (after the callbacks already there, LOOP-03)
// and runs exactly the callbacks that were ready when it started (LOOP-01); callbacks they schedule
// run in the next iteration. Timers compare by `when` only, in Python's heapq order (LOOP-02).
// Node cannot block, so `runForever` / `runUntilComplete` return Promises; how iterations are run
// between Node's own events (batches, parking, the virtual clock's jumps) is batches.ts.

import { RuntimeError } from "../core/errors.js";
import { Context, type VarMap } from "../objects/contextvars.js";
import { type Clock, type ClockOption, makeClock } from "./clock.js";
import { LoopCoroutine, isCoroutine, type Awaitable, type CoroutineLike } from "./loop-coroutine.js";
import { Future, isFuture } from "./futures.js";
import { ReadyQueue, type ReadyEntry } from "./ready.js";
import { TaskList } from "./task-list.js";
import { Handle, TimerHandle } from "./handles.js";
import { TimerHeap } from "./timer-heap.js";
import { type ExceptionContext, formatException, formatExceptionContext, logSink } from "./report.js";
import { isPlainObject, pyRepr, showRepr } from "../core/repr.js";
import { _getRunningLoop } from "./state.js";
import { type AsyncGenHooks, installHost } from "../objects/host.js";
import { runBatch, wake } from "./batches.js";
import { asyncgenFinalizer, asyncgenFirstiter, shutdownAsyncgens } from "./asyncgens.js";
import { Task, ensureFuture, type TaskOptions } from "./tasks.js";
import type { Executor, ModuleFunction, ThreadPoolExecutor } from "./executors.js";
import { runInExecutor, setDefaultExecutor, shutdownDefaultExecutor } from "./threads.js";
import { addSignalHandler, removeAllSignalHandlers, removeSignalHandler } from "./io/signals.js";
import { reportLost } from "./unretrieved.js";
import { _loopClosed, _loopOpened } from "./graph-links.js";

/** Below this many timers, cancelled ones are only popped from the head of the heap. */
const MIN_SCHEDULED_TIMER_HANDLES = 100;
/** Above this fraction of cancelled timers, the heap is rebuilt without them. */
const MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5;

export interface EventLoopOptions {
  /** "real" (default): time is `performance.now()`; "virtual": time jumps to the next timer. */
  clock?: ClockOption;
  /** asyncio debug mode (argument checks on call_soon & co., slow-callback warnings). */
  debug?: boolean;
}

/** The exception handler: `(loop, context) => void`. */
export type ExceptionHandler = (loop: EventLoop, context: ExceptionContext) => void;

/** A task factory: `(loop, coro[, { context }]) => Future` (the options only when a context is given, as 3.11). */
export type TaskFactory = (loop: EventLoop, coro: unknown, options?: { context: Context }) => Future<unknown>;

/**
 * Python's `context=` keyword of call_soon / call_later / call_at: a trailing argument that is a
 * plain object whose only key is `context` (a Context, or null for the default) is removed from
 * `args` and returned. Anything else is an ordinary argument of the callback.
 */
function takeContextOption(args: unknown[]): Context | null {
  const n = args.length;
  if (n === 0) return null;
  const last = args[n - 1];
  if (!isPlainObject(last)) return null;
  const keys = Object.keys(last);
  if (keys.length !== 1 || keys[0] !== "context") return null;
  const ctx = (last as { context: unknown }).context;
  if (ctx !== null && ctx !== undefined && !(ctx instanceof Context)) return null;
  args.length = n - 1;
  return (ctx as Context | null | undefined) ?? null;
}

const coroutineFunctionTag = Symbol.for("pycoro.compiled");

/** A compiled `coroutine(async ...)` function: its tag is its frame class's `$meta` (objects/markers.ts). */
function isCoroutineFunction(fn: unknown): boolean {
  if (typeof fn !== "function") return false;
  const meta = (fn as unknown as Record<symbol, unknown>)[coroutineFunctionTag] as { kind?: unknown } | undefined;
  return meta?.kind === "coroutine";
}

function runUntilCompleteCb(fut: Future<unknown>): void {
  if (!fut.cancelled()) fut.exception();
  fut.getLoop().stop();
}
Object.defineProperty(runUntilCompleteCb, "__qualname__", { value: "_run_until_complete_cb" });

/** asyncio's event loop (BaseEventLoop), minus sockets and subprocesses. */

/** A task not stepped yet (its number still negative, task-list.ts); Handles and DoneCalls have no `_name`. */
function unlisted(x: object): boolean {
  const n = (x as { _name?: unknown })._name;
  return typeof n === "number" && n < 0;
}

export class EventLoop {
  /** @internal */ _clock: Clock;
  /** @internal ready callbacks, FIFO (ready.ts) */ _ready = new ReadyQueue();
  /** @internal the timer heap (timer-heap.ts) */ _scheduled = new TimerHeap();
  /** @internal */ _timerCancelledCount = 0;
  /** @internal */ _closed = false;
  /** @internal */ _stopping = false;
  /** @internal runForever in progress (CPython: _thread_id is not None) */ _running = false;
  /** @internal */ _debug: boolean;
  /** @internal */ _exceptionHandler: ExceptionHandler | null = null;
  /** @internal */ _taskFactory: TaskFactory | null = null;
  /** @internal the task whose step is executing */ _currentTask: Task<unknown> | null = null;
  /** @internal iterations a lone task ran inside its step (tasks.ts `restepAlone`), not yet counted by the batch */ _resteps = 0;
  /** @internal `_runOnce` is the base one (a subclass overriding it watches every iteration: no restep) */ readonly _plainRunOnce: boolean;
  /** @internal pending tasks (asyncio's _all_tasks, per loop; done tasks leave it) */ _tasks = new TaskList<Task<unknown>>(() => this._unlistedTasks());
  /** @internal async generators being iterated (shutdown_asyncgens closes them) */ _asyncgens = new Set<object>();
  /** @internal */ _asyncgensShutdownCalled = false;
  /** @internal */ _executorShutdownCalled = false;
  /** @internal the pool runInExecutor(null, ...) uses, created on first use */ _defaultExecutor: ThreadPoolExecutor | null = null;
  /** @internal executor jobs in flight whose results this loop waits for (a virtual clock does not jump past them) */ _threadJobs = 0;
  /** In debug mode, callbacks slower than this (seconds) are logged. */
  slowCallbackDuration = 0.1;

  // driver state
  /** @internal parked: waiting for a timer or for something scheduled from outside */ _parked = false;
  /** @internal */ _parkTimer: ReturnType<typeof setTimeout> | ReturnType<typeof setImmediate> | null = null;
  /** @internal */ _inBatch = false;
  /** @internal bridged JavaScript promises still pending (wrapFuture) */ _pendingBridges = 0;
  /** @internal virtual clock: we already yielded to Node once before this jump */ _jumpYielded = false;
  /** @internal signal name -> its handler (io/signals.ts); a parked loop with any keeps Node alive */
  _signalHandlers: Map<string, { handle: Handle; listener: () => void }> | null = null;
  /** @internal an I/O event woke the parked loop: it runs at Node's check phase (batches.ts wakeForIo) */ _ioWake = false;
  /** @internal open sockets and servers (io/): while any is open the loop yields to Node more often */ _ioActive = 0;
  /** @internal I/O resources still open, closed with the loop (io/: a program's leftover sockets must not keep Node alive) */
  _ioResources: Set<{ _loopClosing(): void }> | null = null;
  /** @internal */ _runResolve: (() => void) | null = null;
  /** @internal */ _runReject: ((e: unknown) => void) | null = null;
  /** @internal */ readonly _hooks: AsyncGenHooks;
  /** @internal bound driver */ readonly _drive: () => void;

  constructor(options: EventLoopOptions = {}) {
    this._clock = makeClock(options.clock);
    this._debug = options.debug ?? false;
    this._hooks = {
      firstiter: (agen) => this._asyncgenFirstiterHook(agen),
      finalizer: (agen) => this._asyncgenFinalizerHook(agen),
    };
    this._drive = () => this._runBatch();
    this._plainRunOnce = this._runOnce === EventLoop.prototype._runOnce;
    _loopOpened(this); // `pycoro ps` can list it until it closes
  }

  // ---------------------------------------------------------------- scheduling

  /** Seconds on the loop's clock (monotonic, or virtual). */
  time(): number {
    return this._clock.now();
  }

  /** The loop's clock kind. */
  get clock(): "real" | "virtual" {
    return this._clock.kind;
  }

  /**
   * Call `callback(...args)` in the next iteration, after the callbacks already scheduled (FIFO).
   * A trailing `{ context }` is Python's `context=` keyword: the contextvars Context to run it in
   * (default: a copy of the current one).
   */
  callSoon(callback: Function, ...args: unknown[]): Handle {
    const context = takeContextOption(args);
    return this._callSoonIn(callback, args, context);
  }

  /** @internal call_soon(callback, *args, context=context), the arguments already split. */
  _callSoonIn(callback: Function, args: readonly unknown[], context: Context | VarMap | null): Handle {
    this._checkClosed();
    if (this._debug) this._checkCallback(callback, "call_soon");
    return this._callSoon(callback, args, context);
  }

  /** @internal */
  _callSoon(callback: Function, args: readonly unknown[], context: Context | VarMap | null): Handle {
    const h = new Handle(callback, args, this, context);
    this._ready.push(h);
    if (this._parked) this._wake();
    return h;
  }

  /**
   * @internal `call_soon(task.__step, context=task._context)`: the task itself is queued and the
   * loop calls its `_run()` (tasks.ts; no Handle per step or per task).
   */
  _callSoonStep(task: Task<unknown>): void {
    this._checkClosed();
    this._ready.push(task);
    if (this._parked) this._wake();
  }

  /** callSoon for code running outside the loop (JavaScript callbacks, other loops): wakes a parked loop. */
  callSoonThreadsafe(callback: Function, ...args: unknown[]): Handle {
    const context = takeContextOption(args);
    this._checkClosed();
    if (this._debug) this._checkCallback(callback, "call_soon_threadsafe");
    return this._callSoon(callback, args, context);
  }

  /** Call `callback(...args)` `delay` seconds from now (trailing `{ context }` as callSoon). */
  callLater(delay: number, callback: Function, ...args: unknown[]): TimerHandle {
    if (delay === undefined || delay === null) throw new TypeError("delay must not be None");
    if (typeof delay !== "number") {
      throw new TypeError(`unsupported operand type(s) for +: 'float' and '${typeof delay === "string" ? "str" : typeof delay}'`);
    }
    return this._callAt(this.time() + delay, callback, args);
  }

  /** Call `callback(...args)` at loop time `when`. Timers with equal `when` are not FIFO (LOOP-02). */
  callAt(when: number, callback: Function, ...args: unknown[]): TimerHandle {
    return this._callAt(when, callback, args);
  }

  /** @internal call_at(when, callback, *args) with the arguments as an array (callLater's too: no second spread) */
  _callAt(when: number, callback: Function, args: unknown[]): TimerHandle {
    if (when === undefined || when === null) throw new TypeError("when cannot be None");
    const context = takeContextOption(args);
    this._checkClosed();
    if (this._debug) this._checkCallback(callback, "call_at");
    const timer = new TimerHandle(when, callback, args, this, context);
    this._scheduled.push(timer);
    timer._scheduled = true;
    if (this._parked) this._wake();
    return timer;
  }

  /** @internal */
  _checkCallback(callback: unknown, method: string): void {
    if (isCoroutine(callback) || isCoroutineFunction(callback)) {
      throw new TypeError(`coroutines cannot be used with ${method}()`);
    }
    if (typeof callback !== "function") {
      throw new TypeError(`a callable object was expected by ${method}(), got ${pyRepr(callback)}`);
    }
  }

  /** @internal A TimerHandle was cancelled (counted for the heap clean-up). */
  _timerHandleCancelled(handle: TimerHandle): void {
    if (handle._scheduled) this._timerCancelledCount += 1;
  }

  // ---------------------------------------------------------------- futures and tasks

  createFuture<T = unknown>(): Future<T> {
    return new Future<T>(undefined, this);
  }

  /** Wrap a coroutine object in a Task scheduled on this loop. */
  createTask<T>(coro: Awaitable<T> | CoroutineLike, options?: TaskOptions): Task<T>;
  createTask<T = unknown>(coro: unknown, options?: TaskOptions): Task<T>;
  createTask<T = unknown>(coro: unknown, options?: TaskOptions): Task<T> {
    this._checkClosed();
    // (the options as they are, with this loop: no options object per task; issue 12)
    if (this._taskFactory === null) return new Task<T>(coro as never, options, this);
    if (options === undefined) options = {};
    const context = options.context ?? null;
    // Without a context the factory is called the legacy way (loop, coro), as in 3.11.
    const task = (context === null ? this._taskFactory(this, coro) : this._taskFactory(this, coro, { context })) as Task<T>;
    if (options.name !== undefined && options.name !== null && typeof task.setName === "function") task.setName(options.name);
    return task;
  }

  setTaskFactory(factory: TaskFactory | null): void {
    if (factory !== null && typeof factory !== "function") throw new TypeError("task factory must be a callable or None");
    this._taskFactory = factory;
  }

  getTaskFactory(): TaskFactory | null {
    return this._taskFactory;
  }

  /**
   * @internal The pending tasks not in `_tasks` yet, in creation order (task-list.ts): never
   * stepped — the one running its first step, then those in the ready queue (its own entry there).
   */
  _unlistedTasks(): Task<unknown>[] {
    const out: Task<unknown>[] = [];
    const cur = this._currentTask;
    if (cur !== null && unlisted(cur)) out.push(cur);
    for (const h of this._ready.toArray()) if (h !== cur && unlisted(h)) out.push(h as Task<unknown>);
    return out;
  }

  /** @internal */
  _registerTask(task: Task<unknown>): void {
    this._tasks.add(task);
  }

  /** @internal */
  _unregisterTask(task: Task<unknown>): void {
    this._tasks.delete(task);
  }

  /** @internal asyncio._enter_task */
  _enterTask(task: Task<unknown>): void {
    const cur = this._currentTask;
    if (cur !== null) {
      throw new RuntimeError(`Cannot enter into task ${task.__repr__()} while another task ${cur.__repr__()} is being executed.`);
    }
    this._currentTask = task;
  }

  /** @internal asyncio._leave_task */
  _leaveTask(task: Task<unknown>): void {
    const cur = this._currentTask;
    if (cur !== task) {
      throw new RuntimeError(`Leaving task ${task.__repr__()} does not match the current task ${cur === null ? "None" : cur.__repr__()}.`);
    }
    this._currentTask = null;
  }

  /** @internal A JavaScript promise was bridged into this loop; call the result when it settles. */
  _bridgeStarted(): () => void {
    this._pendingBridges += 1;
    let done = false;
    return () => {
      if (!done) {
        done = true;
        this._pendingBridges -= 1;
      }
    };
  }

  // ---------------------------------------------------------------- running

  isRunning(): boolean {
    return this._running;
  }

  isClosed(): boolean {
    return this._closed;
  }

  /** @internal */
  _checkClosed(): void {
    if (this._closed) throw new RuntimeError("Event loop is closed");
  }

  /** @internal */
  _checkRunning(): void {
    if (this._running) throw new RuntimeError("This event loop is already running");
    if (_getRunningLoop() !== null) throw new RuntimeError("Cannot run the event loop while another loop is running");
  }

  /** Run until stop() is called. Resolves when the loop has stopped. */
  runForever(): Promise<void> {
    this._checkClosed();
    this._checkRunning();
    this._running = true;
    const done = new Promise<void>((resolve, reject) => {
      this._runResolve = resolve;
      this._runReject = reject;
    });
    this._runBatch();
    return done;
  }

  /**
   * Run until `future` (a Future, a coroutine wrapped in a Task, or any awaitable) is done, and
   * resolve with its result or reject with its exception. Argument and state errors are thrown
   * synchronously, as CPython raises them before running anything.
   */
  runUntilComplete<T>(future: Awaitable<T>): Promise<T>;
  runUntilComplete<T = unknown>(future: unknown): Promise<T>;
  runUntilComplete<T>(future: unknown): Promise<T> {
    this._checkClosed();
    this._checkRunning();
    const newTask = !isFuture(future);
    const fut = ensureFuture<T>(future, { loop: this });
    fut.addDoneCallback(runUntilCompleteCb);
    return this.runForever().then(
      () => {
        fut.removeDoneCallback(runUntilCompleteCb);
        if (!fut.done()) throw new RuntimeError("Event loop stopped before Future completed.");
        return fut.result();
      },
      (e) => {
        fut.removeDoneCallback(runUntilCompleteCb);
        if (newTask && fut.done() && !fut.cancelled()) fut.exception();
        throw e;
      },
    );
  }

  /** Stop after the current iteration (before runForever: after one iteration, LOOP-05). */
  stop(): void {
    this._stopping = true;
    if (this._parked) this._wake();
  }

  /** Close the loop: drop pending callbacks and timers. Not allowed while running. */
  close(): void {
    if (this._running) throw new RuntimeError("Cannot close a running event loop");
    if (this._closed) return;
    removeAllSignalHandlers(this);
    this._closed = true;
    reportLost(this);
    const io = this._ioResources;
    if (io !== null) {
      this._ioResources = null;
      for (const r of io) r._loopClosing();
    }
    _loopClosed(this);
    this._ready = new ReadyQueue();
    this._scheduled.clear();
    this._executorShutdownCalled = true;
  }

  /** @internal Drop cancelled timers: all of them if they are many, else those at the heap's head. */
  _cleanupTimers(): void {
    const sched = this._scheduled;
    const n = sched.length;
    if (n > MIN_SCHEDULED_TIMER_HANDLES && this._timerCancelledCount / n > MIN_CANCELLED_TIMER_HANDLES_FRACTION) {
      sched.dropCancelled();
      this._timerCancelledCount = 0;
    } else {
      while (sched.length > 0 && sched.first()._cancelled) {
        this._timerCancelledCount -= 1;
        const h = sched.pop();
        h._scheduled = false;
      }
    }
  }

  /**
   * One full iteration (BaseEventLoop._run_once): move due timers to the ready queue, then run the
   * callbacks that are ready now. Subclasses may override it to observe iterations.
   */
  _runOnce(): void {
    this._cleanupTimers();
    const sched = this._scheduled;
    // The clock is read only when a timer could be due: with none, `performance.now()` was 31% of
    // a one-task sleep(0) switch (issue 12, K = 1 profile).
    if (sched.length > 0) {
      const end = this.time() + this._clock.resolution;
      while (sched.length > 0) {
        if (sched.firstWhen() >= end) break;
        const h = sched.pop();
        h._scheduled = false;
        this._ready.push(h);
      }
    }
    const ready = this._ready;
    const ntodo = ready.size;
    for (let i = 0; i < ntodo; i++) {
      const h = ready.shift();
      if (h._cancelled) continue;
      if (this._debug) {
        const t0 = performance.now();
        h._run();
        const dt = (performance.now() - t0) / 1000;
        if (dt >= this.slowCallbackDuration) logSink(`Executing ${formatHandle(h)} took ${dt.toFixed(3)} seconds`);
      } else {
        h._run();
      }
    }
  }

  /** @internal Run iterations until we must wait, stop, or yield to Node (batches.ts). */
  _runBatch(): void {
    runBatch(this);
  }

  /** @internal Something was scheduled while parked: run again soon (batches.ts). */
  _wake(): void {
    wake(this);
  }

  // ---------------------------------------------------------------- async generators, executors

  /** @internal */
  _asyncgenFirstiterHook(agen: object): void {
    asyncgenFirstiter(this, agen);
  }

  /** @internal */
  _asyncgenFinalizerHook(agen: object): void {
    asyncgenFinalizer(this, agen);
  }

  /** Close every async generator still being iterated (asyncio.run calls this at the end). */
  shutdownAsyncgens(): LoopCoroutine<void> {
    return shutdownAsyncgens(this);
  }

  /** Shut the default executor down, waiting for its workers (asyncio.run calls this at the end). */
  shutdownDefaultExecutor(): LoopCoroutine<void> {
    return shutdownDefaultExecutor(this);
  }

  /**
   * `fn(...args)` on `executor`'s worker threads (null: the loop's default pool), as an asyncio
   * Future of this loop. `fn` is a self-contained function or `{ module, export }` (executors.ts).
   */
  runInExecutor<A extends unknown[], R>(executor: Executor | null, fn: ((...args: A) => R) | ModuleFunction, ...args: A): Future<Awaited<R>> {
    return runInExecutor<Awaited<R>>(this, executor, fn, args, null);
  }

  /** The pool runInExecutor(null, ...) uses from now on. */
  setDefaultExecutor(executor: ThreadPoolExecutor): void {
    setDefaultExecutor(this, executor);
  }

  // ---------------------------------------------------------------- signals

  /**
   * Run `callback(...args)` on this loop when the process receives `sig` ("SIGUSR1", as Node
   * names it, or its number). The callback is scheduled (never run inside the signal's delivery);
   * a second handler for the same signal replaces the first (io/signals.ts).
   */
  addSignalHandler(sig: string | number, callback: Function, ...args: unknown[]): void {
    addSignalHandler(this, sig, callback, args);
  }

  /** Remove the handler of `sig`; true if there was one. */
  removeSignalHandler(sig: string | number): boolean {
    return removeSignalHandler(this, sig);
  }

  // ---------------------------------------------------------------- errors and debug

  /** `handler(loop, context)` replaces the default handler; null restores it. */
  setExceptionHandler(handler: ExceptionHandler | null): void {
    if (handler !== null && handler !== undefined && typeof handler !== "function") {
      throw new TypeError(`A callable object or None is expected, got ${pyRepr(handler)}`);
    }
    this._exceptionHandler = handler ?? null;
  }

  getExceptionHandler(): ExceptionHandler | null {
    return this._exceptionHandler;
  }

  /** Log the context the way asyncio's logger does (stderr). */
  defaultExceptionHandler(context: ExceptionContext): void {
    const ctx: ExceptionContext = { ...context };
    logSink(formatExceptionContext(ctx));
  }

  /** Report an error nobody can catch: to the custom handler, falling back to the default one. */
  callExceptionHandler(context: ExceptionContext): void {
    const handler = this._exceptionHandler;
    if (handler === null) {
      try {
        this.defaultExceptionHandler(context);
      } catch (e) {
        logSink(`Exception in default exception handler\n${formatException(e)}`);
      }
      return;
    }
    try {
      handler(this, context);
    } catch (exc) {
      try {
        this.defaultExceptionHandler({ message: "Unhandled error in exception handler", exception: exc, context });
      } catch (e) {
        logSink(`Exception in default exception handler while handling an unexpected error in custom exception handler\n${formatException(e)}`);
      }
    }
  }

  getDebug(): boolean {
    return this._debug;
  }

  setDebug(enabled: boolean): void {
    this._debug = !!enabled;
  }

  __repr__(): string {
    return `<${this.constructor.name} running=${this._running ? "True" : "False"} closed=${this._closed ? "True" : "False"} debug=${this._debug ? "True" : "False"}>`;
  }
}
showRepr(EventLoop.prototype);

/** asyncio.new_event_loop({ clock, debug }) */
export function newEventLoop(options: EventLoopOptions = {}): EventLoop {
  return new EventLoop(options);
}

// The loop's part of the host seam (objects/host.ts) that events.ts defines: the policy's factory,
// for get_event_loop() in the modules below this one (state.ts).
installHost({ newEventLoop: () => new EventLoop() });

/**
 * base_events._format_handle, for the slow-callback warning: a task's step or wake-up shows the
 * task (`Executing <Task pending name='Task-1' coro=<main() running at a.ts:5>> took 0.150 seconds`),
 * any other handle its own repr.
 */
function formatHandle(h: ReadyEntry): string {
  if (h instanceof Task) return h.__repr__(); // a task's own step (tasks.ts `_run`)
  if (!(h instanceof Handle)) return String(h);
  const cb = h._callback as ({ __self__?: unknown; __qualname__?: unknown } & Function) | null;
  let self = cb?.__self__;
  if (self === undefined && (cb?.__qualname__ === "TaskStepMethWrapper" || cb?.__qualname__ === "Task.task_wakeup")) self = h._args?.[0];
  return self instanceof Task ? self.__repr__() : h.__repr__();
}
