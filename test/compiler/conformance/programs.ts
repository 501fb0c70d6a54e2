// Issue 8 items 3 and 4: programs whose compiled run must print exactly what native V8 prints
// (test/compiler/conformance.test.ts runs this file both ways). Each section names its item.
import { generator, coroutine } from "pycoro";

const show = (v: unknown): string => (typeof v === "string" ? JSON.stringify(v) : typeof v === "function" ? `fn ${JSON.stringify(v.name)}` : String(v));
const out = (label: string, ...vs: unknown[]) => console.log(label, vs.map(show).join(" "));
const caught = (label: string, f: () => unknown) => {
  try {
    out(label, f());
  } catch (e: any) {
    console.log(label, "threw", e instanceof Error ? `${e.constructor.name}: ${e.message}` : show(e));
  }
};

// ---- item 3: a marked function under a reserved-word key loads (its name: conformance/names.ts)
const keys: Record<string, (...a: any[]) => Iterable<unknown>> = {
  delete: generator(function* () { yield "d"; }),
  return: generator(function* (x: number) { yield x; }),
  throw: generator(function* () { yield "t"; }),
  default: generator(function* () { yield "df"; }),
  class: generator(function* () { yield "c"; }),
  "my-gen": generator(function* () { yield "m"; }),
};
for (const [k, f] of Object.entries(keys)) out(`key ${k}`, [...f(7)].join());

// ---- item 3: delete of a spilled operand keeps JavaScript's semantics
const del = generator(function* (o: any): Generator<number, string, any> {
  const a = delete (yield 1);
  const b = delete (yield 2).p;
  const c = delete o[yield 3];
  return [a, b, c, JSON.stringify(o)].join();
});
{
  const it = del({ p: 1, q: 2 });
  it.next();
  it.next({});
  const target = { p: 5 };
  it.next(target);
  out("delete", it.next("q").value, JSON.stringify(target));
}

// ---- item 4: the operand of `yield` is evaluated before the frame is marked suspended: when
// reading it throws (here an outer `let` in its TDZ), the generator is finished, not suspended
const early = generator(function* () { yield 0; yield laterValue; yield 2; });
{
  const it = early();
  it.next();
  caught("yield of a throwing name", () => it.next());
  caught("then", () => JSON.stringify(it.next()));
}

// ---- item 4: for-of does not call return() when next(), `done` or `value` threw (the iterator
// is broken, not left early); it does when the body leaves early
const brokenIter = (how: string) => ({
  [Symbol.iterator]() { return this; },
  n: 0,
  next(): any {
    if (how === "next") throw new Error("next threw");
    if (how === "done") return { get done(): boolean { throw new Error("done threw"); } };
    if (how === "value") return { done: false, get value(): never { throw new Error("value threw"); } };
    return { done: false, value: this.n++ };
  },
  return() { console.log("return() called for", how); return {}; },
});
const forOf = generator(function* (it: any) { for (const x of it) { if (x === 2) break; yield x; } return "end"; });
for (const how of ["next", "done", "value", "body"]) caught(`for-of (${how})`, () => [...forOf(brokenIter(how))].join());

// ---- item 4: the temporal dead zone of frame-held let/const/class bindings
const tdzGen = generator(function* (): Generator<unknown, void, any> {
  yield 0;
  caught("tdz: a closure run before the declaration", () => early1);
  try { console.log(early2); } catch (e: any) { console.log("tdz: a direct read", e.constructor.name, e.message); }
  try { early4 = 5; } catch (e: any) { console.log("tdz: a write", e.constructor.name, e.message); }
  caught("tdz: typeof", () => typeof early3);
  let early1 = 1;
  let early2 = 2;
  const early3 = 3;
  yield early1 + early2 + early3;
  function hoisted() { return later2; }
  caught("tdz: a hoisted function, before", () => hoisted());
  const later2 = yield 3;
  caught("tdz: a hoisted function, after", () => hoisted());
  for (let i = 0; i < 2; i++) {
    caught(`tdz: in a loop body, pass ${i}`, () => typeof inLoop);
    let inLoop = yield i;
    caught(`tdz: in a loop body, after, pass ${i}`, () => typeof inLoop);
  }
  switch (1 as number) {
    case 0: let sw = 5; yield sw; break;
    case 1: caught("tdz: another case of the switch", () => sw); yield 9;
  }
  let early4 = yield 4;
  class Self { static me = Self.name; m() { return Self.name; } }
  yield Self.me + new Self().m();
});
{
  const it = tdzGen();
  let n = 0;
  for (let r = it.next(); !r.done && n < 30; r = it.next(++n)) out("tdz yields", r.value);
}

