// Type-level checks of the markers as TC39 method decorators. Not a test file: `tsc -p
// tsconfig.json` checks it; nothing runs it (the vitest transform does not lower decorators).

import { expectTypeOf } from "vitest";
import { generator, coroutine } from "../../runtime/index.js";

export class A {
  base = 1;
  @generator *items(n: number) {
    yield this.base + n;
  }
  @coroutine async run(): Promise<number> {
    return this.base;
  }
  @coroutine *legacyCoro() {
    yield 1;
  }
  @coroutine async *stream() {
    yield "x";
  }
}

// A decorator cannot change a method's type: decorated methods keep their declared types.
expectTypeOf<A["items"]>().returns.toEqualTypeOf<Generator<number, void, unknown>>();
expectTypeOf<A["run"]>().returns.toEqualTypeOf<Promise<number>>();
expectTypeOf<A["stream"]>().returns.toEqualTypeOf<AsyncGenerator<string, void, unknown>>();
