// GEN rules of python-semantics.md §1 that are runtime matters, on hand-lowered frames.

import { describe, expect, it } from "vitest";
import {
  StopIteration,
  GeneratorExit,
  RuntimeError,
  ValueError,
  getGeneratorState,
  getGeneratorLocals,
} from "../../runtime/index.js";
import {
  states,
  echo,
  call1,
  fin,
  onGE,
  yieldInFinally,
  returnInFinally,
  catcher,
  returnsOnThrow,
  plain,
  raiser,
  items,
  genco,
  type G,
} from "./frames.js";
import { show, raises } from "./helpers.js";

describe("generator states (GEN-01..08)", () => {
  it("GEN-01: a new generator is GEN_CREATED, not running, not suspended, has a frame, iter(g) is g", () => {
    const g = states(() => {});
    expect(getGeneratorState(g)).toBe("GEN_CREATED");
    expect(g.gi_running).toBe(false);
    expect(g.gi_suspended).toBe(false);
    expect(g.gi_frame).not.toBeNull();
    expect(g[Symbol.iterator]()).toBe(g);
    expect(g.__name__).toBe("states");
    expect(g.__qualname__).toBe("states");
  });

  it("GEN-02: send(non-None) to a just-started generator raises TypeError and leaves it startable", () => {
    const g = states(() => {});
    expect(show(() => g.send("x"))).toBe("raised TypeError: can't send non-None value to a just-started generator");
    expect(getGeneratorState(g)).toBe("GEN_CREATED");
    expect(show(() => g.send(null))).toBe("-> 1"); // null counts as None
  });

  it("GEN-03/04: send(None) primes; send returns the next value; running inside, suspended between", () => {
    const seen: string[] = [];
    const g: G = states((where) => seen.push(`${where}: ${getGeneratorState(g)} ${g.gi_running}`));
    expect(g.send(undefined)).toBe(1);
    expect(getGeneratorState(g)).toBe("GEN_SUSPENDED");
    expect(g.gi_suspended).toBe(true);
    expect(g.send("a")).toBe(2);
    const e = raises(() => g.send("b"));
    expect(e).toBeInstanceOf(StopIteration);
    expect(e.value).toBe("ret");
    expect(seen).toEqual(["start: GEN_RUNNING true", "got a: GEN_RUNNING true", "got b: GEN_RUNNING true"]);
  });

  it("GEN-03: echo: send values become the value of the yield expression", () => {
    const e = echo();
    expect([e.send(undefined), e.send(1), e.send("two"), e.next().value]).toEqual([undefined, 1, "two", undefined]);
  });

  it("GEN-05: next/send/close/throw from inside the generator's own body raise 'generator already executing' and close it", () => {
    const ops: [string, (g: G) => unknown][] = [
      ["next", (g) => g.next()],
      ["send", (g) => g.send(undefined)],
      ["close", (g) => g.close()],
      ["throw", (g) => g.throw(ValueError)],
    ];
    for (const [, op] of ops) {
      const me: G = call1(() => op(me));
      expect(show(() => me.send(undefined))).toBe("raised ValueError: generator already executing");
      expect(getGeneratorState(me)).toBe("GEN_CLOSED");
    }
  });

  it("GEN-06: the return value travels in StopIteration.value; bare return gives undefined", () => {
    const g = states(() => {});
    g.send(undefined);
    g.send(1);
    const e = raises(() => g.send(2)) as StopIteration;
    expect(e).toBeInstanceOf(StopIteration);
    expect(e.value).toBe("ret");
    expect(e.message).toBe("ret");
    const p = plain();
    p.send(undefined);
    const e2 = raises(() => p.send(undefined)) as StopIteration;
    expect(e2.value).toBeUndefined();
    expect(e2.message).toBe("");
  });

  it("GEN-07: a closed generator has no frame; next/send(None)/send(1) raise a bare StopIteration", () => {
    const g = plain();
    g.send(undefined);
    raises(() => g.send(undefined));
    expect(getGeneratorState(g)).toBe("GEN_CLOSED");
    expect(g.gi_frame).toBeNull();
    for (const v of [undefined, null, 1]) {
      const e = raises(() => g.send(v));
      expect(e).toBeInstanceOf(StopIteration);
      expect(e.value).toBeUndefined();
      expect(show(() => g.send(v))).toBe("raised StopIteration: ");
    }
    expect(g.next()).toEqual({ value: undefined, done: true });
  });

  it("GEN-08: an exception escaping the body propagates and closes the generator", () => {
    const g = raiser(() => new Error("k"));
    g.send(undefined);
    expect(show(() => g.send(undefined))).toBe("raised Error: k");
    expect(getGeneratorState(g)).toBe("GEN_CLOSED");
    expect(show(() => g.send(undefined))).toBe("raised StopIteration: ");
  });
});

