// Session 5 (s5-iter): calls of frame-held functions see `this` undefined and calls / `new` of
// non-functions raise V8's messages (compiler/passes/rename.ts `access`: `callable` /
// `constructible`; spill.ts `rawCallee`). conformance/calls.ts runs compiled (`pycoro run`) and
// natively (TypeScript's output, markers as the identity) and must print the same lines.
import { it, expect } from "vitest";
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { CACHE, CLI } from "./../harness/paths.js";

const dir = path.join(path.dirname(new URL(import.meta.url).pathname), "conformance");

it("calls of frame-held functions and of non-functions print exactly what native V8 prints", () => {
  const file = path.join(dir, "calls.ts");
  const compiled = execFileSync(process.execPath, [CLI, "run", file], { encoding: "utf8", env: { ...process.env, PYCORO_CACHE: "0" } });
  const src = readFileSync(file, "utf8").replace(/import \{ generator, coroutine \} from "pycoro";/, "const generator = (f: any) => f;\nconst coroutine = (f: any) => f;");
  mkdirSync(CACHE, { recursive: true });
  const nativeFile = path.join(CACHE, "calls-conformance-native.mjs");
  writeFileSync(nativeFile, ts.transpileModule(src, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } }).outputText);
  const native = execFileSync(process.execPath, [nativeFile], { encoding: "utf8" });
  expect(native).toContain("self 3 undefined");
  expect(native).toContain("notFn() TypeError: notFn is not a function");
  expect(compiled.split("\n")).toEqual(native.split("\n"));
}, 120_000);
