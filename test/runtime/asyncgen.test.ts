// AG rules of python-semantics.md §6 (async generators, PEP 525) and P479-05, on hand-lowered
// frames (coframes.ts), driven by hand as pysem/agen_01_basics.py and agen_02_athrow_aclose.py do,
// and under the event loop (agen_03, AG-18/20).

import { describe, expect, it } from "vitest";
import {
  StopIteration,
  StopAsyncIteration,
  GeneratorExit,
  ValueError,
  getAsyncGenState,
  getAsyncgenHooks,
  setAsyncgenHooks,
  run,
  sleep,
  anext,
  aiter,
  asyncList,
} from "../../runtime/index.js";
import { AsyncGenerator } from "../../runtime/internal.js";
import {
  items,
  awaitInBody,
  catchFinally,
  onGeneratorExit,
  yieldInFinally,
  awaitFirst,
  thenRaise,
  suspend,
  awaitOne,
  seq,
  body,
  forAwait,
  type AG,
} from "./coframes.js";
import { show } from "./helpers.js";

const io = (tag: string) => suspend(tag);

/** agen_01's step(): one send; ('yield-to-loop', v) or ('done', value). */
function step(aw: { send(v?: unknown): unknown }, value?: unknown): [string, unknown] {
  try {
    return ["yield-to-loop", aw.send(value)];
  } catch (e) {
    if (e instanceof StopIteration) return ["done", e.value];
    throw e;
  }
}

/** agen_02's run(): drive to completion, ["yielded", [...], "result", v]. */
function drive(aw: { send(v?: unknown): unknown }, sends: unknown[] = []): [string, unknown[], string, unknown] {
  const ys: unknown[] = [];
  let v: unknown = undefined;
  let i = 0;
  for (;;) {
    try {
      ys.push(aw.send(v));
    } catch (e) {
      if (e instanceof StopIteration) return ["yielded", ys, "result", e.value];
      throw e;
    }
    v = sends[i++];
  }
}

const out = (f: () => unknown) => {
  try {
    return `-> ${JSON.stringify(f()) ?? "undefined"}`;
  } catch (e) {
    return `raised ${(e as Error).name}: ${(e as Error).message}`;
  }
};

describe("async generator objects (AG-01..07), driven by hand", () => {
  it("AG-01: object model", () => {
    const a = items([1], []);
    expect(a).toBeInstanceOf(AsyncGenerator);
    expect((a as unknown as { $kind: string }).$kind).toBe("async_generator");
    expect(a.__aiter__()).toBe(a);
    const kinds = [a.__anext__(), a.asend(undefined), a.athrow(ValueError), a.aclose()].map((x) => (x as unknown as { $kind: string }).$kind);
    expect(kinds).toEqual(["async_generator_asend", "async_generator_asend", "async_generator_athrow", "async_generator_athrow"]);
    expect(a.ag_await).toBeNull();
    expect(a.ag_running).toBe(false);
    expect(a.ag_frame?.name).toBe("items");
    expect(a.ag_code.name).toBe("items");
    expect(a.__name__).toBe("items");
  });

  it("AG-02/03: own yields complete the awaitable with StopIteration(value); awaits pass through; the end is StopAsyncIteration", () => {
    const log: string[] = [];
    const a = awaitInBody(io, log);
    const n = a.__anext__();
    expect(step(n)).toEqual(["done", 1]);
    expect(log).toEqual(["started"]);
    expect([a.ag_running, a.ag_await]).toEqual([false, null]);
    const s = a.asend("sent");
    expect(step(s)).toEqual(["yield-to-loop", "pending-io"]);
    expect((a.ag_await as { __name__: string }).__name__).toBe("suspend");
    expect(a.ag_running).toBe(true);
    expect(getAsyncGenState(a)).toBe("AGEN_RUNNING");
    expect(step(s, "io-result")).toEqual(["done", 2]);
    expect(getAsyncGenState(a)).toBe("AGEN_SUSPENDED");
    const s2 = a.asend("last");
    const e = (() => {
      try {
        s2.send(undefined);
      } catch (x) {
        return x as Error;
      }
    })();
    expect(e).toBeInstanceOf(StopAsyncIteration);
    expect(e?.message).toBe("");
    expect(log).toEqual(["started", "got sent", "await returned io-result", "got last"]);
    expect(show(() => a.__anext__().send(undefined))).toBe("raised StopAsyncIteration: ");
    expect(getAsyncGenState(a)).toBe("AGEN_CLOSED");
    // AG-04: single use
    expect(show(() => s2.send(undefined))).toBe("raised RuntimeError: cannot reuse already awaited __anext__()/asend()");
  });

  it("AG-04: the awaitable is its own __await__ iterator", () => {
    const aw = items([1], []).__anext__();
    expect(aw.__await__()).toBe(aw);
    expect(aw[Symbol.iterator]()).toBe(aw);
    expect(aw.next()).toEqual({ value: 1, done: true });
  });

  it("AG-05: priming", () => {
    expect(show(() => items([1], []).asend("x").send(undefined))).toBe(
      "raised TypeError: can't send non-None value to a just-started async generator",
    );
    expect(show(() => items([1], []).asend(undefined).send("x"))).toBe(
      "raised TypeError: can't send non-None value to a just-started async generator",
    );
    expect(step(items(["only"], []).__anext__())).toEqual(["done", "only"]);
  });

  it("AG-07: concurrent use is rejected while an awaitable is in flight", () => {
    const sl = awaitFirst(io);
    const first = sl.__anext__();
    expect(first.send(undefined)).toBe("waiting");
    expect(out(() => drive(sl.__anext__()))).toBe("raised RuntimeError: anext(): asynchronous generator is already running");
    expect(out(() => drive(sl.athrow(ValueError)))).toBe("raised RuntimeError: athrow(): asynchronous generator is already running");
    expect(out(() => drive(sl.aclose()))).toBe("raised RuntimeError: aclose(): asynchronous generator is already running");
    expect(sl.ag_running).toBe(true);
    expect(step(first)).toEqual(["done", 1]);
    expect(sl.ag_running).toBe(false);
  });
});

