/**
 * require-hook.ts — CommonJS `require()` of TypeScript files under `pycoro run` and
 * `pycoro/register`. Node 20's module hooks (loader-hooks.ts) see `import`, and the entry file,
 * but not the `require("./helper")` calls inside a CommonJS module; so, as ts-node does, the
 * .ts/.cts/.tsx extensions are registered with the CommonJS loader, compiling through the same
 * compile() and the same safe disk cache.
 *
 *   // main.ts in a package without "type": "module"
 *   const { helper } = require("./helper");   // helper.ts, compiled as CommonJS
 */
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Diagnostic } from "../diagnostics.js";
// compile-cache.js (node:crypto) and project.js load with the first .ts file required, not with
// the hook: every `pycoro run` and `--import pycoro/register` installs it, most never require a .ts
// file, and loading them in the main thread cost 6 MB of RSS (issue 12: `--import pycoro/register`
// on an empty program 59.6 MB with them, 53.5 MB without; empty Node 41.0).
type CompileCache = typeof import("./compile-cache.js");
type Project = typeof import("./project.js");

interface CjsModule { _compile(code: string, filename: string): void }

let installed = false;

export function installRequireHook(): void {
  if (installed) return;
  installed = true;
  const require = createRequire(import.meta.url);
  const Module = require("node:module") as { _extensions: Record<string, (m: CjsModule, filename: string) => void> };
  const compileFile = (m: CjsModule, filename: string) => {
    const source = readFileSync(filename, "utf8");
    const { code, diagnostics } = compiledSync(require, filename, source);
    if (diagnostics.length) {
      const { formatDiagnostic } = require("../diagnostics.js") as typeof import("../diagnostics.js");
      for (const d of diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
    }
    m._compile(code, filename);
  };
  for (const ext of [".ts", ".cts", ".tsx"]) Module._extensions[ext] = compileFile;
}

function compiledSync(require: NodeJS.Require, file: string, source: string): { code: string; diagnostics: Diagnostic[] } {
  // require(esm), synchronous as require() must be (Node >= 20.19)
  const { cacheDir, cacheKey, compilerBuild, readEntrySync, writeEntrySync } = require("./compile-cache.js") as CompileCache;
  const { configKey, readProjectConfig, emitOptions } = require("./project.js") as Project;
  const dir = cacheDir();
  const key = dir && cacheKey([compilerBuild(), configKey(file), "cjs", file, source]);
  if (dir && key) {
    const hit = readEntrySync<{ code: string; diagnostics: Diagnostic[] }>(dir, key);
    if (hit) return hit;
  }
  // require(esm) of the compiler: synchronous, as require() must be (Node >= 20.19).
  const { compile } = require("../index.js") as typeof import("../index.js");
  const ts = require("typescript") as typeof import("typescript");
  const { options } = readProjectConfig(ts, path.dirname(file));
  const r = compile(source, { fileName: file, sourceMap: "inline", module: "cjs", compilerOptions: emitOptions(options) });
  const out = { code: r.code, diagnostics: r.diagnostics };
  if (dir && key) writeEntrySync(dir, key, out);
  return out;
}