// ---- item 4: function-name inference through frame fields
const names = generator(function* (): Generator<unknown, void, any> {
  const cb = () => 1;
  const fe = function () {};
  const ce = class {};
  class K {}
  let later: any;
  later = () => 2;
  const { d1 = () => 3 } = {} as any;
  const [d2 = function () {}] = [] as any[];
  let a1: any, a2: any;
  ({ a1 = () => 4 } = {} as any);
  [a2 = class {}] = [] as any[];
  const paren = (() => 5);
  const inner = (p = () => 5, { q = () => 6 }: any = {}) => [p.name, q.name].join();
  const y1 = (yield 0) ? 0 : () => 7;
  yield 1;
  out("names", cb, fe, ce, K, later, d1, d2, a1, a2, paren, inner, inner(), y1);
});
for (const v of names()) void v;

// ---- item 4: a write to a const, or to a named function expression's own name, throws
const selfAssign = generator(function* walk(): Generator<number, void, any> { yield 1; (walk as any) = 2; });
caught("self assignment", () => [...selfAssign()].join());
caught("self assignment again (the shared function intact)", () => [...selfAssign()].join());
const constAssign = generator(function* (): Generator<number, void, any> { const c = yield 1; (c as any) = 2; yield c; });
caught("const assignment", () => [...constAssign()].join());
const constCompound = generator(function* (): Generator<number, void, any> { const c: any = yield 1; c ??= 5; yield c; c ??= 6; });
caught("const ??= (no write when not nullish)", () => { const it = constCompound(); it.next(); return [it.next(3).value, String(it.next().done)].join(); });

let laterValue = 1;

// ---- item 10: a spilled callee that is not a function: V8's message for the source, not the temporary
const notCallable = (g: () => Generator<number, unknown, any>) => () => { const it = g(); it.next(); return it.next(42).value; };
const sentCallee = generator(function* (): Generator<number, unknown, any> { return (yield 1)(); });
caught("(yield f)()", notCallable(sentCallee));
const spilledName = generator(function* (): Generator<number, unknown, any> { const f: any = 42; return f(yield 1); });
caught("f(yield x)", notCallable(spilledName));
const spilledMember = generator(function* (): Generator<number, unknown, any> { const o: any = {}; return o.m(yield 1); });
caught("o.m(yield x)", notCallable(spilledMember));
const spilledElement = generator(function* (): Generator<number, unknown, any> { const o: any = {}; const k = "z"; return o[k](yield 1); });
caught("o[k](yield x)", notCallable(spilledElement));
const spilledThis = generator(function* (this: any): Generator<number, unknown, any> { return this.m(yield 1); });
caught("this.m(yield x)", () => { const it = spilledThis.call({ m: 3 }); it.next(); return it.next(1).value; });

// ---- a named function expression calling itself by its name: `this` is undefined in the call, as
// natively (it was the frame class, then the frame: `$f.constructor.$fn(n)`), at the top level and
// in a marked closure (whose frame holds its function: `(0, $f.$fn)(n)`)
const selfThisTop = generator(function* walk(this: unknown, n: number): Generator<unknown, void, any> {
  yield this === undefined;
  if (n > 0) yield* walk(n - 1);
});
out("self call this, top level", [...selfThisTop(2)].join());
function selfThisClosure() {
  return generator(function* walk(this: unknown, n: number): Generator<unknown, void, any> {
    yield this === undefined;
    if (n > 0) yield* walk(n - 1);
    yield walk === selfThisClosureSeen.at(-1);
  });
}
const selfThisClosureSeen: unknown[] = [];
const stc1 = selfThisClosure(), stc2 = selfThisClosure();
selfThisClosureSeen.push(stc1);
out("self call this, closure", [...stc1(1)].join(), stc1 === stc2, stc1.name, stc1.length);

