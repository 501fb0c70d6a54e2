// Markers: compiled functions pass through; uncompiled ones throw on their first call (not at
// definition), as plain calls and as TC39 / legacy method decorators. Errors and typeName.

import { describe, expect, it } from "vitest";
import ts from "typescript";
import {
  generator,
  coroutine,
  StopIteration,
  StopAsyncIteration,
  GeneratorExit,
  RuntimeError,
  ValueError,
  CancelledError,
  InvalidStateError,
  TimeoutError,
  QueueEmpty,
  QueueFull,
  ExceptionGroup,
  isGenerator,
} from "../../runtime/index.js";
import { typeName } from "../../runtime/core/errors.js";
import { plain, genco } from "./frames.js";
import { raises } from "./helpers.js";

const HOW = /pycoro run file\.ts.*"transform": "pycoro\/transformer".*pycoro build/s;

describe("markers", () => {
  it("return a compiled (defineGenerator) function unchanged", () => {
    expect(generator(plain as never)).toBe(plain);
    expect(coroutine(genco as never)).toBe(genco);
  });

  it("an uncompiled function: defining is fine, the first call throws, naming the function and the transformer", () => {
    const g = generator(function* numbers() {
      yield 1;
    });
    expect(g.name).toBe("numbers");
    const e = raises(() => g());
    expect(e.constructor).toBe(Error);
    expect(e.message).toContain("'numbers'");
    expect(e.message).toContain("generator()");
    expect(e.message).toMatch(HOW);
    const named = async () => 1;
    const c = coroutine(named);
    expect(raises(() => c()).message).toContain("'named' is marked with coroutine()");
    const anon = coroutine(async function* () {});
    expect(raises(() => anon()).message).toContain("pycoro: an anonymous function is marked with coroutine()");
  });

  // Decorated classes are compiled by TypeScript itself here (the test runner's transform does not
  // lower decorators): TC39 decorators call the marker with (value, context), legacy
  // experimentalDecorators with (target, key, descriptor).
  function decorated(experimentalDecorators: boolean): { items(): unknown; run(): unknown; it: unknown } {
    const src = `class A {
      @generator *items() { yield 1; }
      @coroutine async run() {}
      @generator static *it() { yield 2; }
    }`;
    const js = ts.transpileModule(src, {
      compilerOptions: { target: ts.ScriptTarget.ES2022, experimentalDecorators },
    }).outputText;
    const A = new Function("generator", "coroutine", `${js}\nreturn A;`)(generator, coroutine);
    const a = new A();
    return { items: () => a.items(), run: () => a.run(), it: () => A.it() };
  }

  for (const legacy of [false, true]) {
    it(`work as ${legacy ? "legacy (experimentalDecorators)" : "TC39"} method decorators: the first call throws`, () => {
      const a = decorated(legacy);
      expect(raises(() => a.items()).message).toContain("'items' is marked with generator()");
      expect(raises(() => a.run()).message).toContain("'run' is marked with coroutine()");
      expect(raises(() => (a.it as () => unknown)()).message).toContain("'it'");
    });
  }

  it("as decorators, return a compiled method unchanged", () => {
    const ctx = { kind: "method", name: "plain" } as unknown as ClassMethodDecoratorContext;
    expect(generator(plain as never, ctx)).toBe(plain);
    const compiled = { value: plain, writable: true, enumerable: false, configurable: true };
    expect(generator({}, "plain", compiled).value).toBe(plain);
  });

  it("reject non-functions", () => {
    expect(() => generator(5 as never)).toThrow(TypeError);
  });

  it("isGenerator", () => {
    expect(isGenerator(plain())).toBe(true);
    expect(isGenerator(genco(1))).toBe(true);
    expect(isGenerator((function* () {})())).toBe(false);
  });
});

describe("errors", () => {
  it("are Error subclasses named as in Python", () => {
    const classes = {
      StopIteration,
      StopAsyncIteration,
      GeneratorExit,
      RuntimeError,
      ValueError,
      CancelledError,
      InvalidStateError,
      TimeoutError,
      QueueEmpty,
      QueueFull,
    };
    for (const [name, C] of Object.entries(classes)) {
      const e = new C();
      expect(e).toBeInstanceOf(Error);
      expect(e.name).toBe(name);
      expect(Object.keys(e)).not.toContain("name");
      expect(String(new C("m" as never))).toBe(`${name}: m`);
    }
  });

  it("StopIteration carries a value; its message is str(value)", () => {
    expect(new StopIteration().value).toBeUndefined();
    expect(new StopIteration().message).toBe("");
    expect(new StopIteration(7).value).toBe(7);
    expect(new StopIteration("ret").message).toBe("ret");
    const o = { toString: () => { throw new Error("no"); } };
    expect(new StopIteration(o).value).toBe(o);
  });

  it("ExceptionGroup is an AggregateError with Python's (message, exceptions)", () => {
    const a = new ValueError("a");
    const g = new ExceptionGroup("many", [a, new TypeError("b")]);
    expect(g).toBeInstanceOf(AggregateError);
    expect(g.name).toBe("ExceptionGroup");
    expect(g.message).toBe("many");
    expect(g.exceptions[0]).toBe(a);
    expect(g.exceptions.length).toBe(2);
    expect(() => new ExceptionGroup("none", [])).toThrow(ValueError);
    expect(() => new ExceptionGroup("bad", [1])).toThrow(ValueError);
  });

  it("typeName: typeof for primitives, null, Python names for pycoro objects, else the constructor name", () => {
    expect([1, "s", true, undefined, 1n, Symbol()].map(typeName)).toEqual([
      "number",
      "string",
      "boolean",
      "undefined",
      "bigint",
      "symbol",
    ]);
    expect(typeName(null)).toBe("null");
    expect(typeName(plain())).toBe("generator");
    expect(typeName(genco(1))).toBe("generator"); // a types.coroutine generator is a generator
    expect(typeName([])).toBe("Array");
    expect(typeName(new Map())).toBe("Map");
    expect(typeName(Object.create(null))).toBe("Object");
    expect(typeName(() => 1)).toBe("function");
  });
});