describe("close() (GEN-09..15)", () => {
  it("GEN-09: close() on a never-started generator does not run the body (no finally)", () => {
    const log: string[] = [];
    const g = fin(log);
    expect(g.close()).toBeUndefined();
    expect(log).toEqual([]);
    expect(getGeneratorState(g)).toBe("GEN_CLOSED");
    expect(show(() => g.next().done)).toBe("-> True");
    expect(show(() => g.send(undefined))).toBe("raised StopIteration: ");
  });

  it("GEN-10: close() on a suspended generator raises GeneratorExit there, runs finally, returns None; again is a no-op", () => {
    const log: string[] = [];
    const g = fin(log);
    g.send(undefined);
    expect(g.close()).toBeUndefined();
    expect(log).toEqual(["started", "finally"]);
    expect(getGeneratorState(g)).toBe("GEN_CLOSED");
    expect(g.close()).toBeUndefined();
    expect(log).toEqual(["started", "finally"]);
  });

  it("GEN-10: the generator sees GeneratorExit and may re-raise it: close() still returns None", () => {
    const log: string[] = [];
    const g = onGE(log, "reraise");
    g.send(undefined);
    expect(show(() => g.close())).toBe("-> None");
    expect(log).toEqual(["caught GeneratorExit"]);
  });

  it("GEN-11: close() discards a return value, or falling off the end, after GeneratorExit (3.11)", () => {
    for (const action of ["return", "pass"] as const) {
      const g = onGE([], action);
      g.send(undefined);
      expect(g.close()).toBeUndefined();
      expect(getGeneratorState(g)).toBe("GEN_CLOSED");
    }
    const r = returnInFinally();
    r.send(undefined);
    expect(r.close()).toBeUndefined();
  });

  it("GEN-12: close() on a generator that yields after GeneratorExit raises 'generator ignored GeneratorExit'; it stays suspended", () => {
    const log: string[] = [];
    const g = onGE(log, "yield");
    g.send(undefined);
    expect(show(() => g.close())).toBe("raised RuntimeError: generator ignored GeneratorExit");
    expect(getGeneratorState(g)).toBe("GEN_SUSPENDED");
    expect(g.gi_frame!.line).toBe(9); // suspended at the new yield (state 4)
    expect(g.close()).toBeUndefined(); // GeneratorExit at the new yield, not caught there
    expect(getGeneratorState(g)).toBe("GEN_CLOSED");
    const e = raises(() => {
      const h = onGE([], "yield");
      h.send(undefined);
      h.close();
    });
    expect(e).toBeInstanceOf(RuntimeError);
    expect(e.context).toBeUndefined(); // CPython: __context__ None
  });

  it("GEN-12: close() on a generator that yields in finally raises 'generator ignored GeneratorExit'", () => {
    const g = yieldInFinally();
    g.send(undefined);
    expect(show(() => g.close())).toBe("raised RuntimeError: generator ignored GeneratorExit");
    expect(getGeneratorState(g)).toBe("GEN_SUSPENDED");
    // resumed, the finally ends by re-raising the pending GeneratorExit (what CPython does too)
    expect(show(() => g.send(undefined))).toBe("raised GeneratorExit: ");
    expect(getGeneratorState(g)).toBe("GEN_CLOSED");
  });

  it("GEN-13: other exceptions raised while closing propagate out of close(); the generator ends closed", () => {
    const g = onGE([], "raiseType");
    g.send(undefined);
    const e = raises(() => g.close());
    expect(`${e.name}: ${e.message}`).toBe("TypeError: fie!");
    expect(e.context).toBeInstanceOf(GeneratorExit); // __context__: GeneratorExit
    expect(getGeneratorState(g)).toBe("GEN_CLOSED");
  });

  it("GEN-13: a StopIteration raised on close is converted by PEP 479", () => {
    const g = onGE([], "raiseStop");
    g.send(undefined);
    const e = raises(() => g.close());
    expect(`${e.name} ${e.message}`).toBe("RuntimeError generator raised StopIteration");
    expect(e.cause).toBeInstanceOf(StopIteration);
    expect((e.cause as StopIteration).value).toBe("x");
    expect((e.cause as StopIteration).context).toBeInstanceOf(GeneratorExit);
  });

  it("GEN-14: GeneratorExit is its own class, not ValueError/RuntimeError (the compiler filters `except Exception`)", () => {
    const ge = new GeneratorExit();
    expect(ge).toBeInstanceOf(Error);
    expect(ge.name).toBe("GeneratorExit");
    expect(ge).not.toBeInstanceOf(ValueError);
  });

  it("GEN-15: close() on an exhausted generator, or one killed by an exception, is a no-op returning None", () => {
    const g = plain();
    g.send(undefined);
    raises(() => g.send(undefined));
    expect(g.close()).toBeUndefined();
    const b = raiser(() => new Error("boom"));
    b.send(undefined);
    raises(() => b.send(undefined));
    expect(b.close()).toBeUndefined();
  });
});

