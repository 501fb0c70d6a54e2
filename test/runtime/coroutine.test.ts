// CO rules of python-semantics.md §4 (native coroutines, PEP 492) and P479-04, on hand-lowered
// frames (coframes.ts), compared with the Observed lines of pysem/coro_01..04 and pep479_01.

import { describe, expect, it } from "vitest";
import {
  StopIteration,
  GeneratorExit,
  RuntimeError,
  ValueError,
  getCoroutineState,
  getGeneratorState,
} from "../../runtime/index.js";
import { Coroutine, awaitValue, DELEGATE } from "../../runtime/internal.js";
import { add, awaitOne, tryAwait, seq, body, ignores, suspend, bridge, type Co } from "./coframes.js";
import { states, call1, echo } from "./frames.js";
import { show, raises } from "./helpers.js";

/** Python's `drive(coro)` of the snippets: send(None) until StopIteration; what was yielded and the result. */
function drive(c: { send(v?: unknown): unknown }, sends: unknown[] = []): [unknown[], unknown] {
  const ys: unknown[] = [];
  let v: unknown = undefined;
  let i = 0;
  for (;;) {
    try {
      ys.push(c.send(v));
    } catch (e) {
      if (e instanceof StopIteration) return [ys, e.value];
      throw e;
    }
    v = sends[i++];
  }
}

/** `raised Name: message` or `-> [yielded, result]`. */
function outcome(f: () => unknown): string {
  try {
    return `-> ${JSON.stringify(f())}`;
  } catch (e) {
    return `raised ${(e as Error).name}: ${(e as Error).message}`;
  }
}

