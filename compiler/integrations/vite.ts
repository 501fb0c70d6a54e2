/**
 * vite.ts — `pycoro/vite`: a Vite plugin that is equally a Rollup (or Rolldown) plugin. It compiles
 * the marked functions of the .ts/.tsx/.mts modules that import "pycoro".
 *
 *   // vite.config.ts                          // rollup.config.js
 *   import pycoro from "pycoro/vite";          import pycoro from "pycoro/vite";
 *   export default { plugins: [pycoro()] };    export default { input: "src/main.ts", plugins: [pycoro()] };
 *
 *   transform(`const g = generator(function* (a: number) {...})`, "/src/main.ts")
 *     -> { code: `const g = __pycoro.defineGenerator(class g$ {...}, ...)`, map }   (JavaScript)
 *
 * `enforce: "pre"` puts it before Vite's own TypeScript transform: pycoro must read the TypeScript
 * source, and Vite then strips types from JavaScript that has none. Rollup ignores `enforce` and has
 * no TypeScript support of its own, so a Rollup build also needs a TypeScript plugin for the
 * modules that do not import pycoro.
 */
import { TS_FILE, compileModule, mentionsPycoro, type SourceMapObject } from "./bundlers.js";
import { formatDiagnostic, type Diagnostic } from "../diagnostics.js";

interface RollupLog { message: string; id: string; loc: { file: string; line: number; column: number } }
interface TransformContext { error(e: RollupLog): never; warn(w: RollupLog): void }

export default function pycoroVite() {
  return {
    name: "pycoro",
    enforce: "pre" as const,
    transform(this: TransformContext, code: string, id: string): { code: string; map: SourceMapObject } | null {
      const file = id.split("?", 1)[0]; // Vite appends queries (`?v=hash`, `?import`) to module ids
      if (!TS_FILE.test(file) || !mentionsPycoro(code)) return null;
      const out = compileModule(code, file);
      // Rollup's `loc.column` is 0-based; pycoro's is 1-based, as editors show it.
      const log = (d: Diagnostic, message: string): RollupLog => ({ message, id: file, loc: { file, line: d.line, column: d.column - 1 } });
      for (const d of out.warnings) this.warn(log(d, formatDiagnostic(d)));
      if (out.errors.length) this.error(log(out.errors[0], out.errors.map(formatDiagnostic).join("\n")));
      return { code: out.code, map: out.map };
    },
  };
}