describe("throw() (GEN-16..22)", () => {
  it("GEN-16: throw(Class) instantiates it, throw(instance) uses it, throw(Class, value) constructs with value or uses a matching instance", () => {
    const log: string[] = [];
    const g = catcher(log);
    g.send(undefined);
    expect(g.throw(ValueError)).toBe("ready");
    expect(g.throw(new ValueError("xyz"))).toBe("ready");
    const inst = new ValueError("1");
    expect(g.throw(ValueError, inst)).toBe("ready");
    expect(g.throw(ValueError, "msg")).toBe("ready");
    expect(g.throw(ValueError, null)).toBe("ready");
    expect(log).toEqual([
      "caught ValueError ''",
      "caught ValueError 'xyz'",
      "caught ValueError '1'",
      "caught ValueError 'msg'",
      "caught ValueError ''",
    ]);
  });

  it("GEN-16: throw(Class, otherInstance) wraps it: Class(otherInstance)", () => {
    let seen: unknown;
    const g = catcher([]);
    g.send(undefined);
    const orig = ValueError;
    class Spy extends orig {
      constructor(arg?: unknown) {
        super(String(arg));
        seen = arg;
      }
    }
    const t = new TypeError("1");
    expect(g.throw(Spy, t)).toBe("ready");
    expect(seen).toBe(t);
  });

  it("GEN-17: argument errors are raised before the generator is touched", () => {
    const g = catcher([]);
    g.send(undefined);
    expect(show(() => g.throw(new ValueError("1"), "foo"))).toBe(
      "raised TypeError: instance exception may not have a separate value",
    );
    expect(show(() => g.throw("abc" as never))).toBe(
      "raised TypeError: exceptions must be classes or instances deriving from BaseException, not string",
    );
    expect(show(() => g.throw(0 as never))).toBe(
      "raised TypeError: exceptions must be classes or instances deriving from BaseException, not number",
    );
    expect(show(() => g.throw(Array as never))).toBe(
      "raised TypeError: exceptions must be classes or instances deriving from BaseException, not function",
    );
    expect(show(() => (g.throw as () => unknown)())).toBe("raised TypeError: throw expected at least 1 argument, got 0");
    expect(getGeneratorState(g)).toBe("GEN_SUSPENDED");
    // also on created and closed generators
    const c = catcher([]);
    expect(show(() => c.throw(null as never))).toBe(
      "raised TypeError: exceptions must be classes or instances deriving from BaseException, not null",
    );
    expect(getGeneratorState(c)).toBe("GEN_CREATED");
  });

  it("GEN-18: throw() delivery: caught and yielded -> returned; handler returns -> StopIteration; uncaught -> propagates, closed", () => {
    const g = catcher([]);
    g.send(undefined);
    expect(g.throw(ValueError)).toBe("ready");
    expect(show(() => g.throw(new TypeError("t")))).toBe("raised TypeError: t");
    expect(getGeneratorState(g)).toBe("GEN_CLOSED");
    expect(g.gi_frame).toBeNull();
    const r = returnsOnThrow();
    r.send(undefined);
    const e = raises(() => r.throw(ValueError));
    expect(e).toBeInstanceOf(StopIteration);
    expect(e.value).toBe("handled");
  });

  it("GEN-19: throw() into a closed generator re-raises the exception as is", () => {
    const g = plain();
    g.close();
    const v = new ValueError("6");
    expect(raises(() => g.throw(v))).toBe(v);
    expect(show(() => g.throw(ValueError, 6))).toBe("raised ValueError: 6");
  });

  it("GEN-20: throw() into a never-started generator raises immediately; the body never runs", () => {
    const log: string[] = [];
    const g = fin(log);
    expect(show(() => g.throw(new ValueError("early")))).toBe("raised ValueError: early");
    expect(log).toEqual([]);
    expect(getGeneratorState(g)).toBe("GEN_CLOSED");
  });

  it("GEN-21: throw(GeneratorExit) is not close(): a yield after it is returned; uncaught it propagates", () => {
    const log: string[] = [];
    const g = onGE(log, "yield");
    g.send(undefined);
    expect(g.throw(GeneratorExit)).toBe("ignored");
    expect(log).toEqual(["caught GeneratorExit"]);
    const p = plain();
    p.send(undefined);
    expect(show(() => p.throw(GeneratorExit))).toBe("raised GeneratorExit: ");
  });

  it("GEN-22: a thrown StopIteration escaping the body is converted by PEP 479, even before the start", () => {
    const p = plain();
    p.send(undefined);
    const si = new StopIteration("si");
    const e = raises(() => p.throw(si));
    expect(`${e.name}: ${e.message}`).toBe("RuntimeError: generator raised StopIteration");
    expect(e.cause).toBe(si);
    expect(e.context).toBe(si);
    const q = plain();
    const e2 = raises(() => q.throw(new StopIteration("si")));
    expect(`${e2.name}: ${e2.message}`).toBe("RuntimeError: generator raised StopIteration");
    expect(getGeneratorState(q)).toBe("GEN_CLOSED");
  });
});

