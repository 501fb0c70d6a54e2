// concurrent.futures.ThreadPoolExecutor on Node worker threads.
//
// Why this file exists: run_in_executor and to_thread (EXEC-01..03) need a pool of threads that
// run jobs and report back through futures. This is CPython 3.11's ThreadPoolExecutor
// (concurrent/futures/thread.py) — FIFO work queue, threads started lazily up to max_workers only
// when none is idle, a job cancelled while queued never runs, shutdown drains or cancels the queue —
// with Node workers for threads. What differs, because JavaScript cannot share a closure between
// threads:
//
// - A job is a self-contained function, sent as its source text, or a module reference
//   `{ module: url, export: name }` (worker-source.ts). A function using a variable of its enclosing
//   scope fails in the worker with a TypeError naming EXEC-01; a native or bound function, which has
//   no source, is refused at submit.
// - Arguments and results are structured-cloned (no shared objects). A ContextVar passed as a direct
//   argument stays the same variable in the worker (EXEC-03). Errors come back as the same class
//   when it is one of JavaScript's or pycoro's (ValueError, RuntimeError, ...), with the worker's
//   message and stack; any other class arrives as an Error with the original `name`.
// - The futures are ExecutorFutures (concurrent.ts); nothing blocks: `shutdown()` returns a Promise.
// - Idle workers are unref'd (they never keep the process alive, as Python joins idle pool threads
//   at exit); a worker is ref'd only while it runs a job. After shutdown every worker is terminated
//   once the queue is drained.

import { type Context, ContextVar } from "../objects/contextvars.js";
import * as errors from "../core/errors.js";
import { RuntimeError, ValueError } from "../core/errors.js";
import { ExecutorFuture } from "./concurrent.js";
import { funcName } from "../core/repr.js";
import { WORKER_ERROR_NAMES, WORKER_SOURCE } from "./worker-source.js";

/** A job given by reference: `{ module: import.meta.url, export: "work" }` (the module is import()ed in the worker). */
export interface ModuleFunction {
  module: string | { readonly href: string }; // a URL (no DOM or @types/node needed to type-check it)
  export: string;
}

export interface ThreadPoolExecutorOptions {
  /** Default: min(32, number of CPUs + 4), as Python 3.8+. */
  maxWorkers?: number;
  /** Python's thread_name_prefix (the workers' `name`). */
  threadNamePrefix?: string;
}

export type FnRef = { source: string; name: string } | { module: string; export: string };
interface VarDesc {
  key: string;
  name: string;
  hasDefault: boolean;
  default: unknown;
}
/** @internal */
export interface WorkItem {
  future: ExecutorFuture<unknown>;
  fn: FnRef;
  args: unknown[];
  argVars: [number, VarDesc][];
  context: [VarDesc, unknown][] | null;
}
/** A worker as the pool drives it: a worker thread, or a child process behind the same calls (process-pool.ts). */
export interface NodeWorker {
  postMessage(m: unknown): void;
  on(ev: string, f: (x: never) => void): void;
  ref(): void;
  unref(): void;
  terminate(): Promise<number>;
}
/** @internal */
export interface Slot {
  worker: NodeWorker;
  job: WorkItem | null;
}

const varKeys = new WeakMap<ContextVar<unknown>, string>();
let nextVarKey = 0;

/** What the worker needs to recreate a ContextVar (the key keeps its identity across jobs). */
function describeVar(v: ContextVar<unknown>): VarDesc {
  let key = varKeys.get(v);
  if (key === undefined) varKeys.set(v, (key = `main:${nextVarKey++}`));
  return { key, name: v.name, hasDefault: v._hasDefault, default: v._default };
}

/** How a job's function reaches the worker; TypeError (EXEC-01) for what cannot. */
function functionRef(fn: unknown): FnRef {
  if (typeof fn === "function") {
    const source = Function.prototype.toString.call(fn);
    const name = funcName(fn);
    if (/\{\s*\[native code\]\s*\}\s*$/.test(source)) {
      throw new TypeError(
        `EXEC-01: ${name} cannot run in a worker thread: a native or bound function has no source text (pass a self-contained function, or { module, export })`,
      );
    }
    return { source, name: fn.name };
  }
  if (fn !== null && typeof fn === "object" && "module" in fn && "export" in fn) {
    const ref = fn as ModuleFunction;
    return { module: String(ref.module), export: String(ref.export) };
  }
  throw new TypeError(`EXEC-01: an executor job is a function or { module, export }, got ${errors.typeName(fn)}`);
}

const ERROR_CLASSES: Record<string, new (m?: string) => Error> = {
  Error,
  TypeError,
  RangeError,
  ReferenceError,
  SyntaxError,
  EvalError,
  URIError,
};
for (const n of WORKER_ERROR_NAMES) ERROR_CLASSES[n] = (errors as unknown as Record<string, new (m?: string) => Error>)[n];

