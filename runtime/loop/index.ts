// The event loop's public names (asyncio's, in camelCase), for runtime/index.ts to re-export.
//
// Why this file exists: runtime/loop/ is one concern per file; this barrel is the single list of
// what users get from `pycoro`, so the package entry can re-export it in one line.

export { EventLoop, newEventLoop, type EventLoopOptions, type ExceptionHandler, type TaskFactory } from "./events.js";
export { Handle, TimerHandle } from "./handles.js";
export { Future, isFuture, wrapFuture } from "./futures.js";
export { Task, createTask, currentTask, allTasks, ensureFuture, runCoroutineThreadsafe, type TaskOptions, type StackFrame } from "./tasks.js";
export { run, Runner, coroutineToPromise, type RunOptions } from "./run.js";
export { getRunningLoop, getEventLoop, setEventLoop } from "./state.js";
export { getAsyncgenHooks, setAsyncgenHooks, type AsyncGenHooks } from "../objects/host.js";
export { sleep } from "./sleep.js";
export { gather, gatherAll, GatheringFuture, type GatherOptions } from "./gather.js";
export { wait, waitFor, asCompleted, FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, type ReturnWhen, type WaitOptions } from "./wait.js";
export { shield } from "./shield.js";
export { TaskGroup, type TaskGroupTaskOptions } from "./taskgroups.js";
export { Timeout, timeout, timeoutAt } from "./timeouts.js";
export { Lock, Event, Condition, Semaphore, BoundedSemaphore } from "./locks.js";
export { Barrier, BrokenBarrierError, type BarrierState } from "./barrier.js";
export { Queue, PriorityQueue, LifoQueue } from "./queues.js";
export { isCoroutine, LoopCoroutine, type Awaitable } from "./loop-coroutine.js";
export { ThreadPoolExecutor, type ThreadPoolExecutorOptions, type ModuleFunction } from "./executors.js";
export { ExecutorFuture } from "./concurrent.js";
export { toThread } from "./threads.js";
export { RealClock, VirtualClock, type Clock, type ClockOption } from "./clock.js";
export type { ExceptionContext } from "./report.js";
export { KeyboardInterrupt } from "./io/signals.js";
export { ProcessPoolExecutor, BrokenProcessPool, BrokenExecutor, type ProcessPoolExecutorOptions } from "./process-pool.js";
export type { Executor } from "./executors.js";
export * from "./io/index.js";
export { createSubprocessExec, createSubprocessShell, Process, SubprocessProtocol, PIPE, STDOUT, DEVNULL, type SubprocessOptions, type StdioOption } from "./io/subprocess.js";
