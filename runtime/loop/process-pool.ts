// concurrent.futures.ProcessPoolExecutor on Node child processes.
//
// Why this file exists: CPU-bound work that must not share the main process's heap or crash it
// runs in a ProcessPoolExecutor in Python; its interface is ThreadPoolExecutor's. This pool is
// executors.ts's Executor (same work queue, same job encoding — a self-contained function sent as
// source text, or `{ module, export }` — same structured-clone results and errors by class) with a
// child process per worker instead of a thread: `node -e PROCESS_WORKER_SOURCE` with an IPC
// channel using `serialization: "advanced"` (structured clone, as for threads). What CPython 3.11's
// process.py adds, and this file does too:
//
// - A worker that dies while the pool is in use (a job calling `process.exit()`, a signal) breaks
//   the pool: every job running or waiting fails with BrokenProcessPool("A process in the process
//   pool was terminated abruptly while the future was running or pending."), the other workers
//   are stopped, and later submits raise BrokenProcessPool("A child process terminated abruptly,
//   the process pool is not usable anymore").
// - Idle workers never keep the parent alive (child handle and IPC channel unref'd); when the
//   parent exits, their channel closes and they exit too. Default max_workers: the number of CPUs.

import { RuntimeError } from "../core/errors.js";
import type { Context } from "../objects/contextvars.js";
import type { ExecutorFuture } from "./concurrent.js";
import { Executor, type NodeWorker, type Slot } from "./executors.js";
import { PROCESS_WORKER_SOURCE } from "./worker-source.js";

/** concurrent.futures.BrokenExecutor: a pool's worker failed to start or died. */
export class BrokenExecutor extends RuntimeError {}
Object.defineProperty(BrokenExecutor.prototype, "name", { value: "BrokenExecutor", writable: true, configurable: true });

/** concurrent.futures.process.BrokenProcessPool. */
export class BrokenProcessPool extends BrokenExecutor {}
Object.defineProperty(BrokenProcessPool.prototype, "name", { value: "BrokenProcessPool", writable: true, configurable: true });

export interface ProcessPoolExecutorOptions {
  /** Default: the number of CPUs (os.cpu_count()), as Python. */
  maxWorkers?: number;
}

const JOB_LOST = "A process in the process pool was terminated abruptly while the future was running or pending.";
const POOL_BROKEN = "A child process terminated abruptly, the process pool is not usable anymore";

type NodeChild = {
  send(m: unknown): boolean;
  on(ev: string, f: (...a: never[]) => void): unknown;
  ref(): void;
  unref(): void;
  kill(sig?: string): boolean;
  channel?: { ref(): void; unref(): void } | null;
};

type NodeProcess = {
  execPath: string;
  env: Record<string, string | undefined>;
  getBuiltinModule?: (m: string) => unknown;
};

function nodeProcess(): NodeProcess {
  const p = (globalThis as unknown as { process?: NodeProcess }).process;
  if (p?.getBuiltinModule === undefined) throw new RuntimeError("ProcessPoolExecutor needs Node's child_process (process.getBuiltinModule)");
  return p;
}

/** A child process behind the worker calls the pool makes (executors.ts NodeWorker). */
class ProcessWorker implements NodeWorker {
  readonly child: NodeChild;
  /** The pool stopped it (shutdown, broken pool): its exit is not a crash. */
  stopped = false;

  constructor() {
    const p = nodeProcess();
    const cp = p.getBuiltinModule!("node:child_process") as { spawn(file: string, args: string[], o: object): NodeChild };
    // execArgv is not passed on: a worker is plain Node (loaders such as pycoro's register hook
    // are the parent's business; a job is self-contained or an importable module).
    this.child = cp.spawn(p.execPath, ["-e", PROCESS_WORKER_SOURCE], {
      stdio: ["ignore", "inherit", "inherit", "ipc"],
      serialization: "advanced",
      env: p.env,
      windowsHide: true,
    });
  }

  postMessage(m: unknown): void {
    this.child.send(m);
  }

  on(ev: string, f: (x: never) => void): void {
    if (ev === "message") this.child.on("message", f);
    // A child that dies reports it with "exit" (the pool breaks there); "error" only adds that a
    // message could not be sent to it.
    else if (ev === "exit") this.child.on("exit", ((code: number | null, signal: string | null) => f((code ?? signal) as never)) as never);
  }

  ref(): void {
    this.child.ref();
    this.child.channel?.ref();
  }

  unref(): void {
    this.child.unref();
    this.child.channel?.unref();
  }

  terminate(): Promise<number> {
    this.stopped = true;
    // Referenced until it has exited: a pending shutdown() waits for that exit.
    this.child.ref();
    this.child.kill();
    return Promise.resolve(0);
  }
}

function cpuCount(): number {
  const os = nodeProcess().getBuiltinModule!("node:os") as { availableParallelism(): number };
  return os.availableParallelism();
}

/** concurrent.futures.ProcessPoolExecutor, on child processes (ThreadPoolExecutor's interface). */
export class ProcessPoolExecutor extends Executor {
  /** @internal why the pool is broken (the message later submits raise), or null */ _broken: string | null = null;

  constructor(options: ProcessPoolExecutorOptions = {}) {
    super(options.maxWorkers ?? cpuCount());
  }

  /** @internal */
  _newWorker(_index: number): NodeWorker {
    return new ProcessWorker();
  }

  /** @internal */
  override _submit(fn: unknown, args: readonly unknown[], context: Context | null): ExecutorFuture<unknown> {
    if (this._broken !== null) throw new BrokenProcessPool(this._broken);
    return super._submit(fn, args, context);
  }

  /** @internal A worker exited: a crash unless the pool stopped it. */
  override _exited(slot: Slot, code: number): void {
    if (!(slot.worker as ProcessWorker).stopped && this._broken === null) this._breakPool();
    super._exited(slot, code);
  }

  /** @internal process.py terminate_broken: fail every pending job, stop the other workers. */
  _breakPool(): void {
    this._broken = POOL_BROKEN;
    const lost = [...this._queue];
    this._queue = [];
    for (const slot of this._slots) {
      if (slot.job !== null) lost.push(slot.job);
      slot.job = null;
      void slot.worker.terminate();
    }
    this._idle = [];
    for (const item of lost) if (!item.future.done()) item.future.setException(new BrokenProcessPool(JOB_LOST));
  }
}
