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

// ---- item 3: a marked function under a reserved-word key loads and keeps its name
const keys: Record<string, (...a: any[]) => Iterable<unknown>> = {
  delete: generator(function* () { yield "d"; }),
  return: generator(function* (x: number) { yield x; }),
  throw: generator(function* () { yield "t"; }),
  default: generator(function* () { yield "df"; }),
  class: generator(function* () { yield "c"; }),
  "my-gen": generator(function* () { yield "m"; }),
};
for (const [k, f] of Object.entries(keys)) out(`key ${k}`, f, [...f(7)].join());

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

let laterValue = 1;
