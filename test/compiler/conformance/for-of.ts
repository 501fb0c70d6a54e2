// Issue 12 (gen-iter): for-of, spread and array destructuring inside compiled code drive a pycoro
// generator's frame directly (`iter()` + `$next()`, lowering-helpers.ts) and must keep native
// JavaScript's semantics for every iterable. test/compiler/for-of-conformance.test.ts runs this
// file compiled (`pycoro run`) and natively (markers as the identity: every generator is then a V8
// generator); every line must match. Each consumer has a `yield` in its loop body, so its for-of
// is lowered; what it iterates: marked generators, native (unmarked) generators, arrays, strings,
// Maps, hand-written iterators with and without return().
import { generator } from "pycoro";

const show = (v: unknown): string => (typeof v === "string" ? JSON.stringify(v) : Array.isArray(v) ? `[${v.map(show).join(",")}]` : String(v));
const log: string[] = [];
const note = (s: string) => log.push(s);
/** Drain a consumer, then print what it yielded, what it returned or threw, and the notes taken. */
const run = (label: string, g: Generator<unknown, unknown, unknown>) => {
  const ys: unknown[] = [];
  let end: string;
  try {
    for (;;) {
      const r = g.next();
      if (r.done) { end = `returned ${show(r.value)}`; break; }
      ys.push(r.value);
    }
  } catch (e: any) {
    end = `threw ${e instanceof Error ? `${e.constructor.name}: ${e.message}` : show(e)}`;
  }
  console.log(label, "|", ys.map(show).join(" "), "|", end, "|", log.join("; "));
  log.length = 0;
};

// ---- what is iterated
const marked = generator(function* (n: number): Generator<number, string, unknown> {
  try {
    for (let i = 0; i < n; i++) yield i;
    return "done";
  } finally {
    note("marked finally");
  }
});
function* nativeGen(n: number): Generator<number, string, unknown> {
  try {
    for (let i = 0; i < n; i++) yield i;
    return "done";
  } finally {
    note("native finally");
  }
}
const throwing = generator(function* (): Generator<number, void, unknown> {
  yield 1;
  throw new Error("body threw");
});
/** A hand-written iterator; `how` picks what goes wrong. */
const custom = (how: string, n = 4): Iterable<number> => ({
  [Symbol.iterator]() {
    note("@@iterator");
    let i = 0;
    const it: any = {
      next() {
        note(`next ${i}`);
        if (how === "next" && i === 1) throw new Error("next threw");
        if (how === "result" && i === 1) return 7;
        if (how === "done" && i === 1) return { get done(): boolean { throw new Error("done threw"); } };
        if (how === "value" && i === 1) return { done: false, get value(): number { throw new Error("value threw"); } };
        if (how === "swap" && i === 0) it.next = () => { note("swapped next"); return { done: true }; };
        return i < n ? { done: false, value: i++ } : { done: true, value: "ret" };
      },
    };
    if (how !== "no-return") {
      it.return = how === "bad-return" ? 5 : how === "return-primitive" ? () => { note("return()"); return 1; }
        : how === "return-throws" ? () => { note("return()"); throw new Error("return threw"); }
        : () => { note("return()"); return {}; };
    }
    return it;
  },
});

