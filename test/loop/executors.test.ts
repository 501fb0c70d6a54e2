/**
 * Executors (EXEC-01..04) against /work/shared/spec/pysem/exec_01_executor_context.py (+ .out),
 * CPython 3.11.7. Thread timing is made deterministic with a SharedArrayBuffer: a job announces that
 * it started and blocks (Atomics.wait) until the test releases it, where the Python snippet sleeps.
 */
import { describe, expect, test } from "vitest";
import { ContextVar, copyContext } from "../../runtime/objects/contextvars.js";
import { CancelledError, RuntimeError, TimeoutError, ValueError } from "../../runtime/core/errors.js";
import { ExecutorFuture } from "../../runtime/loop/concurrent.js";
import { runCoroutineThreadsafe } from "../../runtime/loop/tasks.js";
import { ThreadPoolExecutor } from "../../runtime/loop/executors.js";
import { Future, isFuture } from "../../runtime/loop/futures.js";
import { Event } from "../../runtime/loop/locks.js";
import { newEventLoop } from "../../runtime/loop/events.js";
import { run } from "../../runtime/loop/run.js";
import { sleep } from "../../runtime/loop/sleep.js";
import { getRunningLoop } from "../../runtime/loop/state.js";
import { toThread } from "../../runtime/loop/threads.js";
import { aw, co } from "./helpers.js";

/** Resolves once flags[i] is no longer `v` (Atomics.waitAsync, for the loop to await). */
function whileEquals(flags: Int32Array, i: number, v: number): Promise<unknown> {
  const waitAsync = (Atomics as unknown as { waitAsync(a: Int32Array, i: number, v: number): { async: boolean; value: unknown } }).waitAsync;
  const r = waitAsync(flags, i, v);
  return r.async ? (r.value as Promise<unknown>) : Promise.resolve(r.value);
}
function release(flags: Int32Array, i: number): void {
  Atomics.store(flags, i, 1);
  Atomics.notify(flags, i);
}
/** A job: flags[0] = 1 (started), wait for flags[1], flags[0] = 2 (finished). Self-contained. */
function gate(flags: Int32Array): string {
  Atomics.store(flags, 0, 1);
  Atomics.notify(flags, 0);
  Atomics.wait(flags, 1, 0);
  Atomics.store(flags, 0, 2);
  Atomics.notify(flags, 0);
  return "slow";
}
const shared = () => new Int32Array(new SharedArrayBuffer(16));

