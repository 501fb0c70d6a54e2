/**
 * loader-hooks.ts — Node module hooks (module.register) that let Node run pycoro TypeScript:
 * `.ts` files are compiled by the pycoro transformer as they are loaded (with inline source
 * maps), and `pycoro` / `pycoro/*` resolve to this package even from files outside it.
 * Used by `pycoro run` and by `node --import pycoro/register app.ts`.
 */
import { readFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { compile } from "./index.js";
import { formatDiagnostic } from "./diagnostics.js";

const DIST = new URL("../", import.meta.url); // dist/
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
    const result = compile(source, { fileName: file, sourceMap: "inline" });
    for (const d of result.diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
    return { format: "module", source: result.code, shortCircuit: true };
  }
  return next(url, context);
}

export { pathToFileURL };
