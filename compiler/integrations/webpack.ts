/**
 * webpack.ts — `pycoro/webpack`: a webpack 5 loader that compiles the marked functions of the
 * modules it is applied to.
 *
 *   module: { rules: [{ test: /\.tsx?$/, use: ["babel-loader", "pycoro/webpack"] }] }
 *
 *   (TypeScript: `const g = generator(function* (a: number) {...})`, "/src/main.ts")
 *     -> `const g = __pycoro.defineGenerator(class g$ {...}, ...)` + source map   (JavaScript)
 *
 * Loaders run from last to first; pycoro must be last, so that it reads the TypeScript source.
 * What it hands on is JavaScript, which a TypeScript loader before it passes through, and webpack
 * parses directly when no other loader is configured. Modules that do not mention pycoro pass
 * through unchanged.
 */
import { compileModule, mentionsPycoro, type SourceMapObject } from "./bundlers.js";
import { formatDiagnostic } from "../diagnostics.js";

interface LoaderContext {
  resourcePath: string;
  callback(err: Error | null, code?: string, map?: SourceMapObject | object, meta?: unknown): void;
  emitWarning(warning: Error): void;
}

export default function pycoroLoader(this: LoaderContext, source: string, map?: object, meta?: unknown): void {
  if (!mentionsPycoro(source)) return this.callback(null, source, map, meta);
  const out = compileModule(source, this.resourcePath);
  for (const d of out.warnings) this.emitWarning(new Error(formatDiagnostic(d)));
  if (out.errors.length) return this.callback(new Error(out.errors.map(formatDiagnostic).join("\n")));
  this.callback(null, out.code, out.map);
}
