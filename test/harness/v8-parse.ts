/**
 * Does V8 accept this JavaScript module? One child process parses a whole batch with
 * `vm.SourceTextModule` (parse only: no linking, nothing runs), so a test can compare pycoro's
 * diagnostics and output with what native V8 says about the same program.
 *
 *   v8ParseErrors(["let x; let x;", "ok()"]) -> ["SyntaxError: Identifier 'x' has already been declared", null]
 *
 * `nativeModule(ts)` is the native twin of a pycoro source: TypeScript's own output, with the
 * markers left as calls (parsing needs no imports resolved).
 */
import { spawnSync } from "node:child_process";
import ts from "typescript";

const SCRIPT = `
const vm = require("node:vm");
let input = "";
process.stdin.on("data", (c) => (input += c));
process.stdin.on("end", () => {
  const out = JSON.parse(input).map((src) => {
    try { new vm.SourceTextModule(src); return null; } catch (e) { return String(e && e.name) + ": " + String(e && e.message); }
  });
  process.stdout.write(JSON.stringify(out));
});`;

export function v8ParseErrors(modules: readonly string[]): (string | null)[] {
  const r = spawnSync(process.execPath, ["--experimental-vm-modules", "--no-warnings", "-e", SCRIPT], {
    input: JSON.stringify(modules), encoding: "utf8", maxBuffer: 256 << 20,
  });
  if (r.status !== 0) throw new Error(`v8-parse child failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as (string | null)[];
}

export function nativeModule(source: string): string {
  return ts.transpileModule(source, {
    fileName: "native.ts",
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, useDefineForClassFields: true },
  }).outputText;
}
