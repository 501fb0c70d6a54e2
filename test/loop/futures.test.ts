/**
 * asyncio.Future (FUT-01..08), against /work/shared/spec/pysem/fut_01_future.py (CPython 3.11.7).
 */
import { describe, expect, test } from "vitest";
import { CancelledError, InvalidStateError, RuntimeError, StopIteration } from "../../runtime/core/errors.js";
import { newEventLoop } from "../../runtime/loop/events.js";
import { Future, isFuture, wrapFuture } from "../../runtime/loop/futures.js";
import { run } from "../../runtime/loop/run.js";
import { sleep } from "../../runtime/loop/sleep.js";
import { getRunningLoop, setEventLoop } from "../../runtime/loop/state.js";
import { aw, co } from "./helpers.js";

function raised(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error("did not raise");
}

describe("FUT: states, results, exceptions", () => {
  const loop = newEventLoop({ clock: "virtual" });

  test("FUT-01 a pending future", () => {
    const f = loop.createFuture();
    expect(f.__repr__()).toBe("<Future pending>");
    expect([f.done(), f.cancelled()]).toEqual([false, false]);
    expect(raised(() => f.result())).toEqual(new InvalidStateError("Result is not set."));
    expect(raised(() => f.result())).toBeInstanceOf(InvalidStateError);
    expect(raised(() => f.exception())).toEqual(new InvalidStateError("Exception is not set."));
  });

  test("FUT-02 a future is set only once", () => {
    const f = loop.createFuture<number>();
    f.setResult(42);
    expect(f.__repr__()).toBe("<Future finished result=42>");
    expect(f.result()).toBe(42);
    expect(f.exception()).toBeUndefined();
    expect(raised(() => f.setResult(43))).toEqual(new InvalidStateError("invalid state"));
    expect(raised(() => f.setException(new Error()))).toEqual(new InvalidStateError("invalid state"));
    expect(f.cancel()).toBe(false);
    const c = loop.createFuture();
    c.cancel();
    expect(raised(() => c.setResult(1))).toEqual(new InvalidStateError("invalid state"));
  });

  test("FUT-03 exception futures", () => {
    class ValueError extends Error {}
    const f = loop.createFuture();
    const bad = new ValueError("bad");
    f.setException(bad);
    expect(f.__repr__()).toBe("<Future finished exception=ValueError('bad')>");
    expect(raised(() => f.result())).toBe(bad);
    expect(f.exception()).toBe(bad);
    const k = loop.createFuture();
    k.setException(ValueError);
    expect(k.exception()).toBeInstanceOf(ValueError);
    const s = loop.createFuture();
    expect(raised(() => s.setException(new StopIteration()))).toEqual(
      new TypeError("StopIteration interacts badly with generators and cannot be raised into a Future"),
    );
    expect(raised(() => s.setException("str"))).toEqual(new TypeError("invalid exception object"));
    expect(s.done()).toBe(false);
  });

  test("FUT-04 cancel(), cancel(msg)", () => {
    const f = loop.createFuture();
    expect(f.cancel()).toBe(true);
    expect(f.cancel()).toBe(false);
    expect(f.__repr__()).toBe("<Future cancelled>");
    const e1 = raised(() => f.result()) as CancelledError;
    expect(e1).toBeInstanceOf(CancelledError);
    expect(e1.message).toBe("");
    expect(raised(() => f.exception())).toBeInstanceOf(CancelledError);
    const g = loop.createFuture();
    g.cancel("the message");
    expect((raised(() => g.result()) as Error).message).toBe("the message");
    // a plain future hands out a fresh CancelledError(msg) every time
    expect(raised(() => g.result())).not.toBe(raised(() => g.result()));
  });

  test("FUT-06 the await protocol yields the future once, then returns result()", () => {
    const f = loop.createFuture();
    const it = f.__await__();
    const first = it.next();
    expect(first).toEqual({ value: f, done: false });
    expect(f._asyncio_future_blocking).toBe(true);
    const f2 = loop.createFuture<string>();
    f2.setResult("done");
    expect(f2.__await__().next()).toEqual({ value: "done", done: true });
    const f3 = loop.createFuture();
    const it3 = f3.__await__();
    it3.next();
    expect(raised(() => it3.next())).toEqual(new RuntimeError("await wasn't used with future"));
    expect(isFuture(f)).toBe(true);
    expect(isFuture({})).toBe(false);
    expect(f.getLoop()).toBe(loop);
  });
});

