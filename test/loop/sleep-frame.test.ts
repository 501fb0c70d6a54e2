/**
 * `sleep` as a hand-written native coroutine frame (runtime/loop/sleep.ts, frame-coroutine.ts;
 * issue 12): the same protocol CPython's `asyncio.sleep` coroutine has, driven by hand and by a
 * task (LOOP-12, ORD-12: `sleep(0)` is one bare yield; `sleep(d > 0)` yields its timer's future
 * once). Values are CPython 3.11's for the same calls (python3 -c with asyncio.sleep).
 */
import { expect, test } from "vitest";
import { CancelledError, StopIteration } from "../../runtime/core/errors.js";
import { Coroutine } from "../../runtime/objects/coroutine.js";
import { newEventLoop } from "../../runtime/loop/run.js";
import { run } from "../../runtime/loop/run.js";
import { sleep } from "../../runtime/loop/sleep.js";
import { createTask } from "../../runtime/loop/tasks.js";
import { aw, co } from "./helpers.js";

const stopValue = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof StopIteration) return { stop: e.value };
    throw e;
  }
  return "no StopIteration";
};

test("sleep(0) by hand: one bare yield (None), then StopIteration(result); a coroutine object", () => {
  // CPython: c = asyncio.sleep(0, 'r'); c.send(None) -> None; c.send(None) -> StopIteration('r')
  const c = sleep(0, "r");
  expect(c).toBeInstanceOf(Coroutine);
  expect(c.__name__).toBe("sleep");
  expect(c.__qualname__).toBe("sleep");
  expect(c.send(undefined)).toBeUndefined();
  expect(c.cr_suspended).toBe(true);
  expect(stopValue(() => c.send(undefined))).toEqual({ stop: "r" });
  // CPython: RuntimeError('cannot reuse already awaited coroutine')
  expect(() => c.send(undefined)).toThrow("cannot reuse already awaited coroutine");
  // throw() at the bare yield raises it there; close() of a new one is a no-op
  const d = sleep(0);
  d.send(undefined);
  expect(() => d.throw(new CancelledError())).toThrow(CancelledError);
  sleep(0).close();
});

test("sleep(d > 0) by hand: yields its future (blocking), returns the result when it is done; a bad delay fails when it runs", () => {
  const loop = newEventLoop({ clock: "virtual" });
  const out = loop.runUntilComplete(co(function* () {
    const c = sleep(0.5, "late");
    const fut = c.send(undefined) as { _asyncio_future_blocking: boolean; done(): boolean; setResult(v: unknown): void };
    const blocking = fut._asyncio_future_blocking;
    fut.setResult("late");
    const r = stopValue(() => c.send(undefined));
    const bad = sleep("x" as unknown as number);
    let msg = "";
    try {
      bad.send(undefined);
    } catch (e) {
      msg = (e as Error).message;
    }
    yield* aw(sleep(0));
    return { blocking, r, msg };
  })());
  return out.then((v) => {
    loop.close();
    expect(v).toEqual({ blocking: true, r: { stop: "late" }, msg: "'<=' not supported between instances of 'string' and 'number'" });
  });
});

test("awaited inline, as a task, and cancelled on its timer: the timer is cancelled, the task is", async () => {
  const main = co(function* () {
    const order: string[] = [];
    const a = createTask(co(function* () {
      for (let i = 0; i < 3; i++) {
        order.push(`a${i}`);
        yield* aw(sleep(0));
      }
    })());
    const b = createTask(sleep(0, "b-result"));
    const c = createTask(sleep(10));
    yield* aw(sleep(0));
    c.cancel();
    let cancelled = false;
    try {
      yield* aw(c);
    } catch (e) {
      cancelled = e instanceof CancelledError;
    }
    yield* aw(a);
    return { order, b: (yield* aw(b)) as string, cancelled, timers: c._loop._scheduled.toArray().filter((h) => !h._cancelled).length };
  });
  expect(await run(main(), { clock: "virtual" })).toEqual({ order: ["a0", "a1", "a2"], b: "b-result", cancelled: true, timers: 0 });
});

test("gatherAll: any number of awaitables (200,000 tasks; gather(...tasks) hits V8's argument-spread RangeError), in order", async () => {
  const { gatherAll } = await import("../../runtime/loop/gather.js");
  const main = co(function* () {
    const one = co(function* (i: number) {
      yield* aw(sleep(0));
      return i;
    });
    const ts = [];
    for (let i = 0; i < 200_000; i++) ts.push(createTask(one(i)));
    const rs = (yield* aw(gatherAll(ts))) as number[];
    let ok = rs.length === 200_000;
    for (let i = 0; i < rs.length; i++) if (rs[i] !== i) ok = false;
    return ok;
  });
  expect(await run(main(), { clock: "virtual" })).toBe(true);
  expect(() => gatherAll(5 as never)).toThrow("gatherAll() takes an iterable of awaitables, got number");
});