describe("coroutine objects (CO-01..09)", () => {
  it("CO-01: type coroutine, awaitable, not iterable", () => {
    const c = add(1, 2);
    expect(c).toBeInstanceOf(Coroutine);
    expect((c as unknown as { $kind: string }).$kind).toBe("coroutine");
    expect(typeof (c as unknown as { next?: unknown }).next).toBe("undefined");
    expect((c as unknown as Record<symbol, unknown>)[Symbol.iterator]).toBeUndefined();
    expect(typeof c.__await__).toBe("function");
    expect(show(() => [...(c as unknown as Iterable<unknown>)])).toMatch(/^raised TypeError: .*not iterable/);
    expect(c.__name__).toBe("add");
    expect(c.__qualname__).toBe("add");
    c.close();
  });

  it("CO-02: send(non-None) to a just-started coroutine", () => {
    const c = add(1, 2);
    expect(show(() => c.send("x"))).toBe("raised TypeError: can't send non-None value to a just-started coroutine");
    expect(getCoroutineState(c)).toBe("CORO_CREATED");
  });

  it("CO-03: CREATED -> RUNNING (inside) -> CLOSED; StopIteration carries the result", () => {
    const c = add(1, 2);
    expect(getCoroutineState(c)).toBe("CORO_CREATED");
    expect(c.cr_running).toBe(false);
    expect(c.cr_await).toBeNull();
    expect(c.cr_frame).not.toBeNull();
    const e = raises(() => c.send(undefined));
    expect(e).toBeInstanceOf(StopIteration);
    expect(e.value).toBe(3);
    expect(getCoroutineState(c)).toBe("CORO_CLOSED");
    expect(c.cr_frame).toBeNull();

    const seen: string[] = [];
    const s: Co = seq([
      () => {
        seen.push(`inside: state = ${getCoroutineState(s)} cr_running = ${s.cr_running}`);
        return suspend("s");
      },
    ]);
    expect(getCoroutineState(s)).toBe("CORO_CREATED");
    s.send(undefined);
    expect(seen).toEqual(["inside: state = CORO_RUNNING cr_running = true"]);
    expect(getCoroutineState(s)).toBe("CORO_SUSPENDED");
    expect(s.cr_suspended).toBe(true);
    expect((s.cr_await as { __name__: string }).__name__).toBe("suspend");
    s.close();
    expect(getCoroutineState(s)).toBe("CORO_CLOSED");
  });

  it("CO-04: a finished coroutine cannot be resumed (send, throw, await); close() stays a no-op", () => {
    const c = add(1, 2);
    drive(c);
    expect(show(() => c.send(undefined))).toBe("raised RuntimeError: cannot reuse already awaited coroutine");
    expect(show(() => c.throw(new ValueError("late")))).toBe("raised RuntimeError: cannot reuse already awaited coroutine");
    expect(show(() => c.close())).toBe("-> None");
    // invalid throw() arguments are still rejected first
    expect(show(() => c.throw(5 as never))).toBe(
      "raised TypeError: exceptions must be classes or instances deriving from BaseException, not number",
    );
    // awaiting it again (coro_01 #12)
    const target = add(0, 1);
    const log: unknown[] = [];
    const twice = seq([() => target, () => (log.push("first await done"), target)]);
    expect(show(() => drive(twice))).toBe("raised RuntimeError: cannot reuse already awaited coroutine");
    expect(log).toEqual(["first await done"]);
    // closed while another coroutine awaits it: the awaiter gets the error at its await
    const inner = awaitOne(suspend("x"));
    const outer = tryAwait(inner, (e: unknown) => `caught ${(e as Error).message}`);
    expect(outer.send(undefined)).toBe("x");
    inner.close();
    expect(drive(outer)).toEqual([[], "caught cannot reuse already awaited coroutine"]);
  });

  it("CO-05: a coroutine that drives itself: coroutine already executing", () => {
    const me: Co = body(() => me.send(undefined));
    expect(show(() => me.send(undefined))).toBe("raised ValueError: coroutine already executing");
    expect(getCoroutineState(me)).toBe("CORO_CLOSED");
    const me2: Co = body(() => me2.close());
    expect(show(() => me2.send(undefined))).toBe("raised ValueError: coroutine already executing");
    const me3: Co = body(() => me3.throw(ValueError));
    expect(show(() => me3.send(undefined))).toBe("raised ValueError: coroutine already executing");
    // awaiting itself
    const me4: Co = seq([() => me4]);
    expect(show(() => me4.send(undefined))).toBe("raised ValueError: coroutine already executing");
    // awaiting an ancestor that awaits us inline
    let inner: Co;
    const outer: Co = awaitOne((inner = seq([() => outer])));
    expect(show(() => outer.send(undefined))).toBe("raised ValueError: coroutine already executing");
    expect(getCoroutineState(inner)).toBe("CORO_CLOSED");
  });

  it("CO-06/CO-07: awaiting a coroutine suspended in another await; cr_await", () => {
    const shared = awaitOne(suspend("suspended"));
    const w1 = awaitOne(shared);
    const w2 = awaitOne(shared);
    expect(w1.send(undefined)).toBe("suspended");
    expect(show(() => w2.send(undefined))).toBe("raised RuntimeError: coroutine is being awaited already");
    expect(w1.cr_await).toBe(shared);
    expect((shared.cr_await as { __name__: string }).__name__).toBe("suspend");
    expect(getGeneratorState(shared.cr_await as object)).toBe("GEN_SUSPENDED");
    // a coroutine suspended by a hand driver is "being awaited" too
    const alone = awaitOne(suspend(1));
    alone.send(undefined);
    expect(show(() => drive(awaitOne(alone)))).toBe("raised RuntimeError: coroutine is being awaited already");
    shared.close();
    w1.close();
    // None while running and after completion (coro_04 #10)
    let during: unknown = "unset";
    const me: Co = body(() => (during = me.cr_await));
    drive(me);
    expect(during).toBeNull();
    expect(me.cr_await).toBeNull();
  });

  it("CO-08: a coroutine that awaits something that yields after GeneratorExit: coroutine ignored GeneratorExit", () => {
    const i = ignores(suspend("a"), () => suspend("b"));
    expect(i.send(undefined)).toBe("a");
    expect(show(() => i.close())).toBe("raised RuntimeError: coroutine ignored GeneratorExit");
    expect(getCoroutineState(i)).toBe("CORO_SUSPENDED");
    i.close();
    expect(getCoroutineState(i)).toBe("CORO_CLOSED");
  });

  it("CO-09: throw/close as generators (GEN-18/20)", () => {
    const handled = () =>
      tryAwait(suspend("y"), (e: unknown) => {
        if (e instanceof ValueError) return `handled ${e.message}`;
        throw e;
      });
    const cv = handled();
    cv.send(undefined);
    const e = raises(() => cv.throw(new ValueError("boom")));
    expect(e).toBeInstanceOf(StopIteration);
    expect(e.value).toBe("handled boom");
    const cv2 = handled();
    expect(show(() => cv2.throw(new ValueError("x")))).toBe("raised ValueError: x");
    expect(getCoroutineState(cv2)).toBe("CORO_CLOSED");
    const cv3 = handled();
    expect(show(() => cv3.close())).toBe("-> None");
    expect(getCoroutineState(cv3)).toBe("CORO_CLOSED");
    // throw(Class, value) and argument errors as Generator.throw
    const cv4 = handled();
    cv4.send(undefined);
    expect(raises(() => cv4.throw(ValueError, "arg")).value).toBe("handled arg");
    const cv5 = handled();
    cv5.send(undefined);
    expect(show(() => (cv5.throw as () => unknown)())).toBe("raised TypeError: throw expected at least 1 argument, got 0");
  });

  it("P479-04: StopIteration escaping a coroutine becomes RuntimeError('coroutine raised StopIteration')", () => {
    const si = new StopIteration("in coro");
    const c = body(() => {
      throw si;
    });
    const e = raises(() => c.send(undefined));
    expect(`${e.name}: ${e.message}`).toBe("RuntimeError: coroutine raised StopIteration");
    expect(e.cause).toBe(si);
    expect(e.context).toBe(si);
    // the same when the coroutine runs inline under another one's await
    const outer = tryAwait(
      body(() => {
        throw si;
      }),
      (x: unknown) => `${(x as Error).name}: ${(x as Error).message}`,
    );
    expect(drive(outer)).toEqual([[], "RuntimeError: coroutine raised StopIteration"]);
  });

  it("frame introspection: cr_frame line and locals, cr_code, __name__ assignment", () => {
    const c = awaitOne(suspend(7));
    expect(c.cr_frame?.line).toBe(c.cr_code.line);
    c.send(undefined);
    expect(c.cr_frame?.name).toBe("awaitOne");
    expect(Object.keys(c.cr_frame!.locals)).toEqual(["x"]);
    expect(c.cr_code).toMatchObject({ name: "awaitOne", qualname: "awaitOne" });
    c.__name__ = "renamed";
    expect(c.__name__).toBe("renamed");
    expect(show(() => ((c as { __qualname__: unknown }).__qualname__ = 5))).toBe("raised TypeError: __qualname__ must be set to a string object");
    expect(show(() => getCoroutineState(states(() => {})))).toBe("raised TypeError: getCoroutineState() expects a pycoro coroutine, not generator");
    c.close();
  });
});

