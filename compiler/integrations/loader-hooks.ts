/**
 * loader-hooks.ts — Node module hooks (module.register) that let Node run pycoro TypeScript:
 * `.ts` files are compiled by the pycoro transformer as they are loaded (with inline source
 * maps), and `pycoro` / `pycoro/*` resolve to this package even from files outside it.
 * Used by `pycoro run` and by `node --import pycoro/register app.ts`.
 *
 * Compiled files are cached on disk (as tsx does), keyed by the file's path and text and by the
 * compiler's own build, so a second run of an unchanged program does not even load TypeScript
 * (about a second). PYCORO_CACHE=0 turns the cache off; PYCORO_CACHE_DIR moves it (default: a
 * per-user folder in the system's temporary directory).
 */
import { readFile, writeFile, mkdir, rename } from "node:fs/promises";
import { existsSync, readdirSync, statSync } from "node:fs";
import { createHash } from "node:crypto";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Diagnostic } from "../diagnostics.js";

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
  if (url.startsWith("file:") && /\.m?tsx?$/.test(url) && !url.includes("/node_modules/")) {
    const file = fileURLToPath(url);
    const source = await readFile(file, "utf8");
    const { code, diagnostics } = await compiled(file, source);
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
async function compiled(file: string, source: string): Promise<Compiled> {
  const dir = cacheDir();
  const entry = dir && path.join(dir, `${createHash("sha256").update(`${compilerBuild()}\0${file}\0${source}`).digest("hex")}.json`);
  if (entry) {
    try {
      return JSON.parse(await readFile(entry, "utf8")) as Compiled;
    } catch {
      // a miss (or an unreadable entry): compile
    }
  }
  const { compile } = await import("../index.js");
  const result = compile(source, { fileName: file, sourceMap: "inline" });
  const out: Compiled = { code: result.code, diagnostics: result.diagnostics };
  if (entry) {
    try {
      await mkdir(dir, { recursive: true });
      const tmp = `${entry}.${process.pid}.tmp`; // write then rename: concurrent runs share the cache
      await writeFile(tmp, JSON.stringify(out));
      await rename(tmp, entry);
    } catch {
      // a read-only or full disk only costs the next run its cache
    }
  }
  return out;
}

function cacheDir(): string | undefined {
  if (process.env.PYCORO_CACHE === "0") return undefined;
  if (process.env.PYCORO_CACHE_DIR) return process.env.PYCORO_CACHE_DIR;
  let user = "user";
  try {
    user = String(userInfo().uid);
  } catch {
    // no user database entry: share the folder
  }
  return path.join(tmpdir(), `pycoro-${user}`);
}

let build: string | undefined;

/** What identifies this compiler build: the sizes and times of its compiled files (all of dist/compiler/). */
function compilerBuild(): string {
  if (build !== undefined) return build;
  const root = fileURLToPath(new URL("../", import.meta.url));
  build = compiledFiles(root).map((f) => {
    const s = statSync(path.join(root, f));
    return `${f}:${s.size}:${s.mtimeMs}`;
  }).join("|");
  return build;
}

/** The .js files under `dir`, as sorted paths relative to it (the passes live in subfolders). */
function compiledFiles(dir: string, prefix = ""): string[] {
  const out: string[] = [];
  for (const e of readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...compiledFiles(dir, rel));
    else if (e.name.endsWith(".js")) out.push(rel);
  }
  return out.sort();
}

export { pathToFileURL };
