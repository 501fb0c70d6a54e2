/**
 * loader-hooks.ts — Node module hooks (module.register) that let Node run pycoro TypeScript:
 * `.ts` files are compiled by the pycoro transformer as they are loaded (with inline source
 * maps), and `pycoro` / `pycoro/*` resolve to this package even from files outside it.
 * Used by `pycoro run` and by `node --import pycoro/register app.ts`.
 *
 * As Node reads the output: a file's format follows the nearest package.json "type" (and .mts /
 * .cts; in a package without "type": "module", a file using import/export or top-level await is
 * an ES module, as Node's syntax detection decides). A relative `./a.js` import resolves to `a.ts`
 * when that exists — the source wins over a stale build left beside it, as with tsx.
 *
 * Compiled files are cached on disk (compile-cache.ts: the user's cache folder, checked and
 * written safely), so a second run of an unchanged program does not even load TypeScript (about
 * a second). PYCORO_CACHE=0 turns the cache off; PYCORO_CACHE_DIR moves it.
 */
import { readFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Diagnostic } from "../diagnostics.js";
import { cacheDir, cacheKey, compilerBuild, readEntry, writeEntry } from "./compile-cache.js";
import { moduleFormat, configKey, resolveLocal, type ModuleFormat } from "./project.js";

const DIST = new URL("../../", import.meta.url); // dist/
const OWN: Record<string, string> = {
  "pycoro": "runtime/index.js",
  "pycoro/internal": "runtime/internal.js",
  "pycoro/compiler": "compiler/index.js",
  "pycoro/transformer": "compiler/transformer.js",
};

type Resolve = (specifier: string, context: { parentURL?: string }) => Promise<{ url: string; format?: string; shortCircuit?: boolean }>;
type Load = (url: string, context: { format?: string }) => Promise<{ format: string; source?: string | Buffer; shortCircuit?: boolean }>;

export async function resolve(specifier: string, context: { parentURL?: string }, next: Resolve) {
  const own = OWN[specifier];
  if (own) return { url: new URL(own, DIST).href, shortCircuit: true };
  const parent = context.parentURL;
  if (parent?.startsWith("file:") && /\.[mc]?tsx?$/.test(parent) && (specifier.startsWith("./") || specifier.startsWith("../")) && /\.[mc]?jsx?$/.test(specifier)) {
    // `./a.js` written in TypeScript source means a.ts: prefer the source over a .js beside it.
    const source = resolveLocal(fileURLToPath(new URL(specifier, parent)));
    if (source && !source.includes("/node_modules/")) return { url: pathToFileURL(source).href, shortCircuit: true };
  }
  try {
    return await next(specifier, context);
  } catch (err) {
    // TypeScript-style specifiers: `./a.js` for `./a.ts`, or no extension at all.
    if (context.parentURL && (specifier.startsWith(".") || specifier.startsWith("/"))) {
      const base = new URL(specifier, context.parentURL);
      const candidates = [base.href.replace(/\.js$/, ".ts").replace(/\.mjs$/, ".mts"), `${base.href}.ts`, `${base.href}/index.ts`];
      for (const c of candidates) if (existsSync(fileURLToPath(c))) return { url: c, shortCircuit: true };
    }
    throw err;
  }
}

export async function load(url: string, context: { format?: string }, next: Load) {
  if (url.startsWith("file:") && /\.[mc]?tsx?$/.test(url) && !url.includes("/node_modules/")) {
    const file = fileURLToPath(url);
    const source = await readFile(file, "utf8");
    const format = moduleFormat(file, source);
    // CommonJS: Node's own require() loads it, through require-hook.ts (installed in the main
    // thread by `pycoro run` / pycoro/register), so that its require() calls find .ts files too.
    if (format === "cjs") return { format: "commonjs", shortCircuit: true };
    const { code, diagnostics } = await compiled(file, source, format);
    // diagnostics.js only when there is something to report (issue 12: a warm compile cache loads
    // no compiler module but this file and compile-cache/project; strace shows no TypeScript file
    // opened by `pycoro run` or `--import pycoro/register` then).
    if (diagnostics.length === 0) return { format: "module", source: code, shortCircuit: true };
    const { formatDiagnostic, Codes } = await import("../diagnostics.js");
    // A syntax or early error: V8 would refuse the module natively, so refuse it here, located in
    // the user's source (not in the generated code), without a stack trace of the loader.
    if (diagnostics.some((d) => d.category === "error" && (d.code === Codes.SyntaxError || d.code === Codes.EarlyError))) {
      const e = new SyntaxError(`pycoro: ${file} does not compile:\n${diagnostics.map(formatDiagnostic).join("\n")}`);
      e.stack = `SyntaxError: ${e.message}`;
      throw e;
    }
    for (const d of diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
    return { format: "module", source: code, shortCircuit: true };
  }
  return next(url, context);
}

interface Compiled {
  code: string;
  diagnostics: Diagnostic[];
}

/** compile() through the disk cache; TypeScript is loaded only on a miss. */
async function compiled(file: string, source: string, format: ModuleFormat): Promise<Compiled> {
  const dir = cacheDir();
  const key = dir && cacheKey([compilerBuild(), configKey(file), format, file, source]);
  if (dir && key) {
    const hit = await readEntry<Compiled>(dir, key);
    if (hit) return hit;
  }
  const [{ compile }, ts, { readProjectConfig, emitOptions }] = await Promise.all([import("../index.js"), import("typescript"), import("./project.js")]);
  const { options } = readProjectConfig(ts.default, path.dirname(file));
  const result = compile(source, { fileName: file, sourceMap: "inline", module: format, compilerOptions: emitOptions(options) });
  const out: Compiled = { code: result.code, diagnostics: result.diagnostics };
  if (dir && key) await writeEntry(dir, key, out);
  return out;
}