/** The error a worker reported, as an instance of the same class where the main thread has it. */
export function rebuildError(d: { name: string | null; message: string; stack?: string; value?: unknown }): unknown {
  if (d.name === null) return "value" in d ? d.value : d.message;
  const C = ERROR_CLASSES[d.name];
  const e = C !== undefined ? new C(d.message) : new Error(d.message);
  if (C === undefined) e.name = d.name;
  if (d.stack) e.stack = d.stack;
  return e;
}

let workerThreads: { Worker: new (src: string, o: object) => NodeWorker } | null = null;
function nodeWorkers(): { Worker: new (src: string, o: object) => NodeWorker } {
  const p = (globalThis as { process?: { getBuiltinModule?: (m: string) => unknown } }).process;
  workerThreads ??= (p?.getBuiltinModule?.("node:worker_threads") ?? null) as typeof workerThreads;
  if (workerThreads === null) throw new RuntimeError("EXEC-01: executors need Node's worker_threads (process.getBuiltinModule)");
  return workerThreads;
}

function defaultMaxWorkers(): number {
  const os = (globalThis as { process?: { getBuiltinModule?: (m: string) => unknown } }).process?.getBuiltinModule?.("node:os") as
    | { availableParallelism(): number }
    | undefined;
  return Math.min(32, (os?.availableParallelism() ?? 1) + 4);
}

let poolCounter = 0;

/**
 * concurrent.futures.Executor: a pool of workers with a FIFO work queue — the part that
 * ThreadPoolExecutor (worker threads) and ProcessPoolExecutor (child processes, process-pool.ts)
 * share. A subclass says how a worker starts (`_newWorker`).
 */
export abstract class Executor {
  /** @internal */ readonly _maxWorkers: number;
  /** @internal */ _queue: WorkItem[] = [];
  /** @internal */ _slots = new Set<Slot>();
  /** @internal */ _idle: Slot[] = [];
  /** @internal */ _shutdown = false;
  /** @internal resolved when the last worker has exited after shutdown */ _onExit: (() => void)[] = [];

  constructor(maxWorkers: number) {
    if (!(maxWorkers > 0)) throw new ValueError("max_workers must be greater than 0");
    this._maxWorkers = maxWorkers;
  }

  /** @internal Start worker number `index` of the pool. */
  abstract _newWorker(index: number): NodeWorker;

  /** Schedule `fn(...args)` on a worker; returns its ExecutorFuture. */
  submit<A extends unknown[], R>(fn: ((...args: A) => R) | ModuleFunction, ...args: A): ExecutorFuture<Awaited<R>> {
    return this._submit(fn, args, null) as ExecutorFuture<Awaited<R>>;
  }

  /** @internal submit, with the context the job runs in (toThread) or null (the worker's own). */
  _submit(fn: unknown, args: readonly unknown[], context: Context | null): ExecutorFuture<unknown> {
    if (this._shutdown) throw new RuntimeError("cannot schedule new futures after shutdown");
    const ref = functionRef(fn);
    const argVars: [number, VarDesc][] = [];
    const plain = args.map((a, i) => {
      if (!(a instanceof ContextVar)) return a;
      argVars.push([i, describeVar(a)]);
      return null;
    });
    const ctx = context === null ? null : Array.from(context.items(), ([v, value]) => [describeVar(v), value] as [VarDesc, unknown]);
    const item: WorkItem = { future: new ExecutorFuture(), fn: ref, args: plain, argVars, context: ctx };
    this._queue.push(item);
    this._dispatch();
    return item.future;
  }

  /**
   * `executor.map(fn, *iterables, timeout=None)`: submits every call now and yields the results in
   * order (an async iterator: JavaScript cannot block); `timeout` seconds from this call, after
   * which a result not yet there raises TimeoutError. Leaving early cancels the calls not started.
   */
  map<R>(fn: ((...args: never[]) => R) | ModuleFunction, iterables: Iterable<unknown>[], options: { timeout?: number | null } = {}): AsyncIterableIterator<Awaited<R>> {
    const timeout = options.timeout ?? null;
    const endTime = timeout === null ? null : performance.now() + timeout * 1000;
    const its = iterables.map((it) => it[Symbol.iterator]());
    const fs: ExecutorFuture<unknown>[] = [];
    for (;;) {
      const rs = its.map((it) => it.next());
      if (rs.length === 0 || rs.some((r) => r.done)) break;
      fs.push(this._submit(fn, rs.map((r) => r.value), null));
    }
    return resultIterator(fs, endTime) as AsyncIterableIterator<Awaited<R>>;
  }

  /**
   * Stop taking jobs. Queued jobs still run unless `cancelFutures`; with `wait` (default) the
   * Promise resolves once every worker has exited. Idempotent.
   */
  shutdown(options: { wait?: boolean; cancelFutures?: boolean } = {}): Promise<void> {
    this._shutdown = true;
    if (options.cancelFutures) {
      const q = this._queue;
      this._queue = [];
      for (const item of q) item.future.cancel();
    }
    this._dispatch();
    if (options.wait === false || this._slots.size === 0) return Promise.resolve();
    return new Promise((resolve) => this._onExit.push(resolve));
  }

