// The pycoro generators that conformance/for-of-pycoro.ts and spread-pycoro.ts iterate, both ways
// (compiled code driving the frame through `$next`, and V8's own protocol calling `next()`): one
// module, so both files test the same kinds — counting with a finally, raising, raising a
// StopIteration-like error, delegating with yield*, partly consumed, closed, exhausted, a
// generator-based coroutine — and the same "running" case (a generator iterating itself: pycoro's
// ValueError "generator already executing", where V8 says TypeError). Compiled with them (`pycoro run`).
import { generator, coroutine } from "pycoro";

/** What the generators and the loops did, in order: printed and emptied after each case. */
export const log: string[] = [];
export const note = (s: string) => log.push(s);
export const describe = (e: any) => (e instanceof Error ? `${e.constructor.name}: ${e.message}` : String(e));

export const counted = generator(function* (n: number): Generator<number, string, unknown> {
  try {
    for (let i = 0; i < n; i++) yield i;
    return "ret";
  } finally {
    note("finally");
  }
});
export const failing = generator(function* (): Generator<number, void, unknown> {
  yield 0;
  throw new Error("next threw");
});
export const stopIter = generator(function* (): Generator<number, void, unknown> {
  yield 0;
  throw new (class StopIteration extends Error {})("a StopIteration-like error");
});
export const delegating = generator(function* (): Generator<number, string, unknown> {
  yield -1;
  const r = yield* counted(3);
  note(`delegate returned ${r}`);
  yield 99;
  return "outer";
});
export const genCoroutine = coroutine(function* (): Generator<number, void, unknown> {
  yield 1;
  yield 2;
});

/** The kinds both files iterate: [name, a fresh iterable of that kind]. */
export const kinds: [string, () => any][] = [
  ["next throws a StopIteration", () => stopIter()],
  ["delegating", () => delegating()],
  ["partly consumed, delegating", () => { const g = delegating(); g.next(); g.next(); return g; }],
  ["closed", () => { const g = counted(3); g.next(); g.return(undefined); return g; }],
  ["exhausted", () => { const g = counted(1); g.next(); g.next(); return g; }],
];

/**
 * "running": a generator that yields 0, then iterates itself through `loop` (its second `next()`
 * runs the loop while the generator is executing). Returns how that second resume ended.
 */
export function runningItself(loop: (me: Generator<unknown, unknown, unknown>) => Iterable<unknown>): string {
  let me: Generator<unknown, unknown, unknown>;
  const self = generator(function* (): Generator<unknown, unknown, unknown> {
    yield 0;
    yield* loop(me);
  });
  me = self();
  try {
    me.next();
    me.next();
    return "no error";
  } catch (e) {
    return describe(e);
  }
}
