// Issue 12 (s5-iter): a spread or simple array pattern over a pycoro generator in compiled code
// (drained through its `$next`, lowering-helpers.ts `spreadArray` / `take`) must do exactly what
// V8's own spread and destructuring do over the same generator (they call its `next()`), including
// where pycoro generators differ from V8's ("generator already executing", yield* delegation,
// generator-based coroutines). Run compiled by test/compiler/spread-conformance.test.ts: every
// "compiled" line must equal its "native" line.
import { generator, coroutine } from "pycoro";

const log: string[] = [];
const note = (s: string) => log.push(s);
const describe = (e: any) => (e instanceof Error ? `${e.constructor.name}: ${e.message}` : String(e));
const show = (v: unknown): string => (Array.isArray(v) ? `[${v.map(show).join(",")}]` : String(v));

const collectArgs = (...xs: unknown[]) => xs;
/** The forms under test, rewritten (a marked generator's own code) and native (a plain function). */
const compiled = generator(function* (mk: () => any, form: string): Generator<unknown, string, unknown> {
  let a: unknown, b: unknown, r: unknown;
  if (form === "spread") r = [...mk()];
  else if (form === "args") r = collectArgs(...mk());
  else if (form === "decl") { const [x, , y] = mk(); a = x; b = y; }
  else if (form === "rest") { const [x, ...y] = mk(); a = x; r = y; }
  else if (form === "assign") [a, b] = mk();
  else if (form === "empty") { const [] = mk(); }
  return `${show(a)} ${show(b)} ${show(r)}`;
});
function native(mk: () => any, form: string): string {
  let a: unknown, b: unknown, r: unknown;
  if (form === "spread") r = [...mk()];
  else if (form === "args") r = collectArgs(...mk());
  else if (form === "decl") { const [x, , y] = mk(); a = x; b = y; }
  else if (form === "rest") { const [x, ...y] = mk(); a = x; r = y; }
  else if (form === "assign") [a, b] = mk();
  else if (form === "empty") { const [] = mk(); }
  return `${show(a)} ${show(b)} ${show(r)}`;
}

const counted = generator(function* (n: number): Generator<number, string, unknown> {
  try {
    for (let i = 0; i < n; i++) yield i;
    return "ret";
  } finally {
    note("finally");
  }
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
const selfSpread = (form: string, useCompiled: boolean) => generator(function* (): Generator<unknown, unknown, unknown> {
  yield 0;
  yield useCompiled ? compiled(() => me, form).next().value : native(() => me, form);
});

const cases: [string, () => any][] = [
  ["fresh", () => counted(4)],
  ["short", () => counted(1)],
  ["next throws a StopIteration", () => stopIter()],
  ["delegating", () => delegating()],
  ["partly consumed, delegating", () => { const g = delegating(); g.next(); g.next(); return g; }],
  ["closed", () => { const g = counted(3); g.next(); g.return(undefined); return g; }],
  ["exhausted", () => { const g = counted(1); g.next(); g.next(); return g; }],
  ["generator-based coroutine", () => genCoroutine()],
];
for (const form of ["spread", "args", "decl", "rest", "assign", "empty"]) {
  for (const useCompiled of [true, false]) {
    const kind = useCompiled ? "compiled" : "native";
    for (const [name, mk] of cases) {
      let end: string;
      try {
        end = useCompiled ? String(compiled(mk, form).next().value) : native(mk, form);
      } catch (e) {
        end = `threw ${describe(e)}`;
      }
      console.log(kind, "|", form, "|", name, "|", end, "|", log.join("; "));
      log.length = 0;
    }
    // a generator spreading or destructuring itself: already executing
    me = selfSpread(form, useCompiled)();
    let end: string;
    try {
      me.next();
      me.next();
      end = "no error";
    } catch (e) {
      end = describe(e);
    }
    console.log(kind, "|", form, "| running |", end, "|", log.join("; "));
    log.length = 0;
  }
}
