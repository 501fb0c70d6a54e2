// Issue 12 (gen-iter): for-of, spread and array destructuring over pycoro generators inside
// compiled code drive the frame directly; JavaScript's semantics must not change for any iterable.
// conformance/for-of.ts runs compiled (`pycoro run`) and natively (TypeScript's output, markers as
// the identity) and must print the same lines; conformance/for-of-pycoro.ts compares, compiled, a
// lowered for-of with a native one over the same pycoro generators (where pycoro generators differ
// from V8's: "generator already executing", generator-based coroutines, delegation).
import { it, expect } from "vitest";
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { CACHE, CLI } from "./../harness/paths.js";

const dir = path.join(path.dirname(new URL(import.meta.url).pathname), "conformance");
const runCompiled = (file: string) => execFileSync(process.execPath, [CLI, "run", file], { encoding: "utf8", env: { ...process.env, PYCORO_CACHE: "0" } });

it("lowered for-of / spread / array patterns print exactly what native V8 prints, for every kind of iterable", () => {
  const file = path.join(dir, "for-of.ts");
  const compiled = runCompiled(file);
  const src = readFileSync(file, "utf8").replace(/import \{ generator \} from "pycoro";/, "const generator = (f: any) => f;");
  mkdirSync(CACHE, { recursive: true });
  const nativeFile = path.join(CACHE, "for-of-conformance-native.mjs");
  writeFileSync(nativeFile, ts.transpileModule(src, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } }).outputText);
  const native = execFileSync(process.execPath, [nativeFile], { encoding: "utf8" });
  expect(native.split("\n").length).toBeGreaterThan(100);
  expect(compiled.split("\n")).toEqual(native.split("\n"));
}, 120_000);

it("a lowered for-of over a pycoro generator does what a native for-of over it does", () => {
  const lines = runCompiled(path.join(dir, "for-of-pycoro.ts")).split("\n");
  const lowered = lines.filter((l) => l.startsWith("lowered |")).map((l) => l.slice("lowered |".length));
  const native = lines.filter((l) => l.startsWith("native |")).map((l) => l.slice("native |".length));
  expect(lowered.length).toBe(16);
  expect(lowered).toEqual(native);
  expect(lowered.find((l) => l.startsWith(" running"))).toContain("ValueError: generator already executing");
}, 120_000);
