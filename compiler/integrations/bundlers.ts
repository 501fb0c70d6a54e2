/**
 * bundlers.ts — what the build-tool integrations (babel.ts, vite.ts, esbuild.ts, webpack.ts) share:
 * which files pycoro compiles, and `compile()` output in the shape a tool wants.
 *
 * Every integration does the same thing the Node loader does (loader-hooks.ts): hand the file's
 * TypeScript text to `compile()` — the one implementation — before the tool parses it, and give
 * the tool JavaScript plus a source map back to the .ts file. Whatever TypeScript handling the tool
 * applies afterwards (Babel's preset-typescript, Vite's type stripping) finds no types left.
 *
 *   before: main.ts   `const g = generator(function* (a: number) { ... })`
 *   after:  JS + map  `const g = __pycoro.defineGenerator(class g$ { ... }, (C) => function g(a) {...})`
 */
import path from "node:path";
import { compile } from "../index.js";
import type { Diagnostic } from "../diagnostics.js";

/** .ts, .tsx, .mts: compile() emits ES modules, so .cts (CommonJS) is left to the tool. */
export const TS_FILE = /\.(tsx?|mts)$/;

/**
 * A file that never names "pycoro" cannot import a marker, so it has nothing to compile; skipping
 * it saves a TypeScript parse and leaves its output exactly what the tool would produce alone.
 */
export function mentionsPycoro(source: string): boolean {
  return source.includes("pycoro");
}

export interface SourceMapObject {
  version: number;
  file?: string;
  sources: string[];
  sourcesContent?: (string | null)[];
  names: string[];
  mappings: string;
}

export interface ModuleOutput {
  code: string;
  /** Maps `code` back to the .ts file; `sources` holds its absolute path, the file every tool names it by. */
  map: SourceMapObject;
  errors: Diagnostic[];
  warnings: Diagnostic[];
}

export function compileModule(source: string, file: string): ModuleOutput {
  // Diagnostics and the `file` that tracebacks print are relative to the working directory, as with
  // `pycoro build src`, so that a bundle does not carry the build machine's absolute paths.
  const fileName = path.relative(process.cwd(), file) || file;
  const result = compile(source, { fileName, sourceMap: true });
  const map = JSON.parse(result.map!) as SourceMapObject;
  map.sources = [file];
  return {
    // The map is handed to the tool as an object: drop the comment pointing at a `.js.map` file
    // that is never written.
    code: result.code.replace(/\n\/\/# sourceMappingURL=\S*\s*$/, "\n"),
    map,
    errors: result.diagnostics.filter((d) => d.category === "error"),
    warnings: result.diagnostics.filter((d) => d.category === "warning"),
  };
}
