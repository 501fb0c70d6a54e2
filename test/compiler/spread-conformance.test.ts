// Issue 12 (s5-iter): spread and array destructuring over pycoro generators inside compiled code
// drive the frame directly (compiler/passes/rename.ts `spreadOperand` / `take`,
// runtime/core/lowering-helpers.ts); JavaScript's semantics must not change for any operand.
// conformance/spread.ts runs compiled (`pycoro run`) and natively (TypeScript's output, markers as
// the identity) and must print the same lines; conformance/spread-pycoro.ts compares, compiled,
// the rewritten forms with V8's own spread and destructuring over the same pycoro generators.
import { it, expect } from "vitest";
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { CACHE, CLI } from "./../harness/paths.js";

const dir = path.join(path.dirname(new URL(import.meta.url).pathname), "conformance");
const runCompiled = (file: string) => execFileSync(process.execPath, [CLI, "run", file], { encoding: "utf8", env: { ...process.env, PYCORO_CACHE: "0" } });

it("compiled spreads and array patterns print exactly what native V8 prints, for every operand", () => {
  const file = path.join(dir, "spread.ts");
  const compiled = runCompiled(file);
  const src = readFileSync(file, "utf8").replace(/import \{ generator \} from "pycoro";/, "const generator = (f: any) => f;");
  mkdirSync(CACHE, { recursive: true });
  const nativeFile = path.join(CACHE, "spread-conformance-native.mjs");
  writeFileSync(nativeFile, ts.transpileModule(src, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } }).outputText);
  const native = execFileSync(process.execPath, [nativeFile], { encoding: "utf8" });
  expect(native.split("\n").length).toBeGreaterThan(100);
  expect(compiled.split("\n")).toEqual(native.split("\n"));
}, 120_000);

it("a compiled spread or array pattern over a pycoro generator does what V8's own does over it", () => {
  const lines = runCompiled(path.join(dir, "spread-pycoro.ts")).split("\n");
  const compiled = lines.filter((l) => l.startsWith("compiled |")).map((l) => l.slice("compiled |".length));
  const native = lines.filter((l) => l.startsWith("native |")).map((l) => l.slice("native |".length));
  expect(compiled.length).toBe(54);
  expect(compiled).toEqual(native);
  expect(compiled.filter((l) => l.includes("| running |")).every((l) => l.includes("ValueError: generator already executing"))).toBe(true);
}, 120_000);

it("the compiler rewrites the marked function's own spreads and simple patterns, and nothing else", async () => {
  const { compile } = await import("../../compiler/index.js");
  const src = `import { generator } from "pycoro";
const f = (...a: unknown[]) => a;
export const g = generator(function* (x: Iterable<unknown>) {
  const a = [...x];
  f(...x);
  const [b, , c] = x;
  let d, e;
  [d, ...e] = x;
  const [[n]] = [x];
  const k = [...[1, 2]];
  const inner = () => [...x];
  yield [a, b, c, d, e, n, k, inner];
});
export function plain(x: Iterable<unknown>) { return [...x]; }
`;
  const code = compile(src, { fileName: "spread.ts" }).code;
  expect(code).toContain('[...__pycoro.spreadArray($f.x, "x")]');
  expect(code).toContain('f(...__pycoro.spreadArgs($f.x, "x", "f"))');
  expect(code).toMatch(/__pycoro\.take\(\$f\.x, 3, 2, 2, "x"\)/);
  expect(code).toMatch(/__pycoro\.untaken\(\[\$f\.d, \.\.\.\$f\.e\] = __pycoro\.take\(\$f\.x, -1, 0, 3\)\)/);
  expect(code.match(/__pycoro\.(take|spreadArray|spreadArgs)\(/g)).toHaveLength(4);
  expect(code).toContain("[...[1, 2]]");
  expect(code).toContain("return [...x]; }");
});
