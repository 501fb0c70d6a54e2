/**
 * project.ts — what the CLI and the loader learn from the user's project, the way Node and tsc
 * learn it: the module format of a file (nearest package.json "type", .mts/.cts, or ES module
 * syntax as Node's detection sees it), the nearest tsconfig.json and the compiler options in it
 * that change emitted code, and the local files a file imports (so `pycoro build main.ts` also
 * builds what main.ts needs).
 *
 * No TypeScript import at the top: the loader calls moduleFormat() and configKey() on every file,
 * also on cache hits, where loading TypeScript would cost about a second.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type ts from "typescript";

export type ModuleFormat = "esm" | "cjs";

const pkgTypes = new Map<string, string | undefined>();

/** The "type" field of the package.json nearest to `dir` (undefined: none, i.e. CommonJS). */
export function packageType(dir: string): string | undefined {
  const seen: string[] = [];
  let found: string | undefined;
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    if (pkgTypes.has(d)) { found = pkgTypes.get(d); break; }
    seen.push(d);
    const pj = path.join(d, "package.json");
    if (existsSync(pj)) {
      try {
        const t = (JSON.parse(readFileSync(pj, "utf8")) as { type?: unknown }).type;
        found = typeof t === "string" ? t : undefined;
      } catch {
        found = undefined; // Node refuses an unreadable package.json later, with its own message
      }
      break;
    }
    if (path.dirname(d) === d) break;
  }
  for (const d of seen) pkgTypes.set(d, found);
  return found;
}

/**
 * Node's rule for a file's format: .mts/.mjs ESM, .cts/.cjs CommonJS; otherwise "type": "module"
 * means ESM, and in a CommonJS package a file that uses `import`/`export` or top-level `await` is
 * taken as ESM too (Node's syntax detection), so a default `npm init` project can still run
 * `await run(main())`.
 */
export function moduleFormat(file: string, source?: string): ModuleFormat {
  if (/\.m[tj]sx?$/.test(file)) return "esm";
  if (/\.c[tj]sx?$/.test(file)) return "cjs";
  if (packageType(path.dirname(file)) === "module") return "esm";
  if (source !== undefined && hasModuleSyntax(source)) return "esm";
  return "cjs";
}

