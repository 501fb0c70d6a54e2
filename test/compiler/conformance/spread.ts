// Issue 12 (s5-iter): spread (`[...x]`, `f(...x)`, `new F(...x)`) and array destructuring
// (`const [a, , b, ...r] = x`, `[a, b] = x`, nested patterns, defaults) inside compiled code drive
// a pycoro generator's frame directly (rename.ts `spreadOperand` / `take`, lowering-helpers.ts
// `spreadArray` / `spreadArgs` / `take` / `untaken`) and must keep V8's semantics for every operand.
// test/compiler/spread-conformance.test.ts runs this file compiled (`pycoro run`) and natively
// (TypeScript's output, markers as the identity: every generator is then a V8 generator); every
// line must match. Each consumer is a marked generator (its own code is what the compiler
// rewrites); `lowered` ones put a yield in the same statement, so the spiller handles it.
import { generator } from "pycoro";

const show = (v: unknown): string => (typeof v === "string" ? JSON.stringify(v) : Array.isArray(v) ? `[${v.map(show).join(",")}]` : String(v));
const log: string[] = [];
const note = (s: string) => log.push(s);
const describe = (e: any) => (e instanceof Error ? `${e.constructor.name}: ${e.message}` : show(e));
/** Run a consumer to its end; print what it returned or threw and the notes taken. */
const run = (label: string, g: Generator<unknown, unknown, unknown>) => {
  let end: string;
  try {
    let r = g.next();
    while (!r.done) r = g.next(r.value);
    end = `returned ${show(r.value)}`;
  } catch (e) {
    end = `threw ${describe(e)}`;
  }
  console.log(label, "|", end, "|", log.join("; "));
  log.length = 0;
};