// ---- await (CO-10..17)

class Plain {}
class ReturnsCoro {
  __await__() {
    return add(0, 1);
  }
}
class ReturnsInt {
  __await__() {
    return 42;
  }
}
class ReturnsList {
  __await__() {
    return [1, 2];
  }
}
class ReturnsIter {
  __await__() {
    return [1, 2][Symbol.iterator]();
  }
}
/** `__await__` returning a pycoro generator that yields "from __await__" and returns "after". */
class ReturnsGen {
  __await__() {
    return call1(() => "from __await__");
  }
}
/** `__await__` returning a pycoro generator that yields back what it is sent. */
class ReturnsEcho {
  __await__() {
    return echo();
  }
}
class AwaitRaises {
  __await__(): never {
    throw new KeyErr("in __await__");
  }
}
class KeyErr extends Error {
  override name = "KeyError";
}
class AwaitNotCallable {}
(AwaitNotCallable.prototype as unknown as Record<string, unknown>).__await__ = 5;
class AwaitNull {}
(AwaitNull.prototype as unknown as Record<string, unknown>).__await__ = null;

describe("await (CO-10..17)", () => {
  const run = (x: unknown) => () => drive(awaitOne(x));

  it("CO-10: awaiting a non-awaitable: object <type> can't be used in 'await' expression", () => {
    expect(outcome(run(1))).toBe("raised TypeError: object number can't be used in 'await' expression");
    expect(outcome(run(undefined))).toBe("raised TypeError: object undefined can't be used in 'await' expression");
    expect(outcome(run(null))).toBe("raised TypeError: object null can't be used in 'await' expression");
    expect(outcome(run("s"))).toBe("raised TypeError: object string can't be used in 'await' expression");
    expect(outcome(run(states(() => {})))).toBe("raised TypeError: object generator can't be used in 'await' expression");
    expect(outcome(run([1]))).toBe("raised TypeError: object Array can't be used in 'await' expression");
    expect(outcome(run(new Plain()))).toBe("raised TypeError: object Plain can't be used in 'await' expression");
  });

  it("CO-10: the TypeError is raised at the await, where the coroutine can catch it", () => {
    const c = tryAwait(1, (e: unknown) => `caught ${(e as Error).message}`);
    expect(drive(c)).toEqual([[], "caught object number can't be used in 'await' expression"]);
  });

  it("CO-11: __await__ must return an iterator that is not a coroutine", () => {
    expect(outcome(run(new ReturnsCoro()))).toBe("raised TypeError: __await__() returned a coroutine");
    expect(outcome(run(new ReturnsInt()))).toBe("raised TypeError: __await__() returned non-iterator of type 'number'");
    expect(outcome(run(new ReturnsList()))).toBe("raised TypeError: __await__() returned non-iterator of type 'Array'");
  });

  it("CO-12: __await__ is looked up on the class; non-callable; exceptions propagate", () => {
    const p = new Plain() as Plain & { __await__?: unknown };
    p.__await__ = () => [][Symbol.iterator]();
    expect(outcome(run(p))).toBe("raised TypeError: object Plain can't be used in 'await' expression");
    expect(outcome(run(new AwaitNotCallable()))).toBe("raised TypeError: 'number' object is not callable");
    expect(outcome(run(new AwaitNull()))).toBe("raised TypeError: 'null' object is not callable");
    expect(outcome(run(new AwaitRaises()))).toBe("raised KeyError: in __await__");
  });

  it("CO-13: await x is yield from x.__await__(): values pass to the driver, sends come back", () => {
    expect(run(new ReturnsIter())()).toEqual([[1, 2], undefined]);
    // a pycoro generator as __await__ (delegated to directly): its return value is the result
    expect(run(new ReturnsGen())()).toEqual([["from __await__"], "after"]);
    // values sent by the driver reach the innermost iterator through every level
    const t = awaitOne(awaitOne(new ReturnsEcho()));
    expect(t.send(undefined)).toBe(undefined);
    expect(t.send("hello")).toBe("hello");
    t.close();
  });

  it("CO-14: a generator-based coroutine is awaitable (its own yields reach the driver)", () => {
    expect(drive(awaitOne(suspend("tc-yield")))).toEqual([["tc-yield"], undefined]);
    expect(drive(awaitOne(suspend("tc-yield")), ["sent"])).toEqual([["tc-yield"], "sent"]);
  });

  it("CO-14/YF-07: a generator-based coroutine can yield* a native coroutine", () => {
    expect(drive(bridge(add(3, 4)))).toEqual([[], 7]);
  });

  it("CO-16: coro.__await__() is a coroutine_wrapper: its own iterator; next/send drive the coroutine", () => {
    const w = add(3, 4).__await__();
    expect(w[Symbol.iterator]()).toBe(w);
    expect((w as unknown as { $kind: string }).$kind).toBe("coroutine_wrapper");
    expect(w.next()).toEqual({ value: 7, done: true });
    const w2 = awaitOne(suspend("inner")).__await__();
    expect(w2.next()).toEqual({ value: "inner", done: false });
    expect(raises(() => w2.send([1, 2])).value).toEqual([1, 2]);
    const w3 = awaitOne(suspend("inner")).__await__();
    w3.next();
    expect(raises(() => w3.send(StopIteration)).value).toBe(StopIteration);
    // reuse error through the wrapper (CO-04)
    expect(show(() => w3.send(undefined))).toBe("raised RuntimeError: cannot reuse already awaited coroutine");
    // throw / close / return
    const w4 = awaitOne(suspend("inner")).__await__();
    w4.next();
    expect(show(() => w4.throw(new ValueError("v")))).toBe("raised ValueError: v");
    const w5 = awaitOne(suspend("inner")).__await__();
    w5.next();
    expect(w5.return("r")).toEqual({ value: "r", done: true });
  });

  it("CO-17: throw/close travel down the await chain to the innermost iterator", () => {
    const log: string[] = [];
    class AwaitIter {
      n = 0;
      next() {
        log.push("__next__");
        this.n += 1;
        if (this.n > 2) throw new StopIteration("await-result");
        return { value: `y${this.n}`, done: false };
      }
      send(v: unknown) {
        log.push(`send(${JSON.stringify(v)})`);
        const r = this.next();
        return r.value;
      }
      throw(e: unknown): never {
        log.push(`throw(${(e as Error).name})`);
        throw new StopIteration("recovered-from-throw");
      }
      close() {
        log.push("close()");
      }
      [Symbol.iterator]() {
        return this;
      }
    }
    class Awaitable {
      __await__() {
        return new AwaitIter();
      }
    }
    const top = () => awaitOne(awaitOne(awaitOne(new Awaitable())));
    let c = top();
    expect(c.send(undefined)).toBe("y1");
    expect(c.send("v")).toBe("y2");
    const chain = [c.cr_await, (c.cr_await as Co).cr_await, ((c.cr_await as Co).cr_await as Co).cr_await];
    expect(chain.map((x: unknown) => (x as { $kind?: string }).$kind ?? (x as object).constructor.name)).toEqual(["coroutine", "coroutine", "AwaitIter"]);
    expect(raises(() => c.send(undefined)).value).toBe("await-result");
    expect(log).toEqual(["__next__", 'send("v")', "__next__", "__next__"]);

    log.length = 0;
    c = top();
    c.send(undefined);
    expect(raises(() => c.throw(ValueError)).value).toBe("recovered-from-throw");
    expect(log).toEqual(["__next__", "throw(ValueError)"]);

    log.length = 0;
    c = top();
    c.send(undefined);
    c.close();
    expect(log).toEqual(["__next__", "close()"]);
    expect(getCoroutineState(c)).toBe("CORO_CLOSED");

    // an __await__ iterator without throw(): raised at the await point
    const w = tryAwait(new ReturnsIter(), (e: unknown) => `caught ${(e as Error).name} at the await`);
    w.send(undefined);
    expect(raises(() => w.throw(new KeyErr("k"))).value).toBe("caught KeyError at the await");
  });

  it("an exception raised deep in an await chain propagates through every frame (CO-18)", () => {
    const raiser = () =>
      body(() => {
        throw new LookupErr("deep");
      });
    const l2 = tryAwait(awaitOne(raiser()), (e: unknown) => `${(e as Error).name}: ${(e as Error).message}`);
    expect(drive(l2)).toEqual([[], "LookupError: deep"]);
  });
});

