// Native-vs-compiled parity on the lowering's hard cases: per-iteration closures, labels, switch
// fall-through, finally overriding completions, evaluation order, short-circuits, destructuring
// with yields, nested marked functions, spread, for-of closing, this/arguments, for-in deletion.
import { it, expect } from "vitest";
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const root = fileURLToPath(new URL("../../", import.meta.url));
const programs = fileURLToPath(new URL("./parity/programs.ts", import.meta.url));

it("compiled generators print exactly what native generators print", () => {
  const compiled = execFileSync(process.execPath, [`${root}bin/pycoro.mjs`, "run", programs], { encoding: "utf8" });
  const src = readFileSync(programs, "utf8").replace(/import \{ generator \} from "pycoro";/, "const generator = (f: any) => f;");
  mkdirSync(`${root}.pycoro-cache`, { recursive: true });
  const nativeFile = `${root}.pycoro-cache/parity-native.mjs`;
  writeFileSync(nativeFile, ts.transpileModule(src, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } }).outputText);
  const native = execFileSync(process.execPath, [nativeFile], { encoding: "utf8" });
  expect(native.split("\n").length).toBeGreaterThan(15);
  expect(compiled).toBe(native);
}, 60_000);