  /** @internal Give queued jobs to idle (or new) workers; after shutdown, retire idle workers. */
  _dispatch(): void {
    while (this._queue.length > 0) {
      const slot = this._idle.pop() ?? (this._slots.size < this._maxWorkers ? this._spawn() : undefined);
      if (slot === undefined) break;
      const item = this._queue.shift()!;
      if (!item.future.setRunningOrNotifyCancel()) {
        this._idle.push(slot); // cancelled while queued: never runs (EXEC-02)
        continue;
      }
      this._start(slot, item);
    }
    if (this._shutdown && this._queue.length === 0) {
      for (const slot of this._idle.splice(0)) void slot.worker.terminate();
    }
  }

  /** @internal */
  _spawn(): Slot {
    const worker = this._newWorker(this._slots.size);
    const slot: Slot = { worker, job: null };
    worker.unref();
    worker.on("message", (reply: { ok: boolean; value?: unknown; error?: never }) => this._finished(slot, reply));
    worker.on("error", (e: never) => this._finished(slot, { ok: false, error: { name: (e as Error).name, message: (e as Error).message, stack: (e as Error).stack } as never }));
    worker.on("exit", (code: never) => this._exited(slot, code));
    this._slots.add(slot);
    return slot;
  }

  /** @internal */
  _start(slot: Slot, item: WorkItem): void {
    slot.job = item;
    slot.worker.ref();
    try {
      slot.worker.postMessage({ fn: item.fn, args: item.args, argVars: item.argVars, context: item.context });
    } catch (e) {
      if (item.context !== null && (e as Error).name === "DataCloneError") {
        // A context variable holds something that cannot be cloned: it fails only if the job reads it.
        item.context = item.context.map(([d, v]) => [d, cloneable(v) ? v : { __pycoroUnclonable: (cloneError(v) as Error).message }]);
        slot.job = null;
        return this._start(slot, item);
      }
      const msg = `EXEC-01: the arguments of ${"source" in item.fn ? item.fn.name || "<anonymous>" : item.fn.export}() cannot be sent to a worker thread: ${(e as Error).message}`;
      this._finished(slot, { ok: false, error: { name: "TypeError", message: msg } as never });
    }
  }

  /** @internal */
  _finished(slot: Slot, reply: { ok: boolean; value?: unknown; error?: never }): void {
    const item = slot.job;
    if (item === null) return;
    slot.job = null;
    slot.worker.unref();
    if (this._slots.has(slot)) this._idle.push(slot);
    if (reply.ok) item.future.setResult(reply.value);
    else item.future.setException(rebuildError(reply.error!));
    this._dispatch();
  }

  /** @internal */
  _exited(slot: Slot, code: number): void {
    this._slots.delete(slot);
    const i = this._idle.indexOf(slot);
    if (i >= 0) this._idle.splice(i, 1);
    if (slot.job !== null) {
      const name = "source" in slot.job.fn ? slot.job.fn.name || "<anonymous>" : slot.job.fn.export;
      this._finished(slot, { ok: false, error: { name: "RuntimeError", message: `EXEC-01: the worker thread running ${name}() exited (code ${code})` } as never });
    }
    if (this._slots.size === 0 && this._shutdown) for (const r of this._onExit.splice(0)) r();
    else this._dispatch();
  }
}

/** concurrent.futures.ThreadPoolExecutor, on worker threads. */
export class ThreadPoolExecutor extends Executor {
  /** @internal */ readonly _prefix: string;

  constructor(options: ThreadPoolExecutorOptions = {}) {
    super(options.maxWorkers ?? defaultMaxWorkers());
    this._prefix = options.threadNamePrefix || `ThreadPoolExecutor-${poolCounter++}`;
  }

  /** @internal */
  _newWorker(index: number): NodeWorker {
    const { Worker } = nodeWorkers();
    return new Worker(WORKER_SOURCE, { eval: true, name: `${this._prefix}_${index}` });
  }
}

function cloneable(v: unknown): boolean {
  return cloneError(v) === null;
}

function cloneError(v: unknown): unknown {
  try {
    structuredClone(v);
    return null;
  } catch (e) {
    return e;
  }
}

/** The iterator of `map`: results in submission order; cancels what is left when left early. */
async function* resultIterator(fs: ExecutorFuture<unknown>[], endTime: number | null): AsyncGenerator<unknown> {
  try {
    for (const f of fs) {
      if (endTime === null) yield await f;
      else yield await withDeadline(f, endTime);
    }
  } finally {
    for (const f of fs) f.cancel();
  }
}

function withDeadline(f: ExecutorFuture<unknown>, endTime: number): Promise<unknown> {
  if (f.done()) return Promise.resolve().then(() => f.result());
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new errors.TimeoutError()), Math.max(0, endTime - performance.now()));
    f.then(
      (v) => (clearTimeout(t), resolve(v)),
      (e) => (clearTimeout(t), reject(e)),
    );
  });
}