// ---- consumers (marked: their for-of has a yield in its body, so it is lowered)
const all = generator(function* (xs: Iterable<unknown>): Generator<unknown, string, unknown> {
  for (const x of xs) yield x;
  return "all";
});
const breaks = generator(function* (xs: Iterable<unknown>, at: unknown): Generator<unknown, string, unknown> {
  for (const x of xs) {
    if (x === at) break;
    yield x;
  }
  return "after break";
});
const returns = generator(function* (xs: Iterable<unknown>, at: unknown): Generator<unknown, string, unknown> {
  for (const x of xs) {
    if (x === at) return "returned from loop";
    yield x;
  }
  return "not reached";
});
const throws = generator(function* (xs: Iterable<unknown>, at: unknown): Generator<unknown, string, unknown> {
  for (const x of xs) {
    if (x === at) throw new Error("thrown from loop");
    yield x;
  }
  return "not reached";
});
const continues = generator(function* (xs: Iterable<unknown>): Generator<unknown, string, unknown> {
  outer: for (const x of xs) {
    for (const y of [1, 2]) {
      if (y === 2) continue outer;
      yield `${x}.${y}`;
    }
  }
  return "continued";
});
/** The same generator in two nested loops: the inner one exhausts it or breaks (closing it). */
const nested = generator(function* (mk: () => Iterable<unknown>, breakInner: boolean): Generator<unknown, string, unknown> {
  const g = mk();
  for (const a of g) {
    yield `outer ${show(a)}`;
    for (const b of g) {
      yield `inner ${show(b)}`;
      if (breakInner && b === 2) break;
    }
  }
  return "nested";
});
const spreads = generator(function* (mk: () => Iterable<unknown>): Generator<unknown, string, unknown> {
  const a = [(yield "s"), ...mk()];
  const [p, q = "dq", ...rest] = [yield "d", ...mk()];
  const [u, v] = mk();
  yield [a, p, q, rest, u, v].map(show).join("/");
  let w, z;
  [w, z = yield "pattern"] = mk();
  return `${show(w)} ${show(z)}`;
});
/** An array pattern with a yield inside: lowered through destructureIter. */
const pattern = generator(function* (xs: Iterable<unknown>): Generator<unknown, string, unknown> {
  const [a, b = yield "default", ...c] = xs;
  return `${show(a)} ${show(b)} ${show(c)}`;
});
const closedConsumer = generator(function* (mk: () => Generator<unknown, unknown, unknown>): Generator<unknown, string, unknown> {
  const g = mk();
  g.next();
  g.return(undefined);
  for (const x of g) yield x;
  const h = mk();
  for (const x of h) yield x;
  for (const x of h) yield `again ${show(x)}`;
  return "closed";
});

const iterables: [string, () => Iterable<unknown>][] = [
  ["marked", () => marked(4)],
  ["native gen", () => nativeGen(4)],
  ["array", () => [0, 1, 2, 3]],
  ["string", () => "0123"],
  ["map", () => new Map([[0, "a"], [1, "b"], [2, "c"]]).keys()],
  ["custom", () => custom("ok")],
  ["custom no return", () => custom("no-return")],
];
for (const [name, mk] of iterables) {
  run(`all ${name}`, all(mk()));
  run(`break ${name}`, breaks(mk(), 2));
  run(`return ${name}`, returns(mk(), 1));
  run(`throw ${name}`, throws(mk(), 1));
  run(`continue ${name}`, continues(mk()));
  run(`nested ${name}`, nested(mk, false));
  run(`nested break ${name}`, nested(mk, true));
  run(`spreads ${name}`, spreads(mk));
  run(`pattern ${name}`, pattern(mk()));
}
for (const how of ["next", "result", "done", "value", "swap", "bad-return", "return-primitive", "return-throws"]) {
  run(`all custom ${how}`, all(custom(how)));
  run(`break custom ${how}`, breaks(custom(how), 0));
  run(`throw custom ${how}`, throws(custom(how), 0));
  run(`pattern custom ${how}`, pattern(custom(how)));
}
run("body throws (marked)", all(throwing()));
run("closed marked", closedConsumer(() => marked(2)));
run("closed native", closedConsumer(() => nativeGen(2)));
for (const bad of [null, undefined, 5, {}, { [Symbol.iterator]: 5 }, { [Symbol.iterator]: () => 3 }, { [Symbol.iterator]: () => ({}) }, { [Symbol.iterator]: () => ({ next: 5 }) }]) {
  run(`not iterable ${show(bad)}`, all(bad as any));
}
{
  // a consumer closed while suspended in its loop body: the iterator's return() runs
  for (const [name, mk] of iterables) {
    const c = all(mk());
    c.next();
    c.return("x");
    console.log(`closed while in the loop ${name} |`, log.join("; "));
    log.length = 0;
  }
  // a consumer thrown into while suspended in its loop body
  const c = all(marked(3));
  c.next();
  try { c.throw(new Error("thrown in")); } catch (e: any) { console.log("thrown into the loop |", e.message, "|", log.join("; ")); }
  log.length = 0;
}
