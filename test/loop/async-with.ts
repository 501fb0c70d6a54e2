/**
 * `async with` for the loop tests' hand-written coroutines (co() bodies): what the compiler emits
 * for `await using v = cm` — await `cm.__aenter__()`, run the body, await
 * `cm.__aexit__(type(exc), exc, tb)` (a truthy result suppresses the exception).
 */
import { aw } from "./helpers.js";

export interface AsyncCM {
  __aenter__(): unknown;
  __aexit__(et: Function | undefined, exc: unknown, tb: unknown): unknown;
}

/** `async with cm as v: body(v)` inside a co() body: `yield* asyncWith(cm, function* (v) { ... })`. */
export function* asyncWith<V, T>(cm: AsyncCM, body: (v: V) => Generator<unknown, T, unknown>): Generator<unknown, T | undefined, unknown> {
  const v = (yield* aw(cm.__aenter__())) as V;
  let result: T;
  try {
    result = yield* body(v);
  } catch (e) {
    const et = e === null || e === undefined ? undefined : ((e as object).constructor as Function);
    if (!(yield* aw(cm.__aexit__(et, e, undefined)))) throw e;
    return undefined;
  }
  yield* aw(cm.__aexit__(undefined, undefined, undefined));
  return result;
}