// ---- marked closures (one class per source function): live bindings both ways, per-iteration
// `let`, one function per evaluation whose generators share only that evaluation's variables
function liveBoth() {
  let x = 1;
  const g = generator(function* (): Generator<number, void, any> { yield x; x = 10; yield x; });
  x = 2;
  const it = g();
  const first = it.next().value;
  x = 3;
  return [first, it.next().value, x].join();
}
out("live both ways", liveBoth());
function perLet() {
  const gs: (() => Generator<number, void, any>)[] = [];
  for (let i = 0; i < 3; i++) gs.push(generator(function* (): Generator<number, void, any> { yield i; i += 100; yield i; }));
  return gs.map((g) => [...g()].join()).join("|") + " " + (gs[0] !== gs[1]);
}
out("per-iteration let", perLet());
function counterOf(start: number) {
  let total = start;
  return generator(function* counter(step: number): Generator<number, void, any> { for (;;) yield (total += step); });
}
const ca = counterOf(0), cb2 = counterOf(100);
const ca1 = ca(1), ca2 = ca(10), cb1 = cb2(1);
out("two evaluations", ca !== cb2, ca1.next().value, ca2.next().value, ca1.next().value, cb1.next().value, cb1.next().value);

// ---- a marked method of a class declared inside a marked function: its class is hoisted once and
// each call passes its step (it was a class created and linked per call); `this`, private names,
// `super` and the enclosing frame's locals all reach it
const methodHost = generator(function* (base: number): Generator<unknown, void, any> {
  let calls = 0;
  class Root { greet() { return "root"; } }
  class Counter extends Root {
    #step = base;
    constructor(private start: number) { super(); }
    @generator
    *count(n: number): Generator<unknown, void, any> {
      calls++;
      for (let i = 0; i < n; i++) yield this.start + i * this.#step;
      yield super.greet();
    }
  }
  const c = new Counter(100);
  yield [...c.count(3)].join();
  base = 10;
  yield [...new Counter(1).count(2)].join();
  yield calls;
});
out("marked method in a marked function", [...methodHost(2)].join(" / "));

// ---- s6-fuzz: a return inside a verbatim try ... finally becomes a break out of it, so that the
// frame forgets its locals once the finally has run (emit.ts finishReturns). JavaScript's completion
// rules must hold: the value is computed before the finally, the finally sees the locals, and its
// own return / throw / break / continue replaces the pending return.
const finallyReturns = generator(function* (mode: string, n: number): Generator<unknown, unknown, any> {
  const o: any = { k: "local", seen: [] as string[] };
  yield mode;
  if (mode === "plain") { try { return o.k + n; } finally { o.seen.push(`f:${o.k}`); out("plain finally", o.seen.join()); } }
  if (mode === "catch") { try { throw new Error("e"); } catch (e: any) { return `${e.message}/${o.k}`; } finally { out("catch finally", o.k); } }
  if (mode === "override") { try { return 1; } finally { return `override ${o.k}`; } }
  if (mode === "throw") { try { return 1; } finally { throw new Error(`from finally ${o.k}`); } }
  if (mode === "loop") {
    let i = 0;
    for (;;) {
      try { try { return `loop ${i}`; } finally { if (i++ < 2) continue; } } finally { out("loop outer finally", i); }
    }
  }
  if (mode === "label") { L: { try { return "not this"; } finally { break L; } } return `after label ${o.k}`; }
  if (mode === "nested") { try { try { return `inner ${n}`; } finally { n++; out("inner finally", n); } } finally { out("outer finally", n, o.k); } }
  if (mode === "value-order") { try { return [n, (n = 10)].join(); } finally { out("finally sees n", n); } }
  if (mode === "in-switch") {
    switch (n) { case 1: try { return "case 1"; } finally { out("switch finally", o.k); } default: return "default"; }
  }
  return "none";
});
for (const mode of ["plain", "catch", "override", "throw", "loop", "label", "nested", "value-order", "in-switch"]) {
  const g = finallyReturns(mode, 1);
  g.next();
  caught(`finally return ${mode}`, () => { const r = g.next(); return `${String(r.value)} done=${r.done}`; });
}
