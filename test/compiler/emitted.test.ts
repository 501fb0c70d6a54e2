// The emitted code's half of the compiler/runtime contract (DESIGN.md §1, §6), run for real:
// frames built by the emitted constructors have the runtime's layout, and the await fast path the
// compiler writes out at each await site keeps the runtime's rules (inline-depth bound, PEP 479,
// "already executing", suspension from deep inside an inline chain).
import { describe, it, expect, beforeAll } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { compile } from "../../compiler/index.js";
import { INLINE_DEPTH as EMITTED_DEPTH } from "../../compiler/ir/contract.js";

const root = fileURLToPath(new URL("../../", import.meta.url));

const source = `import { generator, coroutine } from "pycoro";
export const gen = generator(function* (a: number) { const x = yield a; yield x; });
export const co = coroutine(async function (a: number) { return a; });
export const agen = coroutine(async function* (a: number) { yield a; });
export const gco = coroutine(function* (a: number) { const x = yield a; return x; });

export const depth = coroutine(async function (n: number): Promise<number> {
  return n === 0 ? 0 : 1 + (await depth(n - 1));
});
export const parkedAt = coroutine(async function (n: number, leaf: unknown): Promise<unknown> {
  return n === 0 ? await (leaf as any) : await parkedAt(n - 1, leaf);
});
export const raiseAt = coroutine(async function (n: number, e: unknown): Promise<number> {
  if (n === 0) throw e;
  return await raiseAt(n - 1, e);
});
export const catching = coroutine(async function (n: number, e: unknown): Promise<string> {
  try {
    return "no " + (await raiseAt(n, e));
  } catch (err) {
    return "caught " + (err as Error).name + ": " + (err as Error).message;
  }
});
export const callback = coroutine(async function (f: () => unknown): Promise<unknown> {
  return f();
});
export const awaitsCallback = coroutine(async function (f: () => unknown): Promise<unknown> {
  return await callback(f);
});
export const io = coroutine(function* (tag: string): Generator<string, string, string> {
  return yield tag;
});
export const catcher = coroutine(async function* () {
  try {
    yield 1;
  } catch (e) {
    const got = await io("io");
    yield "after " + got;
  }
});
export const one = coroutine(async function* () {
  yield 1;
});
`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
let m: any;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
let rt: any;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
let pub: any;

beforeAll(async () => {
  const r = compile(source, { fileName: "emitted.ts" });
  expect(r.diagnostics).toEqual([]);
  mkdirSync(`${root}.pycoro-cache`, { recursive: true });
  const file = `${root}.pycoro-cache/emitted-test.mjs`;
  writeFileSync(file, r.code);
  m = await import(pathToFileURL(file).href);
  rt = await import("pycoro/internal");
  pub = await import("pycoro");
});

/** Run a coroutine that must not suspend; its return value. */
function finish(c: { send(v: unknown): unknown }): unknown {
  try {
    c.send(undefined);
  } catch (e) {
    if ((e as Error).name === "StopIteration") return (e as { value: unknown }).value;
    throw e;
  }
  throw new Error("suspended");
}

describe("emitted frame constructors", () => {
  it("lay out the base fields as the runtime's base constructors do, then parameters and locals", () => {
    expect(Object.keys(m.gen(1))).toEqual(["$s", "$yf", "$own", "a", "x"]);
    expect(Object.keys(m.co(1))).toEqual(["$s", "$yf", "$own", "a"]);
    expect(Object.keys(m.agen(1))).toEqual(["$s", "$yf", "$own", "$ag", "a"]);
    // what a hand-written frame gets from Frame's and AsyncGenerator's constructors
    class Hand extends rt.AsyncGenerator { $step() { return undefined; } }
    expect(Object.keys(new Hand()).slice(0, 4)).toEqual(["$s", "$yf", "$own", "$ag"]);
    expect(new Hand().$ag).toBe(0);
    expect(m.agen(1).$ag).toBe(0);
  });

  it("make instances of the runtime's base classes (linked by define*)", () => {
    expect(m.gen(1)).toBeInstanceOf(rt.Generator);
    expect(m.gen(1)).not.toBeInstanceOf(rt.GeneratorCoroutine);
    expect(m.gco(1)).toBeInstanceOf(rt.GeneratorCoroutine);
    expect(m.co(1)).toBeInstanceOf(rt.Coroutine);
    expect(m.agen(1)).toBeInstanceOf(rt.AsyncGenerator);
    const g = m.gen(1);
    expect(g.send(undefined)).toBe(1);
    expect(g.send(7)).toBe(7);
  });
});

describe("anext(ag, default).throw() (CPython's anext_awaitable)", () => {
  it("throws into the __anext__ awaitable even before the first send (values from python3)", () => {
    const g = m.catcher();
    expect(finish(pub.anext(g, "d"))).toBe(1);
    const a = pub.anext(g, "d");
    expect(a.throw(new rt.ValueError("x"))).toBe("io"); // the generator caught it and awaits io()
    expect(finish({ send: () => a.send("r") })).toBe("after r");
    let raised: unknown;
    try {
      pub.anext(m.one(), "d").throw(rt.StopAsyncIteration);
    } catch (e) {
      raised = e;
    }
    expect(`${(raised as Error).name}: ${(raised as Error).message}`).toBe("RuntimeError: async generator raised StopAsyncIteration");
  });
});

describe("the inline await fast path in emitted code", () => {
  it("runs a 10,000-deep call tree that never suspends (past the inline bound, through the driver)", () => {
    expect(finish(m.depth(10_000))).toBe(10_000);
  });

  it("bounds the inline depth as the runtime does", () => {
    expect(EMITTED_DEPTH).toBe(rt.INLINE_DEPTH);
    expect(compile(source, { fileName: "emitted.ts" }).code).toContain(`$m > -${rt.INLINE_DEPTH}`);
  });

  it("parks a 5,000-deep chain on its leaf, then resumes it with the leaf's result", () => {
    for (const n of [3, 5_000]) {
      const leaf = m.gco("parked");
      const c = m.parkedAt(n, leaf);
      expect(c.send(undefined)).toBe("parked");
      let done: unknown;
      try {
        c.send("resumed");
      } catch (e) {
        done = (e as { value: unknown }).value;
      }
      expect(done).toBe("resumed");
    }
  });

  it("raises the callee's exception at the await, PEP 479 applied", () => {
    expect(finish(m.catching(10, new TypeError("boom")))).toBe("caught TypeError: boom");
    expect(finish(m.catching(200, new TypeError("deep")))).toBe("caught TypeError: deep");
    expect(finish(m.catching(3, new rt.StopIteration()))).toBe("caught RuntimeError: coroutine raised StopIteration");
  });

  it("keeps the awaiting and the awaited coroutine running while the awaited one runs inline", () => {
    let outer: { send(v: unknown): unknown } | undefined;
    const seen: string[] = [];
    outer = m.awaitsCallback(() => {
      try {
        outer!.send(undefined);
      } catch (e) {
        seen.push(`${(e as Error).name}: ${(e as Error).message}`);
      }
      return "ok";
    });
    expect(finish(outer!)).toBe("ok");
    expect(seen).toEqual(["ValueError: coroutine already executing"]);
  });
});
