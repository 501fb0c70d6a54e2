// AW rules of python-semantics.md §5 (async with / async for protocols) on hand-lowered frames
// (coframes.ts: the lowering of `await using` and `for await`), compared with the Observed lines of
// pysem/acm_01_async_with_for.py; plus the JavaScript extensions (async iterables, async
// disposables) and the contextlib helpers.

import { describe, expect, it } from "vitest";
import {
  StopIteration,
  StopAsyncIteration,
  ValueError,
  AsyncContextManager,
  aclosing,
  closing,
  asyncList,
  anext,
  run,
  sleep,
  type AwaitableLike,
} from "../../runtime/index.js";
import { withBody, withAfter, withNested, forAwait, body, andThen, add, items, seq, type Co } from "./coframes.js";
import { echo } from "./frames.js";

/** acm_01's show(): asyncio.run(coro) -> `-> value` / `raised Name: message`. */
async function show(c: Co): Promise<string> {
  try {
    return `-> ${JSON.stringify(await run(c))}`;
  } catch (e) {
    return `raised ${(e as Error).name}: ${(e as Error).message}`;
  }
}

/** A coroutine that returns `v` at once (Python's `async def f(): return v`). */
const ret = (v: unknown) => body(() => v);

class KeyErr extends Error {
  override name = "KeyError";
}

// ---- async with
class OnlyEnter {
  __aenter__() {
    return ret(1);
  }
}
class OnlyExit {
  __aexit__() {
    return ret(false);
  }
}
class SyncCM {
  __enter__() {
    return 1;
  }
  __exit__() {
    return false;
  }
}
class EnterNotAwaitable {
  __aenter__() {
    return 123;
  }
  __aexit__() {
    return ret(false);
  }
}
class ExitNotAwaitable {
  __aenter__() {
    return ret("v");
  }
  __aexit__() {
    return 456;
  }
}
class Suppress {
  log: unknown[] = [];
  constructor(readonly result: unknown) {}
  __aenter__() {
    this.log.push("enter");
    return ret(this);
  }
  __aexit__(et: Function | undefined, ev: unknown, tb: unknown) {
    this.log.push(["exit", et?.name ?? null, ev === undefined ? null : String((ev as Error).message), tb ?? null]);
    return ret(this.result);
  }
}
class Order {
  constructor(
    readonly name: string,
    readonly log: unknown[],
  ) {}
  __aenter__() {
    this.log.push(`enter ${this.name}`);
    return ret(undefined);
  }
  __aexit__() {
    this.log.push(`exit ${this.name}`);
    return ret(undefined);
  }
}

const bodyRan = (v: unknown) => ["body ran", v];
const raiseBody = () => {
  throw new ValueError("body");
};

