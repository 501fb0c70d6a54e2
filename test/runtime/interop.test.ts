// JavaScript interop of coroutines (SURFACE.md §2 "Interop"; DESIGN.md §6): awaiting a thenable
// inside a coroutine (with and without an event loop), and coroutines, generator-based coroutines
// and async generator awaitables as thenables for plain async code.

import { describe, expect, it } from "vitest";
import { StopIteration, CancelledError, ValueError, run, sleep, createTask, getCoroutineState, Future, newEventLoop } from "../../runtime/index.js";
import { awaitOne, tryAwait, add, seq, bridge, items, body } from "./coframes.js";

function finish(c: { send(v?: unknown): unknown }, v?: unknown): unknown {
  try {
    c.send(v);
  } catch (e) {
    if (e instanceof StopIteration) return e.value;
    throw e;
  }
  throw new Error("still suspended");
}

describe("awaiting a JavaScript thenable in a coroutine", () => {
  it("without an event loop: the driver gets a pending thenable object; await it, then resume", async () => {
    const p = Promise.resolve(5);
    const c = awaitOne(p);
    const pending = c.send(undefined) as PromiseLike<unknown>;
    expect(typeof pending.then).toBe("function");
    expect(c.cr_await).toBe(p);
    expect(getCoroutineState(c)).toBe("CORO_SUSPENDED");
    expect(await pending).toBe(5);
    expect(finish(c)).toBe(5);
  });

  it("a rejection is raised at the await (the coroutine can catch it)", async () => {
    const err = new Error("rejected");
    const c = tryAwait(Promise.reject(err), (e: unknown) => `caught ${(e as Error).message}`);
    const pending = c.send(undefined) as PromiseLike<unknown>;
    await Promise.resolve(pending).catch(() => {});
    expect(finish(c)).toBe("caught rejected");
  });

  it("resumed while still pending, it yields again; any thenable works", async () => {
    let resolve!: (v: unknown) => void;
    const thenable = { then: (ok: (v: unknown) => void) => void (resolve = ok) };
    const c = awaitOne(thenable);
    const y1 = c.send(undefined);
    expect(c.send(undefined)).toBe(y1);
    await null; // (Promise.resolve(thenable) calls its then() in a microtask)
    resolve("late");
    await y1;
    expect(finish(c)).toBe("late");
  });

  it("with the event loop: the task parks on a bridged Future and resumes with the value", async () => {
    const slow = new Promise((r) => setTimeout(() => r("from a timer"), 5));
    expect(await run(awaitOne(slow))).toBe("from a timer");
    expect(await run(seq([() => Promise.resolve(1), () => add(1, 1), () => new Promise((r) => setImmediate(() => r(3)))]))).toEqual([1, 2, 3]);
  });

  it("a task awaiting a never-settling promise can be cancelled: CancelledError at the await", async () => {
    const never = new Promise(() => {});
    let t!: { cancel(): boolean };
    const main = seq([
      () => {
        t = createTask(tryAwait(never, (e: unknown) => (e instanceof CancelledError ? "cancelled at the await" : e)));
        return sleep(0);
      },
      () => body(() => t.cancel()),
      () => t,
    ]);
    expect(await run(main)).toEqual([undefined, true, "cancelled at the await"]);
  });

  it("a loop Future awaited from a coroutine", async () => {
    const main = seq([
      () => {
        const f = new Future<string>();
        setTimeout(() => f.getLoop().callSoonThreadsafe(() => f.setResult("set later")), 2);
        return f;
      },
    ]);
    expect(await run(main)).toEqual(["set later"]);
  });
});

describe("awaiting a pycoro Future (FUT-06)", () => {
  it("a pending future is yielded once, marked blocking; resumed, the await gives its result", () => {
    const loop = newEventLoop();
    try {
      const f = new Future<string>({ loop });
      const c = awaitOne(f);
      expect(c.send(undefined)).toBe(f);
      expect(f._asyncio_future_blocking).toBe(true);
      expect(c.cr_await).toBe(f);
      expect(() => c.send(undefined)).toThrow("await wasn't used with future");
      // still marked blocking (no task took it): awaiting it again raises at once (C's FutureIter)
      expect(() => awaitOne(f).send(undefined)).toThrow("await wasn't used with future");
      f._asyncio_future_blocking = false; // (what a task does with the future it takes)
      const d = awaitOne(f);
      expect(d.send(undefined)).toBe(f);
      f.setResult("r");
      expect(finish(d)).toBe("r");
      // a done future: no suspension at all
      expect(finish(awaitOne(f))).toBe("r");
      const g = new Future({ loop });
      g.setException(new ValueError("e"));
      expect(() => finish(awaitOne(g))).toThrow("e");
      const h = new Future({ loop });
      h.cancel();
      expect(() => finish(awaitOne(h))).toThrow(CancelledError);
    } finally {
      loop.close();
    }
  });

  it("a Future subclass that overrides __await__ is awaited through it", () => {
    const loop = newEventLoop();
    try {
      class Ready extends Future<number> {
        override __await__() {
          return [41, 42][Symbol.iterator]() as never;
        }
      }
      const c = awaitOne(new Ready({ loop }));
      expect(c.send(undefined)).toBe(41);
      expect(c.send(undefined)).toBe(42);
    } finally {
      loop.close();
    }
  });
});

describe("coroutines as thenables for plain async code", () => {
  it("await coro runs it as a task (with no loop running: as run(coro))", async () => {
    expect(await add(1, 2)).toBe(3);
    expect(await awaitOne(sleep(0.001, "slept"))).toBe("slept");
    await expect(Promise.resolve(tryAwait(Promise.reject(new Error("x")), (e: unknown) => (e as Error).message))).resolves.toBe("x");
  });

  it("a generator-based coroutine and an async generator's awaitables are thenables too", async () => {
    expect(await bridge(add(2, 3))).toBe(5);
    const ag = items(["a", "b"], []);
    expect(await ag.__anext__()).toBe("a");
    expect(await ag.asend("x")).toBe("b");
    expect(await ag.aclose()).toBe(undefined);
  });

  it("inside a running loop, awaiting a coroutine from plain async code creates a task on that loop", async () => {
    const js = async () => (await add(20, 22)) as number;
    expect(await run(awaitOne(js()))).toBe(42);
  });
});
