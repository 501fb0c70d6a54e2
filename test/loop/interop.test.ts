/**
 * The loop inside Node: waking a parked loop from JavaScript, yielding to Node during long runs,
 * cancelling a task from an AbortSignal, JavaScript awaiting tasks and coroutines, and the
 * async-generator hooks that asyncio.run's shutdown uses (LOOP-10's shutdown_asyncgens step, AG-19/20).
 */
import { expect, test } from "vitest";
import { CancelledError } from "../../runtime/core/errors.js";
import { LoopCoroutine } from "../../runtime/loop/loop-coroutine.js";
import { newEventLoop } from "../../runtime/loop/events.js";
import { run } from "../../runtime/loop/run.js";
import { sleep } from "../../runtime/loop/sleep.js";
import { getRunningLoop } from "../../runtime/loop/state.js";
import { getAsyncgenHooks } from "../../runtime/objects/host.js";
import { createTask } from "../../runtime/loop/tasks.js";
import { coroutineToPromise } from "../../runtime/loop/run.js";
import { aw, co } from "./helpers.js";

test("a parked loop (nothing scheduled) wakes when JavaScript calls callSoonThreadsafe", async () => {
  const loop = newEventLoop();
  // Not a wall-clock check: libuv starts a timer from its cached loop time, so under load a 10 ms
  // timeout can fire less than 10 ms after a performance.now() taken later (a flake seen on a loaded
  // machine). What matters is the order: runForever returns only after the stop JavaScript asked for.
  const order: string[] = [];
  setTimeout(() => {
    order.push("timeout");
    loop.callSoonThreadsafe(() => {
      order.push("stop");
      loop.stop();
    });
  }, 10);
  await loop.runForever();
  order.push("returned");
  expect(order).toEqual(["timeout", "stop", "returned"]);
  loop.close();
});

test("a busy loop (sleep(0) forever) still lets Node's timers run", async () => {
  const loop = newEventLoop();
  let spins = 0;
  let stop = false;
  const spinner = co(function* () {
    while (!stop) {
      spins++;
      yield* aw(sleep(0));
    }
    return spins;
  });
  setTimeout(() => {
    stop = true;
  }, 20);
  const n = await loop.runUntilComplete(spinner());
  expect(n).toBeGreaterThan(100);
  loop.close();
});

test("an AbortSignal cancels a task, with its reason as message", async () => {
  const ac = new AbortController();
  const out = await run(
    co(function* () {
      const t = createTask(sleep(10), { signal: ac.signal });
      yield* aw(sleep(0));
      setTimeout(() => ac.abort("user abort"), 1);
      try {
        yield* aw(t);
      } catch (e) {
        if (e instanceof CancelledError) return `cancelled: ${e.message}`;
      }
      return "not cancelled";
    })(),
  );
  expect(out).toBe("cancelled: user abort");
});

test("coroutineToPromise: a coroutine awaited from JavaScript with no loop runs like run()", async () => {
  const c = co(function* () {
    yield* aw(sleep(0.001));
    return getRunningLoop() !== null;
  });
  expect(await coroutineToPromise(c())).toBe(true);
  expect(await c()).toBe(true); // LoopCoroutine's own then
});

test("async generator hooks: installed while the loop runs; run() closes registered generators at shutdown", async () => {
  expect(getAsyncgenHooks().firstiter).toBeNull();
  const closed: string[] = [];
  const seen: string[] = [];
  const fakeAgen = (name: string, fail = false) => ({
    name,
    aclose() {
      return new LoopCoroutine(
        (function* () {
          yield* aw(sleep(0));
          closed.push(name);
          if (fail) throw new Error(`${name} failed`);
        })(),
        "aclose",
      );
    },
    __repr__: () => `<async_generator object ${name}>`,
  });
  await run(
    co(function* () {
      getRunningLoop().setExceptionHandler((_l, ctx) => seen.push(`${ctx.message} | ${(ctx.exception as Error).message}`));
      const hooks = getAsyncgenHooks();
      expect(typeof hooks.firstiter).toBe("function");
      hooks.firstiter!(fakeAgen("ag1"));
      hooks.firstiter!(fakeAgen("ag2", true));
      yield* aw(sleep(0));
    })(),
    { clock: "virtual" },
  );
  expect(closed).toEqual(["ag1", "ag2"]);
  expect(seen).toEqual(["an error occurred during closing of asynchronous generator <async_generator object ag2> | ag2 failed"]);
  expect(getAsyncgenHooks().firstiter).toBeNull();
});

test("CO-13 an __await__ iterator may be JavaScript-style or Python-style (with send)", async () => {
  const { StopIteration } = await import("../../runtime/core/errors.js");
  const log: string[] = [];
  /** Python-style: send/throw return the next value; the end is StopIteration(value). */
  class PyAwaitable {
    constructor(private readonly fut: { __await__(): unknown } & object) {}
    __await__() {
      const fut = this.fut as import("../../runtime/loop/futures.js").Future<string>;
      let st = 0;
      return {
        next: () => (st++ === 0 ? { value: (fut.__await__() as Iterator<unknown>).next().value, done: false } : { value: `py:${fut.result()}`, done: true }),
        send: (_v: unknown) => {
          if (st++ === 0) return (fut.__await__() as Iterator<unknown>).next().value;
          throw new StopIteration(`py:${fut.result()}`);
        },
        throw: (e: unknown) => {
          log.push(`py iterator got ${(e as Error).name}`);
          throw e;
        },
      };
    }
  }
  /** JavaScript-style: a generator (throw returns an IteratorResult). */
  class JsAwaitable {
    constructor(private readonly value: string) {}
    *__await__(): Generator<unknown, string, unknown> {
      yield* sleep(0.5).__await__();
      return `js:${this.value}`;
    }
  }
  const out = await run(
    co(function* () {
      const loop = getRunningLoop();
      const f = loop.createFuture<string>();
      loop.callLater(0.1, () => f.setResult("F"));
      const a = yield* aw(new PyAwaitable(f));
      const b = yield* aw(new JsAwaitable("J"));
      const g = loop.createFuture<string>();
      const t = createTask(co(function* () {
        return yield* aw(new PyAwaitable(g));
      })());
      yield* aw(sleep(0));
      t.cancel();
      let c = "";
      try {
        yield* aw(t);
      } catch (e) {
        c = (e as Error).name;
      }
      return [a, b, c];
    })(),
    { clock: "virtual" },
  );
  expect(out).toEqual(["py:F", "js:J", "CancelledError"]);
  expect(log).toEqual(["py iterator got CancelledError"]);
});