describe("async with (AW-01..03)", () => {
  it("AW-01: objects without the protocol; the body does not run", async () => {
    let ran = false;
    const mark = () => (ran = true);
    expect(await show(withBody(1, mark))).toBe("raised TypeError: 'number' object does not support the asynchronous context manager protocol");
    expect(await show(withBody(new OnlyEnter(), mark))).toBe(
      "raised TypeError: 'OnlyEnter' object does not support the asynchronous context manager protocol (missed __aexit__ method)",
    );
    expect(await show(withBody(new OnlyExit(), mark))).toBe("raised TypeError: 'OnlyExit' object does not support the asynchronous context manager protocol");
    expect(await show(withBody(new SyncCM(), mark))).toBe("raised TypeError: 'SyncCM' object does not support the asynchronous context manager protocol");
    expect(ran).toBe(false);
  });

  it("AW-01: methods are looked up on the class, not the object (an object literal's own methods are not the protocol)", async () => {
    const literal = { __aenter__: () => ret(1), __aexit__: () => ret(false) };
    expect(await show(withBody(literal, bodyRan))).toBe("raised TypeError: 'Object' object does not support the asynchronous context manager protocol");
  });

  it("AW-02: non-awaitable results of __aenter__ / __aexit__", async () => {
    expect(await show(withBody(new EnterNotAwaitable(), bodyRan))).toBe(
      "raised TypeError: 'async with' received an object from __aenter__ that does not implement __await__: number",
    );
    expect(await show(withBody(new ExitNotAwaitable(), bodyRan))).toBe(
      "raised TypeError: 'async with' received an object from __aexit__ that does not implement __await__: number",
    );
    expect(await show(withBody(new ExitNotAwaitable(), raiseBody))).toBe(
      "raised TypeError: 'async with' received an object from __aexit__ that does not implement __await__: number",
    );
  });

  it("AW-03: __aexit__(type, exc, tb); a truthy result suppresses, a falsy one re-raises", async () => {
    const s = new Suppress(true);
    expect(
      await show(
        withAfter(s, () => {
          throw new KeyErr("suppressed");
        }),
      ),
    ).toBe('-> "after"');
    expect(s.log).toEqual(["enter", ["exit", "KeyErr", "suppressed", null]]);
    for (const falsy of [false, 0, "", undefined, null]) {
      const n = new Suppress(falsy);
      expect(await show(withBody(n, raiseBody))).toBe("raised ValueError: body");
    }
    const normal = new Suppress(true);
    expect(await run(withBody(normal, bodyRan))).toEqual(["body ran", normal]);
    expect(normal.log).toEqual(["enter", ["exit", null, null, null]]);
  });

  it("AW-03: several managers exit in reverse order", async () => {
    const log: unknown[] = [];
    expect(await show(withNested(new Order("a", log), new Order("b", log), log))).toBe(
      JSON.stringify(["enter a", "enter b", "body", "exit b", "exit a"]).replace(/^/, "-> "),
    );
  });

  it("__aenter__ / __aexit__ may be coroutines, thenables or any awaitable; the value of __aenter__ is bound", async () => {
    class Promises {
      log: string[] = [];
      __aenter__() {
        return Promise.resolve("from a promise");
      }
      __aexit__() {
        this.log.push("exit");
        return Promise.resolve(false);
      }
    }
    const p = new Promises();
    expect(await show(withBody(p, (v: unknown) => v))).toBe('-> "from a promise"');
    expect(p.log).toEqual(["exit"]);
  });

  it("AsyncContextManager: a base class for `await using v = new MyCM()`", async () => {
    class Resource extends AsyncContextManager<Resource> {
      log: string[] = [];
      __aenter__(): AwaitableLike<Resource> {
        this.log.push("enter");
        return ret(this) as unknown as AwaitableLike<Resource>;
      }
      __aexit__(t: Function | undefined): AwaitableLike<unknown> {
        this.log.push(`exit ${t?.name}`);
        return ret(true) as unknown as AwaitableLike<unknown>;
      }
    }
    const r = new Resource();
    expect(await show(withAfter(r, raiseBody))).toBe('-> "after"');
    expect(r.log).toEqual(["enter", "exit ValueError"]);
  });

  it("contextlib: aclosing(agen) acloses on exit; closing(gen) closes (also under JavaScript's using)", async () => {
    const log: string[] = [];
    const ag = items([1, 2, 3], log);
    const got = await run(withBody(aclosing(ag), (v: unknown) => v));
    expect(got).toBe(ag);
    // the generator was never started: aclose closes it without running its finally
    expect(ag.ag_frame).toBeNull();
    const ag2 = items([1, 2, 3], log);
    await run(seq([() => ag2.__anext__(), () => withBody(aclosing(ag2), () => 0)]));
    expect(log).toEqual(["finally"]);
    const g = echo();
    g.next();
    {
      using c = closing(g);
      expect(c.__enter__()).toBe(g);
    }
    expect(g.gi_frame).toBeNull();
    const g2 = echo();
    g2.next();
    expect(closing(g2).__exit__()).toBe(false);
    expect(g2.gi_frame).toBeNull();
  });

  it("extension: a JavaScript async disposable works under async with (bound as is, disposed on exit, never suppresses)", async () => {
    const log: string[] = [];
    const res = {
      async [Symbol.asyncDispose]() {
        log.push("disposed");
        return true; // not a suppression
      },
    };
    expect(await show(withBody(res, (v: unknown) => v === res))).toBe("-> true");
    expect(await show(withBody(res, raiseBody))).toBe("raised ValueError: body");
    const sync = {
      [Symbol.dispose]() {
        log.push("sync disposed");
      },
    };
    expect(await show(withAfter(sync, () => 0))).toBe('-> "after"');
    expect(log).toEqual(["disposed", "disposed", "sync disposed"]);
  });
});