describe("EXEC-01..03 run_in_executor / to_thread (pysem exec_01 #1-5)", () => {
  test("results and errors (EXEC-01), cancellation (EXEC-02), contexts (EXEC-03)", async () => {
    const v = new ContextVar("var", { default: "default" });
    const out: string[] = [];
    await run(
      co(function* () {
        const loop = getRunningLoop();
        // 1: an asyncio Future, on another thread
        const blocking = (x: number) => [x * 2, !(process as unknown as { getBuiltinModule(m: string): { isMainThread: boolean } }).getBuiltinModule("node:worker_threads").isMainThread];
        const f = loop.runInExecutor(null, blocking, 21);
        const r = (yield* aw(f)) as [number, boolean];
        out.push(`1 run_in_executor returns: ${f.constructor.name} | isfuture: ${isFuture(f)} | result: (${r[0]}, ${r[1] ? "True" : "False"})`);
        // 2: the exception comes back as its class. (Written with new Function because vitest
        // rewrites the imported ValueError into a module variable, which the worker rightly refuses
        // as a closure; compiled pycoro code keeps the bare name: fixtures/asyncio/executor-basics.)
        try {
          yield* aw(loop.runInExecutor(null, new Function('throw new ValueError("in thread")') as () => never));
        } catch (e) {
          out.push(`2 exception in executor propagates: ${e instanceof ValueError} ${(e as Error).name}('${(e as Error).message}')`);
        }
        // 3: cancelling a running job: true, the job finishes anyway, the result is dropped
        const flags = shared();
        const f3 = loop.runInExecutor(null, gate, flags);
        yield* aw(whileEquals(flags, 0, 0));
        out.push(`3 cancel() on running executor future -> ${f3.cancel()} | thread started: ${flags[0] >= 1} | finished yet: ${flags[0] === 2}`);
        release(flags, 1);
        yield* aw(whileEquals(flags, 0, 1));
        out.push(`   thread finished anyway: ${flags[0] === 2} | asyncio future cancelled: ${f3.cancelled()}`);
        // 4: a job still queued in a 1-worker pool and cancelled never runs
        const pool = new ThreadPoolExecutor({ maxWorkers: 1 });
        const flags4 = shared();
        const f1 = loop.runInExecutor(pool, gate, flags4);
        const f2 = loop.runInExecutor(pool, (fl: Int32Array) => Atomics.store(fl, 2, 1), flags4);
        yield* aw(sleep(0));
        f2.cancel();
        yield* aw(sleep(0)); // the done callback cancels the queued concurrent future
        release(flags4, 1);
        yield* aw(f1);
        out.push(`4 queued job cancelled before starting never runs: ${flags4[2] === 0}`);
        yield* aw(pool.shutdown());
        // 5: to_thread copies the context, run_in_executor does not
        v.set("main-value");
        const get = (cv: ContextVar<string>) => cv.get();
        const a = yield* aw(toThread(get, v));
        const b = yield* aw(loop.runInExecutor(null, get, v));
        out.push(`5 to_thread sees contextvar: ${a} | run_in_executor does not copy context: ${b}`);
      }, "main")(),
      { clock: "virtual" },
    );
    expect(out).toEqual([
      "1 run_in_executor returns: Future | isfuture: true | result: (42, True)",
      "2 exception in executor propagates: true ValueError('in thread')",
      "3 cancel() on running executor future -> true | thread started: true | finished yet: false",
      "   thread finished anyway: true | asyncio future cancelled: true",
      "4 queued job cancelled before starting never runs: true",
      "5 to_thread sees contextvar: main-value | run_in_executor does not copy context: default",
    ]);
  });

  test("EXEC-01 what cannot reach a worker: closures, native functions, unclonable values; module references", async () => {
    const out: string[] = [];
    const y = 3;
    const moduleUrl = "data:text/javascript,export function twice(x) { return 2 * x }";
    await run(
      co(function* () {
        const loop = getRunningLoop();
        const attempt = function* (label: string, f: Future<unknown>) {
          try {
            out.push(`${label} -> ${yield* aw(f)}`);
          } catch (e) {
            out.push(`${label}: ${(e as Error).name}: ${(e as Error).message}`);
          }
        };
        yield* attempt("closure", loop.runInExecutor(null, function usesY() {
          return y;
        }));
        try {
          loop.runInExecutor(null, Math.max, 1, 2);
        } catch (e) {
          out.push(`native: ${(e as Error).name}: ${(e as Error).message}`);
        }
        yield* attempt("unclonable argument", loop.runInExecutor(null, (f: unknown) => typeof f, () => 1));
        yield* attempt("unclonable result", loop.runInExecutor(null, () => () => 1));
        yield* attempt("module", loop.runInExecutor(null, { module: moduleUrl, export: "twice" }, 21));
        yield* attempt("async job", loop.runInExecutor(null, async (x: number) => x + 1, 1));
        const unclonable = new ContextVar<unknown>("fn");
        unclonable.set(() => 1);
        const plain = new ContextVar<unknown>("plain");
        plain.set("ok");
        yield* attempt("context with an unclonable value, unread", toThread((p: ContextVar<unknown>) => p.get(), plain) as never);
        yield* attempt("read", toThread((p: ContextVar<unknown>) => p.get(), unclonable) as never);
      }, "main")(),
      { clock: "virtual" },
    );
    expect(out).toEqual([
      "closure: TypeError: EXEC-01: usesY() was sent to a worker thread as source text and uses 'y', which the worker does not have: a function run in an executor must be self-contained (pass values as arguments, or submit { module, export })",
      "native: TypeError: EXEC-01: max cannot run in a worker thread: a native or bound function has no source text (pass a self-contained function, or { module, export })",
      expect.stringMatching(/^unclonable argument: TypeError: EXEC-01: the arguments of <anonymous>\(\) cannot be sent to a worker thread: .*could not be cloned/),
      expect.stringMatching(/^unclonable result: TypeError: EXEC-01: its result cannot be sent back from the worker thread: .*could not be cloned/),
      "module -> 42",
      "async job -> 2",
      "context with an unclonable value, unread -> ok",
      expect.stringMatching(/^read: TypeError: EXEC-03: the value of ContextVar 'fn' could not be sent to the worker thread/),
    ]);
  });

  test("run_in_executor after shutdown_default_executor; set_default_executor checks", async () => {
    const loop = newEventLoop({ clock: "virtual" });
    await loop.runUntilComplete(loop.shutdownDefaultExecutor());
    expect(() => loop.runInExecutor(null, () => 1)).toThrow(new RuntimeError("Executor shutdown has been called"));
    expect(() => loop.setDefaultExecutor({} as never)).toThrow(new TypeError("executor must be ThreadPoolExecutor instance"));
    loop.close();
  });
});