// ---- what is spread or destructured
const marked = generator(function* (n: number): Generator<number, string, unknown> {
  try {
    for (let i = 0; i < n; i++) {
      note(`yield ${i}`);
      yield i;
    }
    return "done";
  } finally {
    note("marked finally");
  }
});
function* nativeGen(n: number): Generator<number, string, unknown> {
  try {
    for (let i = 0; i < n; i++) {
      note(`yield ${i}`);
      yield i;
    }
    return "done";
  } finally {
    note("native finally");
  }
}
/** No try block: closing it early just finishes it (generator.ts `close`, the `handled` states). */
const bare = generator(function* (n: number): Generator<number, string, unknown> {
  for (let i = 0; i < n; i++) {
    note(`bare yield ${i}`);
    yield i;
    note(`bare resumed ${i}`);
  }
  return "done";
});
/** A try block around some of its yields only. */
const partly = generator(function* (): Generator<number, string, unknown> {
  yield 0;
  try {
    yield 1;
  } finally {
    // (no catch: a pycoro generator's close raises Python's GeneratorExit, which a catch would see)
    note("partly finally");
  }
  yield 2;
  return "done";
});
const throwing = generator(function* (): Generator<number, void, unknown> {
  try {
    yield 1;
    throw new Error("body threw");
  } finally {
    note("throwing finally");
  }
});
const holey = generator(function* (): Generator<unknown, void, unknown> {
  yield undefined;
  yield 1;
  yield undefined;
});
/** A marked generator whose finally throws when closed early. */
const badFinally = generator(function* (): Generator<number, void, unknown> {
  try {
    yield 1;
    yield 2;
  } finally {
    note("bad finally");
    throw new Error("finally threw");
  }
});
let seenByFinally: () => unknown = () => undefined;
/** Its finally reports a variable of the consumer: JavaScript closes after the pattern assigned. */
const watching = generator(function* (): Generator<number, void, unknown> {
  try {
    yield 10;
    yield 20;
  } finally {
    note(`finally sees ${show(seenByFinally())}`);
  }
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

// ---- consumers
const f = (...a: unknown[]) => a.map(show).join(",");
class Box { items: unknown[]; constructor(...a: unknown[]) { this.items = a; } }
const spreads = generator(function* (mk: () => any): Generator<unknown, string, unknown> {
  const a = [...mk()];
  const b = [-1, ...mk(), -2];
  const c = f(...mk());
  const d = new Box("x", ...mk()).items;
  const it = mk();
  const e = [...it];
  const o = { m(...xs: unknown[]) { return xs.length; } };
  const g = o.m(...mk());
  yield 0;
  return [a, b, c, d, e, g].map(show).join(" / ");
});
const loweredSpreads = generator(function* (mk: () => any): Generator<unknown, string, unknown> {
  const a = [yield "a", ...mk()];
  const c = f(yield "c", ...mk(), yield "c2");
  const d = [...mk(), yield "d"];
  return [a, c, d].map(show).join(" / ");
});
const patterns = generator(function* (mk: () => any): Generator<unknown, string, unknown> {
  const [a, , b] = mk();
  const [c, ...r] = mk();
  const [] = mk();
  let [d = "dd", e = 5] = mk();
  var [v] = mk();
  let x: unknown, y: unknown, z: unknown, rr: unknown;
  [x, , y] = mk();
  [z, ...rr] = mk();
  const value = ([x] = mk());
  yield 0;
  return [a, b, c, r, d, e, v, x, y, z, rr, Array.isArray(value)].map(show).join(" ");
});
const loweredPatterns = generator(function* (mk: () => any): Generator<unknown, string, unknown> {
  const [a, , b] = yield mk();
  let x: unknown, r: unknown;
  [x, ...r] = yield mk();
  return [a, b, x, r].map(show).join(" ");
});
/** Patterns the compiler leaves to V8 (nested, computed defaults, member targets): still right. */
const complexPatterns = generator(function* (mk: () => any): Generator<unknown, string, unknown> {
  const [a = (note("default a"), "A"), b = (note("default b"), "B"), ...{ length }] = mk();
  const o: any = { set p(v: unknown) { note(`set p ${show(v)}`); } };
  [o.p, o.q = (note("default q"), "Q")] = mk();
  const [[n1, , n2 = (note("default n2"), "N2")]] = [mk()];
  yield 0;
  return [a, b, length, o.q, n1, n2].map(show).join(" ");
});
/** Stops early; the producer's finally reads `seen` (assigned by the pattern first). */
const closeAfterAssign = generator(function* (): Generator<unknown, string, unknown> {
  let seen: unknown = "before";
  seenByFinally = () => seen;
  [seen] = watching();
  var [w] = watching();
  seenByFinally = () => w;
  [w] = watching();
  yield 0;
  return show(seen);
});
/** return() throwing after the assignments: the targets hold the values. */
const returnThrows = generator(function* (mk: () => any): Generator<unknown, string, unknown> {
  let a: unknown = "unset";
  try {
    [a] = mk();
  } catch (e) {
    note(`caught ${describe(e)}`);
  }
  var b: unknown = "unset";
  try {
    var [b] = mk();
  } catch (e) {
    note(`caught ${describe(e)}`);
  }
  yield 0;
  return `${show(a)} ${show(b)}`;
});

const producers: [string, () => any][] = [
  ["marked", () => marked(4)],
  ["native gen", () => nativeGen(4)],
  ["marked short", () => marked(1)],
  ["array", () => [0, 1, 2, 3]],
  ["array with holes", () => [0, , 2] as number[]],
  ["string", () => "0123"],
  ["set", () => new Set([0, 1, 2])],
  ["map keys", () => new Map([[0, "a"], [1, "b"]]).keys()],
  ["holey marked", () => holey()],
  ["bare marked", () => bare(4)],
  ["partly guarded", () => partly()],
  ["throwing marked", () => throwing()],
  ["custom", () => custom("ok")],
  ["custom no return", () => custom("no-return")],
];
for (const how of ["next", "result", "done", "value", "bad-return", "return-primitive", "return-throws"]) producers.push([`custom ${how}`, () => custom(how)]);
for (const [name, mk] of producers) {
  run(`spreads ${name}`, spreads(mk));
  run(`lowered spreads ${name}`, loweredSpreads(mk));
  run(`patterns ${name}`, patterns(mk));
  run(`lowered patterns ${name}`, loweredPatterns(mk));
  run(`complex patterns ${name}`, complexPatterns(mk));
}
run("close after assign", closeAfterAssign());
{
  // a generator closed early by a pattern, a for-of break or return(), then resumed: finished
  const after = generator(function* (mk: () => Generator<number, string, unknown>): Generator<unknown, string, unknown> {
    const g1 = mk();
    const [x] = g1;
    const g2 = mk();
    for (const y of g2) if (y === 1) break;
    const g3 = mk();
    g3.next();
    const r3 = g3.return("early");
    const g4 = mk();
    g4.next();
    g4.next();
    const r4 = g4.return("later");
    yield 0;
    return [x, JSON.stringify(g1.next()), JSON.stringify(g2.next()), JSON.stringify(r3), JSON.stringify(g3.next()), JSON.stringify(r4), JSON.stringify(g4.next())].join(" ");
  });
  run("closed early, then resumed (bare)", after(() => bare(3)));
  run("closed early, then resumed (partly guarded)", after(() => partly()));
  run("closed early, then resumed (marked)", after(() => marked(3)));
}
run("return throws (marked finally)", returnThrows(() => badFinally()));
run("return throws (custom)", returnThrows(() => custom("return-throws")));
{
  // patched iteration: every form falls back to the protocol
  const origValues = Array.prototype[Symbol.iterator];
  Array.prototype[Symbol.iterator] = function (this: any) { note("patched values"); return origValues.call(this); };
  run("patched Array.prototype[Symbol.iterator], marked", spreads(() => marked(2)));
  run("patched Array.prototype[Symbol.iterator], array", patterns(() => [1, 2, 3]));
  Array.prototype[Symbol.iterator] = origValues;
  const arrayIterProto = Object.getPrototypeOf([][Symbol.iterator]());
  const origNext = arrayIterProto.next;
  arrayIterProto.next = function (this: any) { note("patched next"); return origNext.call(this); };
  // (not over a marked generator: closing one runs runtime code that iterates an array natively)
  run("patched array iterator next, array", spreads(() => [7, 8]));
  arrayIterProto.next = origNext;
  run("own Symbol.iterator on a marked generator", spreads(() => { const g = marked(3); (g as any)[Symbol.iterator] = () => { note("own iterator"); return [9, 8][Symbol.iterator](); }; return g; }));
  run("own next on a marked generator", patterns(() => { const g = marked(3); const n = g.next.bind(g); (g as any).next = () => { note("own next"); return n(); }; return g; }));
  const own = [1, 2, 3];
  (own as any)[Symbol.iterator] = function* () { note("array's own iterator"); yield "o"; };
  run("array with its own iterator", spreads(() => own));
  run("array with its own iterator, patterns", patterns(() => own));
  const proxied = new Proxy([5, 6], { get(t, k, r) { if (typeof k === "string") note(`get ${k}`); return Reflect.get(t, k, r); } });
  run("proxied array", spreads(() => proxied));
  class Sub extends Array<number> {}
  run("array subclass", patterns(() => Sub.from([7, 8])));
}

// ---- a callee named gather: compiled, its arguments are built as one array literal and passed by
// lowering-helpers.ts `callArgs` (rename.ts `argsCall`); for any function but pycoro's gather the
// call must stay what V8 does: `this` undefined, arguments in order, then "is not a function", and
// V8's RangeError for a spread too long for a call.
function gather(this: unknown, ...a: unknown[]): string {
  return `${this === undefined ? "this undefined" : "this set"} ${a.length}: ${a.slice(0, 4).map(show).join(",")}`;
}
const gatherCalls = generator(function* (): Generator<number, string, unknown> {
  note(gather(...marked(2), 9, ...[7, 8]));
  note(gather(yield 1, ...marked(1)));
  note(gather(...new Array(130_000).fill(1)).slice(0, 20));
  return "done";
});
run("gather callee", gatherCalls());
const gatherNotAFunction = generator(function* (): Generator<number, string, unknown> {
  let gather: any = 5;
  try { gather(note("arg a"), ...[note("arg b")]); } catch (e) { note(`gather(a, ...[b]) ${describe(e)}`); }
  gather = { gather: 1 };
  try { gather(...(yield 2) as any); } catch (e) { note(`gather(...(yield 2)) ${describe(e)}`); }
  gather = (function (this: unknown, ...a: unknown[]) { return `${this === undefined} ${a.length}`; });
  note(gather(...[1, 2]));
  return "done";
});
run("gather not a function", gatherNotAFunction());

// ---- operands that are not iterable: V8's message names the site and the operand
const o: any = { p: null, m() { return o.p; } };
const g = () => o.p;
const notIterable = generator(function* (v: unknown): Generator<unknown, void, unknown> {
  o.p = v;
  const x = v as any;
  const tries: [string, () => unknown][] = [];
  try { note(`[...x] ${show([...x])}`); } catch (e) { note(`[...x] ${describe(e)}`); }
  try { note(`[...o.p] ${show([...o.p])}`); } catch (e) { note(`[...o.p] ${describe(e)}`); }
  try { note(`[...o["p"]] ${show([...o["p"]])}`); } catch (e) { note(`[...o["p"]] ${describe(e)}`); }
  try { note(`[1, ...g()] ${show([1, ...g()])}`); } catch (e) { note(`[1, ...g()] ${describe(e)}`); }
  try { note(`[...o.m()] ${show([...o.m()])}`); } catch (e) { note(`[...o.m()] ${describe(e)}`); }
  try { note(`[...(x as any)] ${show([...(x as any)])}`); } catch (e) { note(`[...(x as any)] ${describe(e)}`); }
  try { note(`[...x!] ${show([...x!])}`); } catch (e) { note(`[...x!] ${describe(e)}`); }
  try { note(`[...this] ${show([...(this as any)])}`); } catch (e) { note(`[...this] ${describe(e)}`); }
  try { note(`f(...x) ${f(...x)}`); } catch (e) { note(`f(...x) ${describe(e)}`); }
  try { note(`f(1, ...o.p) ${f(1, ...o.p)}`); } catch (e) { note(`f(1, ...o.p) ${describe(e)}`); }
  try { note(`f(...g()) ${f(...g())}`); } catch (e) { note(`f(...g()) ${describe(e)}`); }
  try { note(`o.m(...x) ${o.m(...x)}`); } catch (e) { note(`o.m(...x) ${describe(e)}`); }
  try { note(`gather(...x) ${gather(...x)}`); } catch (e) { note(`gather(...x) ${describe(e)}`); }
  try { note(`f(...x, 2) ${f(...x, 2)}`); } catch (e) { note(`f(...x, 2) ${describe(e)}`); }
  try { note(`f(...[1], ...x) ${f(...[1], ...x)}`); } catch (e) { note(`f(...[1], ...x) ${describe(e)}`); }
  try { note(`f(...x, ...[1]) ${f(...x, ...[1])}`); } catch (e) { note(`f(...x, ...[1]) ${describe(e)}`); }
  try { note(`f(...g(), 2) ${f(...g(), 2)}`); } catch (e) { note(`f(...g(), 2) ${describe(e)}`); }
  try { note(`f(...o.m(), 2) ${f(...o.m(), 2)}`); } catch (e) { note(`f(...o.m(), 2) ${describe(e)}`); }
  try { note(`f(...o?.m(), 2) ${f(...o?.m(), 2)}`); } catch (e) { note(`f(...o?.m(), 2) ${describe(e)}`); }
  try { note(`f(...(0, o.m)(), 2) ${f(...(0, o.m)(), 2)}`); } catch (e) { note(`f(...(0, o.m)(), 2) ${describe(e)}`); }
  try { note(`o.m(...o.p, 2) ${o.m(...o.p, 2)}`); } catch (e) { note(`o.m(...o.p, 2) ${describe(e)}`); }
  try { note(`new Box(...x, 2) ${new Box(...x, 2).items.length}`); } catch (e) { note(`new Box(...x, 2) ${describe(e)}`); }
  try { note(`new Box(1, ...new Box(), 2) ${new Box(1, ...(new Box() as any), 2).items.length}`); } catch (e) { note(`new Box(1, ...new Box(), 2) ${describe(e)}`); }
  try { note(`gather(...x, 2) ${gather(...x, 2)}`); } catch (e) { note(`gather(...x, 2) ${describe(e)}`); }
  try { note(`gather(...g(), ...x) ${gather(...g(), ...x)}`); } catch (e) { note(`gather(...g(), ...x) ${describe(e)}`); }
  try { note(`gather(1, ...o.p, 2) ${gather(1, ...o.p, 2)}`); } catch (e) { note(`gather(1, ...o.p, 2) ${describe(e)}`); }
  try { note(`new Box(...x) ${new Box(...x).items.length}`); } catch (e) { note(`new Box(...x) ${describe(e)}`); }
  try { const [a] = x; note(`const [a] = x ${show(a)}`); } catch (e) { note(`const [a] = x ${describe(e)}`); }
  try { const [] = x; note("const [] = x ok"); } catch (e) { note(`const [] = x ${describe(e)}`); }
  try { const [a] = o.p; note(`const [a] = o.p ${show(a)}`); } catch (e) { note(`const [a] = o.p ${describe(e)}`); }
  try { const [a] = g(); note(`const [a] = g() ${show(a)}`); } catch (e) { note(`const [a] = g() ${describe(e)}`); }
  try { const [a] = o.m(); note(`const [a] = o.m() ${show(a)}`); } catch (e) { note(`const [a] = o.m() ${describe(e)}`); }
  try { const [a] = this as any; note(`const [a] = this ${show(a)}`); } catch (e) { note(`const [a] = this ${describe(e)}`); }
  let a: unknown;
  try { [a] = x; note(`[a] = x ${show(a)}`); } catch (e) { note(`[a] = x ${describe(e)}`); }
  try { [a] = g(); note(`[a] = g() ${show(a)}`); } catch (e) { note(`[a] = g() ${describe(e)}`); }
  try { const [b] = yield x; note(`const [b] = yield x ${show(b)}`); } catch (e) { note(`const [b] = yield x ${describe(e)}`); }
  try { [a] = yield x; note(`[a] = yield x ${show(a)}`); } catch (e) { note(`[a] = yield x ${describe(e)}`); }
  try { note(`[yield 0, ...x] ${show([yield 0, ...x])}`); } catch (e) { note(`[yield 0, ...x] ${describe(e)}`); }
  try { note(`f(yield 0, ...x) ${f(yield 0, ...x)}`); } catch (e) { note(`f(yield 0, ...x) ${describe(e)}`); }
  try { note(`gather(yield 0, ...x) ${gather(yield 0, ...x)}`); } catch (e) { note(`gather(yield 0, ...x) ${describe(e)}`); }
});
const iterators: unknown[] = [undefined, null, 5, true, "s", {}, () => 1, { [Symbol.iterator]: 5 }, { [Symbol.iterator]: () => 3 },
  { [Symbol.iterator]: () => ({}) }, { [Symbol.iterator]: () => ({ next: 5 }) }, { [Symbol.iterator]: () => ({ next: () => 1 }) }];
for (const v of iterators) {
  const c = notIterable.call(v as any, v);
  let r = c.next();
  while (!r.done) r = c.next(r.value);
  console.log(`not iterable ${typeof v === "function" ? "function" : show(v)}\n  ${log.join("\n  ")}`);
  log.length = 0;
}
