// Issue 12 (gen-iter): a lowered for-of over a pycoro generator (driven through its `$next`) must
// do exactly what a native for-of over the same pycoro generator does (which calls `next()`),
// including where pycoro generators differ from V8's (ValueError "generator already executing",
// a generator-based coroutine, a generator delegating with yield*). Run compiled only by
// test/compiler/for-of-conformance.test.ts: every "lowered" line must equal its "native" line. The
// generators iterated: conformance/pycoro-kinds.ts (shared with spread-pycoro.ts).
import { generator } from "pycoro";
import { log, note, describe, counted, failing, delegating, genCoroutine, kinds, runningItself } from "./pycoro-kinds.js";

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

const cases: [string, () => Iterable<unknown>, string, unknown][] = [
  ["all", () => counted(3), "", undefined],
  ["break", () => counted(3), "break", 1],
  ["return", () => counted(3), "return", 1],
  ["throw", () => counted(3), "throw", 1],
  ["next throws", () => failing(), "", undefined],
  ...kinds.map(([name, mk]): [string, () => Iterable<unknown>, string, unknown] => [name, mk, "", undefined]),
  ["delegating, break inside the delegation", () => delegating(), "break", 1],
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
  console.log(kind, "| running |", runningItself((me) => consumer(me, "", undefined)), "|", log.join("; "));
  log.length = 0;
}