describe("ThreadPoolExecutor / ExecutorFuture (concurrent.futures)", () => {
  test("submit, map, shutdown, states", async () => {
    const pool = new ThreadPoolExecutor({ maxWorkers: 2 });
    expect(() => new ThreadPoolExecutor({ maxWorkers: 0 })).toThrow(new ValueError("max_workers must be greater than 0"));
    const flags = shared();
    const f = pool.submit(gate, flags);
    await whileEquals(flags, 0, 0);
    expect([f.running(), f.done(), f.cancel()]).toEqual([true, false, false]);
    expect(() => f.result()).toThrow(TimeoutError);
    release(flags, 1);
    expect(await f).toBe("slow");
    expect([f.running(), f.done(), f.result(), f.exception()]).toEqual([false, true, "slow", undefined]);
    expect(f.__repr__()).toMatch(/^<Future at 0x[0-9a-f]+ state=finished returned string>$/);
    const seen: string[] = [];
    f.addDoneCallback(() => seen.push("called at once"));
    expect(seen).toEqual(["called at once"]);

    const results: number[] = [];
    for await (const r of pool.map((a: number, b: number) => a * b, [[1, 2, 3], [10, 20, 30, 40]])) results.push(r);
    expect(results).toEqual([10, 40, 90]);

    const err = pool.submit(() => {
      throw new RangeError("bad");
    });
    await expect(err).rejects.toEqual(new RangeError("bad"));
    expect(err.exception()).toBeInstanceOf(RangeError);

    // shutdown(cancelFutures): queued jobs are cancelled, the running one finishes
    const flags2 = shared();
    const solo = new ThreadPoolExecutor({ maxWorkers: 1 });
    const running = solo.submit(gate, flags2);
    const queued = solo.submit((x: number) => x, 1);
    await whileEquals(flags2, 0, 0);
    const done = solo.shutdown({ wait: true, cancelFutures: true });
    expect(() => solo.submit((x: number) => x, 1)).toThrow(new RuntimeError("cannot schedule new futures after shutdown"));
    expect([queued.cancelled(), running.running()]).toEqual([true, true]);
    expect(() => queued.result()).toThrow(CancelledError);
    release(flags2, 1);
    await done;
    expect(running.result()).toBe("slow");
    await pool.shutdown();
  });

  test("map timeout", async () => {
    const pool = new ThreadPoolExecutor({ maxWorkers: 1 });
    const flags = shared();
    const it = pool.map(gate, [[flags]], { timeout: 0.05 });
    await expect(it.next()).rejects.toBeInstanceOf(TimeoutError);
    release(flags, 1);
    await pool.shutdown();
  });
});

describe("EXEC-04 thread entry points (pysem exec_01 #6, #11, #12)", () => {
  test("call_soon_threadsafe wakes the loop; run_coroutine_threadsafe", async () => {
    const out: string[] = [];
    await run(
      co(function* () {
        const loop = getRunningLoop();
        const got = new Event();
        setImmediate(() => loop.callSoonThreadsafe(() => got.set()));
        yield* aw(got.wait());
        out.push(`6 call_soon_threadsafe woke the loop: ${got.isSet()}`);
        const coro = co(function* () {
          yield* aw(sleep(0.01));
          return "from loop";
        }, "coro");
        // "another thread": plain JavaScript running outside the loop's batches
        const outside = new Promise<[boolean, unknown]>((resolve) =>
          setImmediate(async () => {
            const cf = runCoroutineThreadsafe(coro(), loop);
            resolve([cf instanceof ExecutorFuture, await cf]);
          }),
        );
        const r = (yield* aw(outside)) as [boolean, unknown];
        out.push(`11 run_coroutine_threadsafe returns ExecutorFuture: ${r[0]} -> ${r[1]}`);
        try {
          runCoroutineThreadsafe(123, loop);
        } catch (e) {
          out.push(`12 run_coroutine_threadsafe(non-coroutine) -> ${(e as Error).message}`);
        }
      }, "main")(),
      { clock: "virtual" },
    );
    expect(out).toEqual([
      "6 call_soon_threadsafe woke the loop: true",
      "11 run_coroutine_threadsafe returns ExecutorFuture: true -> from loop",
      "12 run_coroutine_threadsafe(non-coroutine) -> A coroutine object is required",
    ]);
  });

  test("toThread copies the context at the call, the copy is not the caller's", async () => {
    const v = new ContextVar("v", { default: "d" });
    const out = await run(
      co(function* () {
        v.set("one");
        const c = copyContext();
        const setter = (cv: ContextVar<string>) => {
          cv.set("changed in thread");
          return cv.get();
        };
        const inThread = yield* aw(toThread(setter, v));
        return [inThread, v.get(), c.get(v)];
      }, "main")(),
      { clock: "virtual" },
    );
    expect(out).toEqual(["changed in thread", "one", "one"]);
  });
});
