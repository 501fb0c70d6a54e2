// asyncio.run and asyncio.Runner: the entry point of a program.
//
// Why this file exists: asyncio.run owns a loop's whole life (LOOP-09/10): a new loop, the main
// coroutine as a task, then at the end every leftover task cancelled and gathered (failures during
// that reported as 'unhandled exception during asyncio.run() shutdown'), async generators closed,
// the executor shut down, the loop closed and the current loop reset to None. Node cannot block,
// so `run` returns a Promise: `await run(main())`. Argument errors are thrown synchronously, as
// CPython raises them before anything runs.

import { CancelledError, RuntimeError, ValueError } from "../core/errors.js";
import { type Context, copyContext } from "../objects/contextvars.js";
import type { ClockOption } from "./clock.js";
import { isCoroutine, type Awaitable, type CoroutineLike } from "./loop-coroutine.js";
import { EventLoop, newEventLoop } from "./events.js";
import { hasException } from "./futures.js";
import { gather } from "./gather.js";
import { pyRepr } from "../core/repr.js";
import { _activeLoop, _getRunningLoop, setEventLoop } from "./state.js";
import { allTasks, type Task } from "./tasks.js";
import { installRunnerSigint, keyboardInterrupt } from "./io/signals.js";
import { installHost } from "../objects/host.js";
import { addCallerFrames, usePythonStack } from "../core/traceback.js";

export { newEventLoop } from "./events.js";
export { getRunningLoop, getEventLoop, setEventLoop } from "./state.js";

export interface RunOptions {
  /** asyncio debug mode for the loop. */
  debug?: boolean;
  /** "real" (default) or "virtual" (deterministic, instant: time jumps to the next timer). */
  clock?: ClockOption;
  /** Makes the loop instead of newEventLoop({ clock }) (asyncio.Runner's loop_factory). */
  loopFactory?: () => EventLoop;
}

type State = "created" | "initialized" | "closed";

/** Cancel the loop's pending tasks and wait for them (runners._cancel_all_tasks). */
async function cancelAllTasks(loop: EventLoop): Promise<void> {
  const toCancel = allTasks(loop);
  if (toCancel.size === 0) return;
  for (const t of toCancel) t.cancel();
  await loop.runUntilComplete(gather(...toCancel, { returnExceptions: true }));
  for (const t of toCancel) {
    if (t.cancelled()) continue;
    if (hasException(t)) {
      loop.callExceptionHandler({
        message: "unhandled exception during asyncio.run() shutdown",
        exception: t.exception(),
        task: t,
      });
    }
  }
}

/** asyncio.Runner: one loop reused by several run() calls, finalised by close(). */
export class Runner {
  /** @internal */ _state: State = "created";
  /** @internal */ _loop: EventLoop | null = null;
  /** @internal */ _setEventLoop = false;
  /** @internal the context run() runs coroutines in by default (a copy taken at initialisation) */ _context: Context | null = null;
  /** @internal */ readonly _options: RunOptions;

  constructor(options: RunOptions = {}) {
    this._options = options;
  }

  /**
   * Run a coroutine to completion on the runner's loop; resolves with its result. It runs in
   * `options.context`, else in the runner's own context (a copy of the context current when the
   * runner started), shared by every run() of this runner.
   */
  run<T>(coro: Awaitable<T> | CoroutineLike, options: { context?: Context | null } = {}): Promise<T> {
    if (!isCoroutine(coro)) throw new ValueError(`a coroutine was expected, got ${pyRepr(coro)}`);
    if (_getRunningLoop() !== null) throw new RuntimeError("Runner.run() cannot be called from a running event loop");
    this._lazyInit();
    const loop = this._loop!;
    const task = loop.createTask<T>(coro, { context: options.context ?? this._context });
    // asyncio.Runner.run: the first SIGINT cancels the main task, a second raises KeyboardInterrupt
    // out of the loop (io/signals.ts); the previous handling is restored when the run ends.
    const sigint = installRunnerSigint(loop, task as Task<unknown>);
    if (sigint === null) return loop.runUntilComplete(task);
    return loop.runUntilComplete(task).then(
      (v) => {
        sigint.restore();
        return v;
      },
      (e) => {
        sigint.restore();
        // The main task ended cancelled because of the SIGINT (and not also by someone else).
        if (e instanceof CancelledError && sigint.count > 0 && task.uncancel() === 0) throw keyboardInterrupt(e);
        throw e;
      },
    );
  }

  /** The runner's loop (created on first use). */
  getLoop(): EventLoop {
    this._lazyInit();
    return this._loop!;
  }

  /** Cancel leftover tasks, close async generators and the executor, close the loop. */
  async close(): Promise<void> {
    if (this._state !== "initialized") return;
    const loop = this._loop!;
    try {
      await cancelAllTasks(loop);
      await loop.runUntilComplete(loop.shutdownAsyncgens());
      await loop.runUntilComplete(loop.shutdownDefaultExecutor());
    } finally {
      if (this._setEventLoop) setEventLoop(null);
      loop.close();
      this._loop = null;
      this._state = "closed";
    }
  }

  /** @internal */
  _lazyInit(): void {
    if (this._state === "closed") throw new RuntimeError("Runner is closed");
    if (this._state === "initialized") return;
    const o = this._options;
    if (o.loopFactory === undefined) {
      this._loop = newEventLoop({ clock: o.clock });
      if (!this._setEventLoop) {
        setEventLoop(this._loop);
        this._setEventLoop = true;
      }
    } else {
      this._loop = o.loopFactory();
    }
    if (o.debug !== undefined) this._loop.setDebug(o.debug);
    this._context = copyContext();
    this._state = "initialized";
  }
}

/**
 * asyncio.run(main): run the coroutine `main` on a new loop and resolve with its result (or
 * reject with its exception) once the loop has been shut down and closed.
 * `run(main(), { clock: "virtual" })` runs it on a virtual clock.
 */
export function run<T>(main: Awaitable<T> | CoroutineLike, options: RunOptions = {}): Promise<T> {
  if (_getRunningLoop() !== null) throw new RuntimeError("asyncio.run() cannot be called from a running event loop");
  const runner = new Runner(options);
  // Where run() was called from: the `<module>` line of the traceback of an exception escaping it.
  // (Formatting this stack is deferred by V8 until the traceback is printed.)
  const caller = new Error();
  const result = runner.run<T>(main);
  return result.then(
    async (v) => {
      await runner.close();
      return v;
    },
    async (e) => {
      await runner.close();
      addCallerFrames(e, caller);
      usePythonStack(e);
      throw e;
    },
  );
}

/**
 * What `await coro` means in plain async JavaScript (a coroutine object's `then`): run the coroutine
 * as a task of the running loop, or of the loop that is running but parked between two batches;
 * with no loop running, run it like asyncio.run(coro). Compiled coroutine objects use this too.
 */
export function coroutineToPromise<T>(coro: CoroutineLike): PromiseLike<T> {
  const loop = _activeLoop();
  if (loop !== null) return loop.createTask<T>(coro);
  return run<T>(coro);
}

// The loop's part of the host seam (objects/host.ts) that run.ts defines: a coroutine object's
// `then` (a coroutine awaited from plain async JavaScript).
installHost({ coroutineThen: coroutineToPromise });
