// Control-flow programs whose semantics JavaScript shares: run as native V8 generators and compiled
// by pycoro, the traces must be identical (test/compiler/parity.test.ts).
import { generator } from "pycoro";

const log: unknown[] = [];
const run = (name: string, g: any, sends: unknown[] = []) => {
  const it = g; const out: unknown[] = [];
  try { let r = it.next(); let i = 0; while (!r.done) { out.push(r.value); r = it.next(sends[i++]); } out.push(["ret", r.value]); }
  catch (e: any) { out.push(["err", String(e?.message ?? e)]); }
  console.log(name, JSON.stringify(out));
};
run("closures", generator(function* () {
  const fns: (() => number)[] = [];
  for (let i = 0; i < 3; i++) { const j = i * 10; fns.push(() => i + j); yield i; }
  for (const k of [7, 8]) { fns.push(() => k); yield k; }
  return fns.map((f) => f());
})());
run("labels", generator(function* () {
  let acc = "";
  outer: for (let i = 0; i < 4; i++) {
    inner: for (let j = 0; j < 4; j++) {
      if (j === 2) continue outer;
      if (i === 3) break outer;
      acc += `${i}${j} `;
      yield acc.length;
      if (i === 1) continue inner;
    }
  }
  return acc;
})());
run("switch", generator(function* (x: number) {
  const out: string[] = [];
  switch (x) { case 1: out.push("one"); yield 1; case 2: out.push("two"); yield 2; break; default: out.push("d"); yield 3; case 4: out.push("four"); }
  return out;
})(1));
run("finally-override", generator(function* () {
  for (let i = 0; i < 3; i++) {
    try { yield i; if (i === 1) return "early"; } finally { yield `fin${i}`; if (i === 1) continue; }
  }
  return "end";
})());
run("finally-return-override", generator(function* () {
  try { try { yield 1; throw new Error("boom"); } finally { yield 2; } } catch (e: any) { yield e.message; return "caught"; } finally { yield "outer-fin"; }
})());
run("nested-finally-break", generator(function* () {
  const seen: string[] = [];
  out: while (true) { try { try { yield "a"; break out; } finally { seen.push("f1"); yield "b"; } } finally { seen.push("f2"); yield "c"; } }
  return seen;
})());
run("eval-order", generator(function* () {
  let a = 1; const o: any = { x: 10, f(this: any, p: number, q: number) { return this.x + p + q; } };
  const r1 = a + ((a = 5, yield "y1") as any);
  let x = 2; x += (yield "y2") as any;
  const k = "x"; o[(yield "k") as any] = yield "v";
  const r4 = o.f((yield "p") as any, 100);
  return [r1, x, o.x, o.y, r4];
})(), [10, 20, "y", 42, 1]);
run("logical", generator(function* () {
  const u: any = undefined; const o: any = { m(n: number) { return n * 2; } };
  const a = 0 || (yield "or");
  const b = 1 && (yield "and");
  const c = u ?? (yield "nullish");
  const d = u?.m((yield "never") as any);
  const e = o?.m((yield "opt") as any);
  const f = false ? yield "no" : yield "yes";
  return [a, b, c, d, e, f, `${a}-${yield "tpl"}-${b}`];
})(), [1, 2, 3, 4, 5, 6]);
run("destructure", generator(function* () {
  const { p = yield "dp", q: [r = yield "dr", ...rest] } = { q: [undefined, 2, 3] } as any;
  let m: number, n: number;
  [m, n = (yield "dn") as any] = [1];
  return [p, r, rest, m, n];
})(), ["P", "R", "N"]);
run("nested-marked", generator(function* (base: number) {
  let total = base;
  const inner = generator(function* (k: number) { total += k; yield total; total += 1; return total; });
  const v = yield* inner(5);
  yield v;
  return total;
})(100));
run("spread-call", generator(function* () {
  const arr = [1, 2];
  const f = (...xs: unknown[]) => xs.join(",");
  return f(...arr, yield "s", ...[(yield "t")]);
})(), ["S", "T"]);
run("for-of-close", generator(function* () {
  const events: string[] = [];
  const src = { *[Symbol.iterator]() { try { yield 1; yield 2; yield 3; } finally { events.push("closed"); } } };
  for (const v of src) { yield v; if (v === 2) break; }
  return events;
})());
run("arguments-this", (generator as any)(function* (this: any, a: number) { yield arguments.length; yield this.tag; const f = () => this.tag + a; yield f(); }).call({ tag: "T" }, 1, 2));
run("do-while", generator(function* () { let i = 0; do { yield i; i++; } while ((yield "c") as any); return i; })(), [true, true, false]);
run("for-in", generator(function* () { const o: any = { a: 1, b: 2, c: 3 }; const ks: string[] = []; for (const k in o) { ks.push(k); yield k; delete o.c; } return ks; })());
run("class-in-body", generator(function* () { class P { constructor(public v: number) {} get twice() { return this.v * 2; } } const p = new P((yield "v") as any); return p.twice; })(), [21]);
run("later-declarator-suspends", generator(function* () { const p = "p", q = yield "q"; let r; { const s = 1, t = yield "t"; r = s + (t as any); } return [p, q, r]; })(), ["Q", 2]);
run("using-without-suspension", generator(function* (k: number) {
  const log: string[] = [];
  { using r = { n: "a", [Symbol.dispose]() { log.push("dispose a"); } }; log.push(r.n + k); }
  return log;
})(1));
{
  // Array destructuring closes its iterator on an exception thrown into a yield in a default (both
  // forms), not after the iterator's own next() threw, and after a normal finish only if unfinished.
  const events: string[] = [];
  const src = (tag: string, failNext = false) => ({ [Symbol.iterator]() {
    let i = 0;
    return {
      next: () => { if (failNext && i === 1) throw new Error(`${tag} next`); i++; return { value: i === 1 ? undefined : i, done: i > 3 }; },
      return: () => { events.push(`${tag} return`); return {}; },
    };
  } });
  const drive = (name: string, g: any) => {
    const out: unknown[] = [g.next().value];
    // (pycoro's throw() is Python's: it returns the next value; V8's returns an IteratorResult)
    try { const r = g.throw(new Error("boom")); out.push(r !== null && typeof r === "object" && "done" in r ? r.value : r); } catch (e: any) { out.push(String(e.message)); }
    console.log(name, JSON.stringify([out, events.splice(0)]));
  };
  drive("destructure-throw-decl", generator(function* () { const [a = yield "da", b] = src("decl") as any; return [a, b]; })());
  drive("destructure-throw-assign", generator(function* () { let a, b; [a = yield "aa", b] = src("assign") as any; return [a, b]; })());
  drive("destructure-throw-caught", generator(function* () {
    try { const [a = yield "dc"] = src("caught") as any; return a; } catch (e: any) { yield `caught ${e.message}`; return "after"; }
  })());
  const done = generator(function* () { const [a = yield "d1", b, c, d] = src("done") as any; return [a, b, c, d]; })();
  console.log("destructure-exhausted", JSON.stringify([done.next().value, done.next(9), events.splice(0)]));
  const bad = generator(function* () { const [a = yield "b1", b] = src("bad", true) as any; return [a, b]; })();
  const badOut: unknown[] = [bad.next().value];
  try { bad.next(1); } catch (e: any) { badOut.push(String(e.message)); }
  console.log("destructure-next-throws", JSON.stringify([badOut, events.splice(0)]));
}
