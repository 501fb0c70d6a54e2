// Issue 12 (gen-iter): a lowered for-of over a pycoro generator (driven through its `$next`) must
// do exactly what a native for-of over the same pycoro generator does (which calls `next()`),
// including where pycoro generators differ from V8's (ValueError "generator already executing",
// a generator-based coroutine, a generator delegating with yield*). Run compiled only by
// test/compiler/for-of-conformance.test.ts: every "lowered" line must equal its "native" line.
import { generator, coroutine } from "pycoro";

const log: string[] = [];
const note = (s: string) => log.push(s);
const describe = (e: any) => (e instanceof Error ? `${e.constructor.name}: ${e.message}` : String(e));

/** The loop under test: lowered (a marked generator) and native (a V8 generator, not compiled). */
const lowered = generator(function* (xs: Iterable<unknown>, stop: string, at: unknown): Generator<unknown, string, unknown> {
  for (const x of xs) {
    note(`got ${String(x)}`);
    if (x === at && stop === "break") break;
    if (x === at && stop === "return") return "returned";
    if (x === at && stop === "throw") throw new Error("thrown from loop");
    yield x;
  }
  return "end";
});
function* native(xs: Iterable<unknown>, stop: string, at: unknown): Generator<unknown, string, unknown> {
  for (const x of xs) {
    note(`got ${String(x)}`);
    if (x === at && stop === "break") break;
    if (x === at && stop === "return") return "returned";
    if (x === at && stop === "throw") throw new Error("thrown from loop");
    yield x;
  }
  return "end";
}

const counted = generator(function* (n: number): Generator<number, string, unknown> {
  try {
    for (let i = 0; i < n; i++) yield i;
    return "ret";
  } finally {
    note("finally");
  }
});
const failing = generator(function* (): Generator<number, void, unknown> {
  yield 0;
  throw new Error("next threw");
});
const stopIter = generator(function* (): Generator<number, void, unknown> {
  yield 0;
  throw new (class StopIteration extends Error {})("a StopIteration-like error");
});
const delegating = generator(function* (): Generator<number, string, unknown> {
  yield -1;
  const r = yield* counted(3);
  note(`delegate returned ${r}`);
  yield 99;
  return "outer";
});
const genCoroutine = coroutine(function* (): Generator<number, void, unknown> {
  yield 1;
  yield 2;
});
let me: Generator<unknown, unknown, unknown>;
const selfIter = (consumer: typeof lowered) => generator(function* (): Generator<unknown, unknown, unknown> {
  yield 0;
  yield* consumer(me, "", undefined);
});

const cases: [string, () => Iterable<unknown>, string, unknown][] = [
  ["all", () => counted(3), "", undefined],
  ["break", () => counted(3), "break", 1],
  ["return", () => counted(3), "return", 1],
  ["throw", () => counted(3), "throw", 1],
  ["next throws", () => failing(), "", undefined],
  ["next throws a StopIteration", () => stopIter(), "", undefined],
  ["delegating", () => delegating(), "", undefined],
  ["delegating, break inside the delegation", () => delegating(), "break", 1],
  ["partly consumed, delegating", () => { const g = delegating(); g.next(); g.next(); return g; }, "", undefined],
  ["closed", () => { const g = counted(3); g.next(); g.return(undefined); return g; }, "", undefined],
  ["exhausted", () => { const g = counted(1); g.next(); g.next(); return g; }, "", undefined],
  ["generator-based coroutine", () => genCoroutine(), "break", 2],
  ["next replaced on the instance", () => { const g = counted(3); (g as any).next = () => ({ done: false, value: "own next" }); return g; }, "break", "own next"],
  ["iterator replaced on the instance", () => { const g = counted(3); (g as any)[Symbol.iterator] = () => [7, 8][Symbol.iterator](); return g; }, "", undefined],
];

for (const [kind, consumer] of [["lowered", lowered], ["native", native]] as const) {
  for (const [name, mk, stop, at] of cases) {
    let end: string;
    try {
      const c = consumer(mk(), stop, at);
      let r = c.next();
      while (!r.done) r = c.next();
      end = `returned ${String(r.value)}`;
    } catch (e) {
      end = `threw ${describe(e)}`;
    }
    console.log(kind, "|", name, "|", end, "|", log.join("; "));
    log.length = 0;
  }
  // nested loops over the same generator
  {
    const g = counted(4);
    const outer = consumer(g, "", undefined);
    const o1 = outer.next();
    const inner = consumer(g, "break", 2);
    let r = inner.next();
    while (!r.done) r = inner.next();
    r = outer.next();
    console.log(kind, "| nested | outer", String(o1.value), "then", JSON.stringify(r), "|", log.join("; "));
    log.length = 0;
  }
  // a generator iterating itself: already executing
  {
    me = selfIter(consumer)();
    let end: string;
    try {
      me.next();
      me.next();
      end = "no error";
    } catch (e) {
      end = describe(e);
    }
    console.log(kind, "| running |", end, "|", log.join("; "));
    log.length = 0;
  }
}