class LookupErr extends Error {
  override name = "LookupError";
}

describe("the inline fast path", () => {
  it("awaiting a coroutine that does not suspend runs it inline: no yields, no stack", () => {
    const c = seq([() => add(1, 2), () => add(3, 4), () => awaitOne(add(5, 6))]);
    expect(drive(c)).toEqual([[], [3, 7, 11]]);
    expect((c as unknown as { $own: unknown }).$own).toBeNull();
  });

  it("a suspension below inline frames links the whole chain for the driver", () => {
    const c = awaitOne(awaitOne(awaitOne(suspend("deep"))));
    expect(c.send(undefined)).toBe("deep");
    let x: unknown = c;
    const names: string[] = [];
    while (x !== null && typeof x === "object" && "cr_await" in x) {
      names.push((x as Co).__name__);
      x = (x as Co).cr_await;
    }
    expect(names).toEqual(["awaitOne", "awaitOne", "awaitOne"]);
    expect((x as { __name__: string }).__name__).toBe("suspend");
    expect(raises(() => c.send("back")).value).toBe("back");
  });

  it("deep chains beyond the inline depth go through the driver's stack", () => {
    let c: Co = suspend("leaf") as unknown as Co;
    for (let i = 0; i < 10_000; i++) c = awaitOne(c);
    expect(c.send(undefined)).toBe("leaf");
    expect(raises(() => c.send("r")).value).toBe("r");
    let d: Co = add(1, 1);
    for (let i = 0; i < 10_000; i++) d = awaitOne(d);
    expect(drive(d)).toEqual([[], 2]);
  });

  it("awaitValue links and returns DELEGATE for what cannot run inline", () => {
    const f = awaitOne(undefined) as unknown as Coroutine;
    const g = suspend(1);
    expect(awaitValue(f, g, 3, 0)).toBe(DELEGATE);
    expect(f.$yf).toBe(g);
    expect(f.$s).toBe(3);
  });

  it("throw(GeneratorExit) into an awaiting coroutine closes what it awaits, then raises there", () => {
    const inner = suspend(1);
    const c = tryAwait(inner, (e: unknown) => (e as Error).name);
    c.send(undefined);
    expect(raises(() => c.throw(GeneratorExit)).value).toBe("GeneratorExit");
    expect(getGeneratorState(inner)).toBe("GEN_CLOSED");
    expect(raises(() => awaitOne(1).send(undefined))).not.toBeInstanceOf(RuntimeError);
  });
});