describe("athrow / aclose (AG-08..14)", () => {
  it("agen_02 #1-#8", () => {
    const log: string[] = [];
    let a = catchFinally(io, log);
    drive(a.__anext__());
    expect(out(() => drive(a.athrow(new ValueError("v"))))).toBe('-> ["yielded",[],"result","after-catch"]');
    expect(log).toEqual(["caught v"]);
    expect(out(() => drive(a.aclose()))).toBe('-> ["yielded",["io-in-finally"],"result",null]');
    expect(log).toEqual(["caught v", "finally", "finally done"]);
    expect(out(() => drive(a.__anext__()))).toBe("raised StopAsyncIteration: ");
    expect(out(() => drive(a.aclose()))).toBe('-> ["yielded",[],"result",null]');

    log.length = 0;
    a = catchFinally(io, log);
    expect(out(() => drive(a.aclose()))).toBe('-> ["yielded",[],"result",null]');
    expect(log).toEqual([]); // the finally does not run
    expect(out(() => drive(a.__anext__()))).toBe("raised StopAsyncIteration: ");

    a = catchFinally(io, log);
    expect(out(() => drive(a.athrow(new KeyErr("k"))))).toBe("raised KeyError: k");
    expect(out(() => drive(a.__anext__()))).toBe("raised StopAsyncIteration: ");

    a = catchFinally(io, log);
    drive(a.__anext__());
    expect(out(() => drive(a.athrow(new KeyErr("k2"))))).toBe("raised KeyError: k2");
    expect(out(() => drive(a.athrow(new KeyErr("k3"))))).toBe('-> ["yielded",[],"result",null]'); // AG-09
  });

  it("AG-11: yielding after GeneratorExit; the 3.11 second-aclose quirk", () => {
    const log: string[] = [];
    const s = onGeneratorExit("yield", log);
    drive(s.__anext__());
    expect(out(() => drive(s.aclose()))).toBe("raised RuntimeError: async generator ignored GeneratorExit");
    expect(out(() => drive(s.aclose()))).toBe("raised StopAsyncIteration: ");
    expect(s.ag_frame).not.toBeNull();
    const y = yieldInFinally();
    drive(y.__anext__());
    expect(out(() => drive(y.aclose()))).toBe("raised RuntimeError: async generator ignored GeneratorExit");
  });

  it("AG-12: aclose where the body returns, raises, raises StopAsyncIteration", () => {
    const log: string[] = [];
    const c = onGeneratorExit("return", log);
    drive(c.__anext__());
    expect(out(() => drive(c.aclose()))).toBe('-> ["yielded",[],"result",null]');
    const r = onGeneratorExit("raise", log);
    drive(r.__anext__());
    expect(out(() => drive(r.aclose()))).toBe("raised ValueError: during aclose");
    const x = onGeneratorExit("stop", log);
    drive(x.__anext__());
    expect(out(() => drive(x.aclose()))).toBe("raised RuntimeError: async generator raised StopAsyncIteration");
    expect(log).toEqual(["GeneratorExit, return", "GeneratorExit, raise", "GeneratorExit, stop"]);
  });

  it("AG-04: athrow/aclose awaitables are single use", () => {
    const log: string[] = [];
    let a = catchFinally(io, log);
    drive(a.__anext__());
    const cl = a.aclose();
    expect(drive(cl)).toEqual(["yielded", ["io-in-finally"], "result", undefined]);
    expect(out(() => drive(cl))).toBe("raised RuntimeError: cannot reuse already awaited aclose()/athrow()");
    a = catchFinally(io, log);
    drive(a.__anext__());
    const t = a.athrow(ValueError);
    expect(drive(t)).toEqual(["yielded", [], "result", "after-catch"]);
    expect(out(() => drive(t))).toBe("raised RuntimeError: cannot reuse already awaited aclose()/athrow()");
  });

  it("AG-08/14: athrow argument forms", () => {
    const log: string[] = [];
    const a = catchFinally(io, log);
    drive(a.__anext__());
    expect(drive(a.athrow(ValueError, "arg"))).toEqual(["yielded", [], "result", "after-catch"]);
    expect(log).toEqual(["caught arg"]);
    const a2 = catchFinally(io, log);
    drive(a2.__anext__());
    expect(out(() => drive(a2.athrow("notexc" as never)))).toBe(
      "raised TypeError: exceptions must be classes or instances deriving from BaseException, not string",
    );
    const a3 = items([1, 2], []);
    drive(a3.__anext__());
    const aw3 = (a3.athrow as unknown as () => { send(v?: unknown): unknown })();
    expect((aw3 as unknown as { $kind: string }).$kind).toBe("async_generator_athrow");
    expect(out(() => drive(aw3))).toBe("raised TypeError: athrow expected at least 1 argument, got 0");
    // (3.11 would now be stuck "already running"; pycoro is not: AG-14 says not to replicate it)
    expect(drive(a3.__anext__())).toEqual(["yielded", [], "result", 2]);
  });

  it("AG-13: athrow(GeneratorExit) is not aclose()", () => {
    const log: string[] = [];
    const g = onGeneratorExit("yield", log);
    drive(g.__anext__());
    expect(drive(g.athrow(GeneratorExit))).toEqual(["yielded", [], "result", "refuse"]);
  });

  it("AG-09: athrow on a finished generator completes with None (exhausted, aclosed, died)", () => {
    for (const kind of ["exhausted", "aclosed", "died"]) {
      const af = items([1], []);
      drive(af.__anext__());
      if (kind === "exhausted") expect(out(() => drive(af.__anext__()))).toBe("raised StopAsyncIteration: ");
      else if (kind === "aclosed") drive(af.aclose());
      else expect(out(() => drive(af.athrow(ValueError)))).toBe("raised ValueError: ");
      expect(drive(af.athrow(new KeyErr("k")))).toEqual(["yielded", [], "result", undefined]);
      expect(out(() => drive(af.__anext__()))).toBe("raised StopAsyncIteration: ");
    }
  });

  it("asend/athrow awaitables: throw() goes to the generator, close() only ends the awaitable", () => {
    const log: string[] = [];
    const a = catchFinally(io, log);
    drive(a.__anext__());
    const s = a.__anext__();
    expect(step(s)).toEqual(["done", 2]);
    const s2 = a.__anext__();
    // the generator catches it and yields: the awaitable completes with that value
    let v: unknown;
    try {
      s2.throw(new ValueError("via asend.throw"));
    } catch (e) {
      v = (e as StopIteration).value;
    }
    expect(v).toBe("after-catch");
    const s3 = a.__anext__();
    expect(s3.close()).toBe(undefined);
    expect(show(() => s3.send(undefined))).toBe("raised RuntimeError: cannot reuse already awaited __anext__()/asend()");
    expect(drive(a.aclose())).toEqual(["yielded", ["io-in-finally"], "result", undefined]);
  });

  it("an athrow awaitable of a finished generator passes a thrown StopIteration on unchanged (no PEP 479)", () => {
    // python3: g.athrow(ValueError) after g died, .throw(StopIteration) -> StopIteration() itself
    const af = items([1], []);
    drive(af.__anext__());
    expect(out(() => drive(af.athrow(ValueError)))).toBe("raised ValueError: ");
    expect(show(() => af.athrow(ValueError).throw(StopIteration))).toBe("raised StopIteration: ");
  });
});