/** `import`/`export` statements or a top-level `await` (a cheap lexical test, as Node's is). */
export function hasModuleSyntax(source: string): boolean {
  const text = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "");
  return /^\s*(import\s*[{*\w"']|export\s)/m.test(text) || /^[^\s/][^\n]*\bawait\s/m.test(text);
}

/** The tsconfig.json tsc would use for `file`: the nearest one up the tree. */
export function findTsconfig(from: string): string | undefined {
  for (let d = path.resolve(from); ; d = path.dirname(d)) {
    const c = path.join(d, "tsconfig.json");
    if (existsSync(c)) return c;
    if (path.dirname(d) === d) return undefined;
  }
}

/**
 * The text of a tsconfig.json and of every file it extends, joined: the loader's cache key part
 * for the compiler options (without loading TypeScript to parse them).
 */
export function configKey(file: string): string {
  const config = findTsconfig(path.dirname(file));
  if (!config) return "";
  const parts: string[] = [];
  const seen = new Set<string>();
  const visit = (f: string) => {
    if (seen.has(f) || !existsSync(f)) return;
    seen.add(f);
    const text = readFileSync(f, "utf8");
    parts.push(`${f}\n${text}`);
    for (const m of text.matchAll(/"extends"\s*:\s*(\[[^\]]*\]|"[^"]*")/g)) {
      for (const ref of m[1].match(/"[^"]*"/g) ?? []) {
        const spec = ref.slice(1, -1);
        const base = spec.startsWith(".") || path.isAbsolute(spec) ? path.resolve(path.dirname(f), spec) : path.join(path.dirname(f), "node_modules", spec);
        visit(base.endsWith(".json") ? base : `${base}.json`);
        visit(path.join(base, "tsconfig.json"));
      }
    }
  };
  visit(config);
  return parts.join("\0");
}

/** The options of a tsconfig.json that change the JavaScript pycoro emits (read as tsc reads them). */
export const EMIT_OPTIONS = ["useDefineForClassFields", "experimentalDecorators", "emitDecoratorMetadata", "jsx", "jsxFactory", "jsxFragmentFactory", "jsxImportSource", "verbatimModuleSyntax", "preserveValueImports", "importsNotUsedAsValues"] as const;

export interface ProjectConfig {
  file?: string;
  options: ts.CompilerOptions;
}

/** Parse the tsconfig.json nearest to `dir` as tsc does (extends, defaults); errors are returned as text. */
const configs = new Map<string, ProjectConfig & { errors: string[] }>();

export function readProjectConfig(tsm: typeof ts, dir: string): ProjectConfig & { errors: string[] } {
  const file = findTsconfig(dir);
  if (!file) return { options: {}, errors: [] };
  let config = configs.get(file);
  if (!config) configs.set(file, config = parseConfig(tsm, file));
  return config;
}

function parseConfig(tsm: typeof ts, file: string): ProjectConfig & { errors: string[] } {
  const read = tsm.readConfigFile(file, tsm.sys.readFile);
  if (read.error) return { file, options: {}, errors: [tsm.flattenDiagnosticMessageText(read.error.messageText, "\n")] };
  const parsed = tsm.parseJsonConfigFileContent(read.config, tsm.sys, path.dirname(file), undefined, file);
  const errors = parsed.errors.filter((d) => d.code !== 18003 /* no inputs: fine for pycoro */).map((d) => tsm.flattenDiagnosticMessageText(d.messageText, "\n"));
  return { file, options: parsed.options, errors };
}

/** Only the options that change emitted code (the rest: type checking, paths, outputs). */
export function emitOptions(options: ts.CompilerOptions): ts.CompilerOptions {
  const out: ts.CompilerOptions = {};
  for (const k of EMIT_OPTIONS) if (options[k] !== undefined) (out as Record<string, unknown>)[k] = options[k];
  return out;
}

/**
 * The local TypeScript files `source` imports (static imports, re-exports, `import()` with a
 * literal, `require` of a literal), resolved as TypeScript users write them: `./a.js` is `./a.ts`,
 * `./a` is `./a.ts` or `./a/index.ts`.
 */
export function localImports(tsm: typeof ts, file: string, source: string): string[] {
  const info = tsm.preProcessFile(source, true, true);
  const out: string[] = [];
  for (const ref of info.importedFiles) {
    const spec = ref.fileName;
    if (!spec.startsWith("./") && !spec.startsWith("../") && spec !== "." && spec !== "..") continue;
    const found = resolveLocal(path.resolve(path.dirname(file), spec));
    if (found) out.push(found);
  }
  return out;
}

const TS_FOR_JS: Record<string, string[]> = { ".js": [".ts", ".tsx"], ".mjs": [".mts"], ".cjs": [".cts"], ".jsx": [".tsx"] };

/** `./a.js` -> a.ts when it exists (the source wins over a stale build next to it, as with tsx). */
export function resolveLocal(base: string): string | undefined {
  const ext = path.extname(base);
  const isFile = (f: string) => { try { return statSync(f).isFile(); } catch { return false; } };
  for (const e of TS_FOR_JS[ext] ?? []) {
    const c = base.slice(0, -ext.length) + e;
    if (isFile(c)) return c;
  }
  if (/\.[mc]?tsx?$/.test(base) && isFile(base)) return base;
  for (const e of [".ts", ".tsx", ".mts", ".cts"]) if (isFile(base + e)) return base + e;
  for (const e of ["index.ts", "index.tsx"]) if (isFile(path.join(base, e))) return path.join(base, e);
  return undefined;
}
