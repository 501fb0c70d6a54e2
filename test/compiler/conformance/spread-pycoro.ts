// Issue 12 (s5-iter): a spread or simple array pattern over a pycoro generator in compiled code
// (drained through its `$next`, lowering-helpers.ts `spreadArray` / `take`) must do exactly what
// V8's own spread and destructuring do over the same generator (they call its `next()`), including
// where pycoro generators differ from V8's ("generator already executing", yield* delegation,
// generator-based coroutines). Run compiled by test/compiler/spread-conformance.test.ts: every
// "compiled" line must equal its "native" line. The generators iterated: conformance/pycoro-kinds.ts.
import { generator } from "pycoro";
import { log, describe, counted, genCoroutine, kinds, runningItself } from "./pycoro-kinds.js";

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

const cases: [string, () => any][] = [
  ["fresh", () => counted(4)],
  ["short", () => counted(1)],
  ...kinds,
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
    const end = runningItself((me) => [useCompiled ? compiled(() => me, form).next().value : native(() => me, form)]);
    console.log(kind, "|", form, "| running |", end, "|", log.join("; "));
    log.length = 0;
  }
}