describe("PEP 479 (P479)", () => {
  it("P479-01: StopIteration escaping a body becomes RuntimeError with cause and context", () => {
    const si = new StopIteration("explicit");
    const g = raiser(() => si);
    g.send(undefined);
    const e = raises(() => g.send(undefined));
    expect(e).toBeInstanceOf(RuntimeError);
    expect(e.message).toBe("generator raised StopIteration");
    expect(e.cause).toBe(si);
    expect(e.context).toBe(si);
    expect(getGeneratorState(g)).toBe("GEN_CLOSED");
  });

  it("P479-01: a StopIteration subclass is converted too", () => {
    class MyStop extends StopIteration {}
    const g = raiser(() => new MyStop(), true);
    const e = raises(() => g.next());
    expect(e.message).toBe("generator raised StopIteration");
    expect(e.cause).toBeInstanceOf(MyStop);
  });

  it("P479-02: an unguarded next() on an exhausted iterator (a StopIteration from a call) is converted; the consumer sees it", () => {
    const exhausted = plain();
    exhausted.close();
    const g = raiser(() => {
      try {
        exhausted.send(undefined);
      } catch (e) {
        return e;
      }
    }, true);
    expect(show(() => [...g])).toBe("raised RuntimeError: generator raised StopIteration");
  });

  it("P479-03: return is not affected", () => {
    const g = plain();
    g.send(undefined);
    expect(raises(() => g.send(undefined))).toBeInstanceOf(StopIteration);
  });

  it("P479: a generator-based coroutine (types.coroutine) uses the generator messages", () => {
    const c = genco(1);
    expect(show(() => c.send("x"))).toBe("raised TypeError: can't send non-None value to a just-started generator");
    expect(c.send(undefined)).toBe(1);
    const e = raises(() => c.throw(new StopIteration("x")));
    expect(e.message).toBe("generator raised StopIteration");
  });
});

describe("JavaScript protocol and introspection", () => {
  it("next()/for...of/spread follow the JS iterator protocol; return() closes (runs finally)", () => {
    const log: string[] = [];
    expect([...fin(log)]).toEqual([1, 2]);
    expect(log).toEqual(["started", "finally"]);
    log.length = 0;
    for (const x of fin(log)) {
      expect(x).toBe(1);
      break;
    }
    expect(log).toEqual(["started", "finally"]);
    const g = states(() => {});
    expect(g.next()).toEqual({ value: 1, done: false });
    expect(g.next("a")).toEqual({ value: 2, done: false });
    expect(g.next("b")).toEqual({ value: "ret", done: true });
    expect(g.next()).toEqual({ value: undefined, done: true });
    const h = fin([]);
    h.next();
    expect(h.return(5)).toEqual({ value: 5, done: true });
    expect(getGeneratorState(h)).toBe("GEN_CLOSED");
  });

  it("gi_frame gives name, qualname, file, current line and locals; getGeneratorLocals", () => {
    const g = states(() => {});
    expect(g.gi_frame).toMatchObject({ name: "states", qualname: "states", file: "test/runtime/frames.ts", line: 30 });
    expect(Object.keys(g.gi_frame!.locals)).toEqual(["probe"]);
    g.send(undefined);
    expect(g.gi_frame!.line).toBe(32);
    g.send("a");
    expect(g.gi_frame!.line).toBe(34);
    expect(getGeneratorLocals(g)).toMatchObject({ x: "a" });
    raises(() => g.send("b"));
    expect(getGeneratorLocals(g)).toEqual({});
    expect(() => getGeneratorLocals({})).toThrow(TypeError);
  });

  it("methods: the frame captures `this`; qualname names the class", () => {
    const a = { base: 10, items };
    const g = a.items(2);
    expect([...g]).toEqual([10, 11]);
    expect(g.__qualname__).toBe("A.items");
  });

  it("GEN-30: __name__ and __qualname__ are writable", () => {
    const g = plain();
    g.__name__ = "renamed";
    expect(g.__name__).toBe("renamed");
    expect(g.__qualname__).toBe("plain");
    expect(plain().__name__).toBe("plain");
  });
});