class KeyErr extends Error {
  override name = "KeyError";
}

describe("P479-05", () => {
  it("StopAsyncIteration / StopIteration escaping an async generator become RuntimeError", () => {
    const sai = new StopAsyncIteration("in agen");
    const a = thenRaise(() => sai);
    drive(a.__anext__());
    let e: Error & { context?: unknown } = new Error();
    try {
      drive(a.__anext__());
    } catch (x) {
      e = x as Error;
    }
    expect(`${e.name}: ${e.message}`).toBe("RuntimeError: async generator raised StopAsyncIteration");
    expect(e.cause).toBe(sai);
    expect(e.context).toBe(sai);
    const b = thenRaise(() => new StopIteration("in agen"));
    drive(b.__anext__());
    expect(out(() => drive(b.__anext__()))).toBe("raised RuntimeError: async generator raised StopIteration");
  });
});

describe("async generators awaited by coroutines and under the event loop", () => {
  it("a coroutine awaiting anext(ag) delegates to the awaitable; pass-through yields reach its driver", () => {
    const log: string[] = [];
    const a = awaitInBody(io, log);
    const c = seq([() => a.__anext__(), () => a.asend("x")]);
    expect(c.send(undefined)).toBe("pending-io");
    expect((c.cr_await as { $kind: string }).$kind).toBe("async_generator_asend");
    expect(c.cr_await).toBe(a.ag_running ? c.cr_await : null);
    let result: unknown;
    try {
      c.send("io");
    } catch (e) {
      result = (e as StopIteration).value;
    }
    expect(result).toEqual([1, 2]);
    expect(log).toEqual(["started", "got x", "await returned io"]);
    // the end of the generator raised at the await
    const d = awaitOne(a.asend("y"));
    expect(out(() => drive(d))).toBe("raised StopAsyncIteration: ");
  });

  it("async for over an async generator (forAwait frame), break does not close it (AG-15)", async () => {
    const log: string[] = [];
    const a = items([1, 2, 3], log);
    expect(drive(forAwait(a, 2))).toEqual(["yielded", [], "result", [1, 2]]);
    expect(a.ag_frame).not.toBeNull();
    expect(log).toEqual(["got undefined"]);
    expect(await run(forAwait(a))).toEqual([3]);
    expect(log).toEqual(["got undefined", "got undefined", "got undefined", "finally"]);
  });

  it("AG-16: anext(ag), anext(ag, default), aiter(ag) is ag; errors", async () => {
    const a = items([0], []);
    const main = seq([() => anext(a), () => anext(a, "default"), () => anext(a, "again")]);
    expect(await run(main)).toEqual([0, "default", "again"]);
    expect(aiter(a)).toBe(a);
    expect(show(() => anext(1 as never))).toBe("raised TypeError: 'number' object is not an async iterator");
    expect(show(() => aiter(1 as never))).toBe("raised TypeError: 'number' object is not an async iterable");
    const b = items([], []);
    expect(show(() => drive(anext(b) as never))).toBe("raised StopAsyncIteration: ");
  });

  it("AG-17: asyncList drains an async generator (its finally runs)", async () => {
    const log: string[] = [];
    expect(await run(asyncList(items([0, 1, 2], log)))).toEqual([0, 1, 2]);
    expect(log.at(-1)).toBe("finally");
    // awaited inside a coroutine
    expect(await run(awaitOne(asyncList(items(["a"], []))))).toEqual(["a"]);
  });

  it("AG-18: firstiter is called once, at the first __anext__/asend/athrow/aclose, not at creation", () => {
    const events: string[] = [];
    const prev = setAsyncgenHooks({ firstiter: (ag) => events.push(`firstiter(${(ag as AG).__name__})`), finalizer: null });
    try {
      const a = items([1, 2], []);
      expect(events).toEqual([]);
      drive(a.__anext__());
      expect(events).toEqual(["firstiter(items)"]);
      drive(a.__anext__());
      expect(events).toEqual(["firstiter(items)"]);
      items([1], []).aclose();
      expect(events).toEqual(["firstiter(items)", "firstiter(items)"]);
    } finally {
      setAsyncgenHooks(prev);
    }
    expect(getAsyncgenHooks().firstiter).toBe(prev.firstiter);
  });

  it("AG-20: run() acloses started, unfinished async generators at shutdown (their finally may await)", async () => {
    const log: string[] = [];
    let ag: AG | undefined;
    const main = seq([
      () => {
        ag = catchFinally((tag: string) => (log.push(`io ${tag}`), sleep(0)), log);
        return anext(ag);
      },
      () => body(() => (log.push("main returns"), "t6 done")),
    ]);
    expect(await run(main)).toEqual([1, "t6 done"]);
    expect(log).toEqual(["main returns", "finally", "io io-in-finally", "finally done"]);
    expect(ag!.ag_frame).toBeNull();
  });

  it("plain async JavaScript: for await over an async generator runs each step as a task; return() acloses", async () => {
    const log: string[] = [];
    const got: unknown[] = [];
    for await (const x of items([1, 2, 3], log)) {
      got.push(x);
      if (x === 2) break;
    }
    expect(got).toEqual([1, 2]);
    expect(log).toEqual(["got undefined", "finally"]);
    const a = awaitInBody((tag: string) => sleep(0, `slept ${tag}`), []);
    const all: unknown[] = [];
    for await (const x of a) all.push(x);
    expect(all).toEqual([1, 2]);
  });
});
