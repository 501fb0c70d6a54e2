// Type-level checks of the public API (checked by `tsc -p tsconfig.json`; vitest runs them as no-ops).
// Decorator typing is in types-decorators.ts (type-checked only: the test runner cannot parse decorators).

import { describe, expectTypeOf, it } from "vitest";
import { generator, coroutine, getGeneratorState, type PyGenerator, type PyGeneratorCoroutine, type PyCoroutine, type PyAsyncGenerator } from "../../runtime/index.js";

describe("types", () => {
  it("generator(function*) gives a function returning PyGenerator<Y, R, S>", () => {
    const g = generator(function* (a: number, b?: string) {
      const x: string = yield a;
      return x.length + (b ?? "").length;
    });
    expectTypeOf(g).parameters.toEqualTypeOf<[number, (string | undefined)?]>();
    expectTypeOf(g).returns.toEqualTypeOf<PyGenerator<number, number, string>>();
    type R = ReturnType<typeof g>;
    expectTypeOf<R["send"]>().toEqualTypeOf<(value?: string | null) => number>();
    expectTypeOf<ReturnType<R["next"]>>().toEqualTypeOf<IteratorResult<number, number>>();
    // for...of and spread type-check on PyGenerator
    const use = (it: R) => {
      for (const v of it) expectTypeOf(v).toEqualTypeOf<number>();
      return [...it];
    };
    expectTypeOf(use).returns.toEqualTypeOf<number[]>();
    expectTypeOf(getGeneratorState).returns.toEqualTypeOf<"GEN_CREATED" | "GEN_RUNNING" | "GEN_SUSPENDED" | "GEN_CLOSED">();
  });

  it("coroutine() on async functions, async generators and generator functions", () => {
    const c = coroutine(async (x: number) => String(x));
    expectTypeOf(c).returns.toEqualTypeOf<PyCoroutine<string>>();
    const ag = coroutine(async function* () {
      yield 1;
    });
    expectTypeOf(ag).returns.toEqualTypeOf<PyAsyncGenerator<number, unknown>>();
    const gc = coroutine(function* () {
      yield 1;
      return "r";
    });
    expectTypeOf(gc).returns.toEqualTypeOf<PyGeneratorCoroutine<number, string, unknown>>();
  });

});