// ---- async for
class AiterNoAnext {
  __aiter__() {
    return 5;
  }
}
class AiterAsync {
  __aiter__() {
    return ret(this);
  }
  __anext__() {
    return ret(undefined);
  }
}
class AnextNotAwaitable {
  __aiter__() {
    return this;
  }
  __anext__() {
    return 7;
  }
}
class AnextSyncStop {
  __aiter__() {
    return this;
  }
  __anext__(): never {
    throw new StopAsyncIteration();
  }
}
class AnextStopIteration {
  __aiter__() {
    return this;
  }
  __anext__() {
    return body(() => {
      throw new StopIteration();
    });
  }
}
class Counter {
  i = 0;
  constructor(readonly n: number) {}
  __aiter__() {
    return this;
  }
  /** `async def __anext__(self): await sleep(0); self.i += 1; if self.i > self.n: raise StopAsyncIteration; return self.i` */
  __anext__() {
    return andThen(sleep(0), () => this.next());
  }
  next() {
    this.i += 1;
    if (this.i > this.n) throw new StopAsyncIteration();
    return this.i;
  }
}
class AiterRaises {
  __aiter__(): never {
    throw new KeyErr("aiter");
  }
}
class NoAiterOnlyAnext {
  __anext__() {
    return ret(undefined);
  }
}

describe("async for (AW-04..07)", () => {
  it("AW-04: objects without __aiter__", async () => {
    expect(await show(forAwait(1))).toBe("raised TypeError: 'async for' requires an object with __aiter__ method, got number");
    expect(await show(forAwait([1, 2]))).toBe("raised TypeError: 'async for' requires an object with __aiter__ method, got Array");
    expect(await show(forAwait(new NoAiterOnlyAnext()))).toBe(
      "raised TypeError: 'async for' requires an object with __aiter__ method, got NoAiterOnlyAnext",
    );
  });

  it("AW-05: __aiter__ must return an async iterator (it is not awaited)", async () => {
    expect(await show(forAwait(new AiterNoAnext()))).toBe(
      "raised TypeError: 'async for' received an object from __aiter__ that does not implement __anext__: number",
    );
    expect(await show(forAwait(new AiterAsync()))).toBe(
      "raised TypeError: 'async for' received an object from __aiter__ that does not implement __anext__: coroutine",
    );
  });

  it("AW-06: __anext__ must return an awaitable; a synchronous StopAsyncIteration ends the loop", async () => {
    expect(await show(forAwait(new AnextNotAwaitable()))).toBe("raised TypeError: 'async for' received an invalid object from __anext__: number");
    expect(await show(forAwait(new AnextSyncStop()))).toBe("-> []");
    expect(await show(forAwait(new AnextStopIteration()))).toBe("raised RuntimeError: coroutine raised StopIteration");
  });

  it("AW-06/07: a class-based async iterator that awaits; __aiter__ raising propagates", async () => {
    expect(await show(forAwait(new Counter(3)))).toBe("-> [1,2,3]");
    expect(await show(forAwait(new Counter(3), 2))).toBe("-> [1,2]");
    expect(await show(forAwait(new AiterRaises()))).toBe("raised KeyError: aiter");
  });

  it("asyncList / anext(ait, default) over a class-based iterator whose __anext__ coroutine ends inline", async () => {
    expect(await run(asyncList(new Counter(3)))).toEqual([1, 2, 3]);
    expect(await run(anext(new Counter(0), "d") as never)).toBe("d");
    // as CPython's builtin: a StopAsyncIteration raised by __anext__ itself is not turned into the default
    expect(() => anext(new AnextSyncStop(), "sync")).toThrow(StopAsyncIteration);
  });

  it("extension: JavaScript async iterables (their next() promise is awaited; done ends the loop)", async () => {
    async function* js() {
      yield "a";
      await new Promise((r) => setTimeout(r, 1));
      yield "b";
    }
    expect(await show(forAwait(js()))).toBe('-> ["a","b"]');
    const failing = {
      [Symbol.asyncIterator]() {
        return { next: () => Promise.reject(new KeyErr("in next")) };
      },
    };
    expect(await show(forAwait(failing))).toBe("raised KeyError: in next");
    expect(await show(forAwait({ [Symbol.asyncIterator]: () => 1 }))).toBe("raised TypeError: Result of the Symbol.asyncIterator method is not an object");
  });

  it("async for in a coroutine over an async generator, with an inline coroutine in between", async () => {
    expect(await run(forAwait(items([add(1, 1), 2], [])))).toHaveLength(2);
  });
});