describe("FUT: callbacks", () => {
  test("FUT-05 callbacks are scheduled with call_soon, never called synchronously; remove counts", async () => {
    const loop = newEventLoop({ clock: "virtual" });
    const order: string[] = [];
    const log: string[] = [];
    const main = co(function* () {
      const f = getRunningLoop().createFuture();
      f.addDoneCallback(() => order.push("cb1"));
      f.addDoneCallback(() => order.push("cb2"));
      const cb3 = () => order.push("cb3");
      f.addDoneCallback(cb3);
      f.addDoneCallback(cb3);
      log.push(`removed ${f.removeDoneCallback(cb3)}`);
      f.setResult(undefined);
      log.push(`sync ${order.join(",")}`);
      yield* aw(sleep(0));
      log.push(`after ${order.join(",")}`);
      f.addDoneCallback(() => order.push("late"));
      log.push(`immediately ${order[order.length - 1]}`);
      yield* aw(sleep(0));
      log.push(`after ${order[order.length - 1]}`);
    });
    await loop.runUntilComplete(main());
    expect(log).toEqual(["removed 2", "sync ", "after cb1,cb2", "immediately cb2", "after late"]);
    loop.close();
  });

  test("FUT-07 an exception raised by a done callback goes to the exception handler", async () => {
    const loop = newEventLoop({ clock: "virtual" });
    const seen: string[] = [];
    loop.setExceptionHandler((_l, ctx) => seen.push(`${ctx.message} | ${(ctx.exception as Error).message} | ${Object.keys(ctx).sort().join(",")}`));
    const main = co(function* () {
      const f5 = getRunningLoop().createFuture();
      f5.addDoneCallback(function bad_cb() {
        throw new Error("in callback");
      });
      f5.setResult(1);
      yield* aw(sleep(0));
    });
    await loop.runUntilComplete(main());
    expect(seen).toEqual(["Exception in callback bad_cb(<Future finished result=1>) | in callback | exception,handle,message"]);
    loop.close();
  });

  test("FUT-08 Future() with no running loop after asyncio.run", async () => {
    await run(co(function* () {})(), { clock: "virtual" });
    expect(raised(() => new Future())).toEqual(new RuntimeError("There is no current event loop in thread 'MainThread'."));
    const l = newEventLoop();
    setEventLoop(l);
    expect(new Future().getLoop()).toBe(l);
    setEventLoop(null);
    l.close();
  });
});

describe("Future as a JavaScript thenable, wrapFuture", () => {
  test("plain async code can await a future; cancellation rejects with CancelledError", async () => {
    const loop = newEventLoop({ clock: "virtual" });
    const f = loop.createFuture<number>();
    const g = loop.createFuture<number>();
    const p = (async () => (await f) + 1)();
    const q = (async () => {
      try {
        await g;
      } catch (e) {
        return (e as Error).name;
      }
    })();
    loop.callSoon(() => f.setResult(41));
    loop.callSoon(() => g.cancel());
    loop.callSoon(() => loop.stop());
    await loop.runForever();
    expect(await p).toBe(42);
    expect(await q).toBe("CancelledError");
    loop.close();
  });

  test("wrapFuture bridges a promise into the loop (also the virtual clock waits for it once)", async () => {
    const loop = newEventLoop({ clock: "virtual" });
    const main = co(function* () {
      const a = yield* aw(wrapFuture(Promise.resolve("resolved")));
      let b: unknown;
      try {
        yield* aw(wrapFuture(Promise.reject(new RangeError("rejected"))));
      } catch (e) {
        b = (e as Error).message;
      }
      const slow = new Promise((r) => setTimeout(() => r("slow"), 20));
      const c = yield* aw(slow); // a thenable awaited directly is bridged too
      return [a, b, c];
    });
    expect(await loop.runUntilComplete(main())).toEqual(["resolved", "rejected", "slow"]);
    loop.close();
  });

  test("runUntilComplete accepts a promise", async () => {
    const loop = newEventLoop();
    expect(await loop.runUntilComplete(new Promise((r) => setTimeout(() => r(7), 5)))).toBe(7);
    loop.close();
  });
});
