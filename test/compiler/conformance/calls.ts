// Session 5 (s5-iter, found by the differential fuzzer's new shapes, test/fuzz/gen.mjs): a call of
// a function the frame holds (a local used across a yield, a parameter, a marked generator calling
// itself through the const that holds it) must run with `this` undefined, and a call or `new` of a
// value that is not a function must raise V8's message naming the source, not the frame field or a
// temporary. test/compiler/calls-conformance.test.ts runs this file compiled and natively (markers
// as the identity); every line must match.
import { generator, coroutine } from "pycoro";

const log: string[] = [];
const who = function (this: unknown): string { return this === undefined ? "undefined" : typeof this; };
const describe = (e: any) => (e instanceof Error ? `${e.constructor.name}: ${e.message}` : String(e));

const self = generator(function* named(this: unknown, d: number): Generator<string, string, unknown> {
  log.push(`self ${d} ${this === undefined ? "undefined" : typeof this}`);
  if (d > 0) yield* self(d - 1);
  if (d > 1) yield* named(d - 2);
  yield String(d);
  return "r";
});
const selfCo = coroutine(function* (this: unknown, d: number): Generator<string, string, unknown> {
  log.push(`selfCo ${d} ${this === undefined ? "undefined" : typeof this}`);
  if (d > 0) yield* selfCo(d - 1);
  return "c";
});

const calls = generator(function* (param: () => string, notFn: any): Generator<unknown, void, unknown> {
  const local = who;
  let cls: any = class { constructor() { log.push("constructed"); } };
  yield 0;
  log.push(`param() ${param()} local() ${local()} tag ${local`x`} (local as any)() ${(local as any)()} after yield ${String(yield 1)} ${local()}`);
  log.push(`new ${typeof new cls()}`);
  try { log.push(String(notFn())); } catch (e) { log.push(`notFn() ${describe(e)}`); }
  try { log.push(String((notFn as any)(1))); } catch (e) { log.push(`(notFn as any)(1) ${describe(e)}`); }
  try { log.push(String(notFn`t`)); } catch (e) { log.push(`notFn\`t\` ${describe(e)}`); }
  try { log.push(String(new notFn())); } catch (e) { log.push(`new notFn() ${describe(e)}`); }
  try { log.push(String(notFn(yield 2))); } catch (e) { log.push(`notFn(yield 2) ${describe(e)}`); }
  // the arguments run (and may raise) before the callee is found not callable
  const raise = (v: unknown): never => { throw new Error(`argument raised ${String(v)}`); };
  try { log.push(String(notFn(raise(yield 4)))); } catch (e) { log.push(`notFn(raise(yield 4)) ${describe(e)}`); }
  try { log.push(String(new notFn(raise(yield 5)))); } catch (e) { log.push(`new notFn(raise(yield 5)) ${describe(e)}`); }
  try { log.push(String(notFn(raise(1)))); } catch (e) { log.push(`notFn(raise(1)) ${describe(e)}`); }
  try { log.push(String(new notFn(yield 3))); } catch (e) { log.push(`new notFn(yield 3) ${describe(e)}`); }
  // a nested marked generator calling the outer function's variable with a yield in its arguments:
  // the TypeError comes at the call, after the yields
  const inner = generator(function* (): Generator<unknown, void, unknown> {
    try { log.push(String(notFn(yield "inner 1", yield "inner 2"))); } catch (e) { log.push(`inner notFn(yield, yield) ${describe(e)}`); }
    try { log.push(String(new notFn(yield "inner 3"))); } catch (e) { log.push(`inner new notFn(yield) ${describe(e)}`); }
  });
  yield* inner();
  cls = () => 1;
  try { log.push(String(new cls())); } catch (e) { log.push(`new arrow ${describe(e)}`); }
  cls = function* () { /* generator functions are not constructors */ };
  try { log.push(String(new cls())); } catch (e) { log.push(`new function* ${describe(e)}`); }
  cls = class Base {};
  cls = class extends cls {};
  log.push(`new subclass ${typeof new cls()}`);
  yield* self(3);
  yield* selfCo(2);
});

for (const notFn of [undefined, null, 5, "s", {}]) {
  const g = calls(who, notFn);
  const got: unknown[] = [];
  try {
    let r = g.next();
    while (!r.done) { got.push(r.value); r = g.next(r.value); }
  } catch (e) {
    got.push(`threw ${describe(e)}`);
  }
  console.log(`${String(notFn)} | ${got.join(" ")}\n  ${log.join("\n  ")}`);
  log.length = 0;
}
