/**
 * esbuild.ts — `pycoro/esbuild`: an esbuild plugin that compiles the marked functions of the
 * .ts/.tsx/.mts files that import "pycoro".
 *
 *   import pycoro from "pycoro/esbuild";
 *   await esbuild.build({ entryPoints: ["src/main.ts"], bundle: true, plugins: [pycoro()] });
 *
 *   onLoad("/src/main.ts")  (TypeScript: `const g = generator(function* (a: number) {...})`)
 *     -> { contents: `const g = __pycoro.defineGenerator(class g$ {...}, ...)`, loader: "js" }
 *
 * esbuild transforms TypeScript natively and has no hook after that, so the plugin loads the file
 * itself and hands esbuild JavaScript with an inline source map, which esbuild chains to the .ts
 * file. Files that do not mention pycoro fall through to esbuild's own loader.
 */
import { readFile } from "node:fs/promises";
import { TS_FILE, compileModule, mentionsPycoro } from "./bundlers.js";
import type { Diagnostic } from "../diagnostics.js";

interface Message { text: string; location: { file: string; line: number; column: number; lineText: string } }
interface OnLoadResult { contents?: string; loader?: "js" | "jsx"; errors?: Message[]; warnings?: Message[] }
interface PluginBuild {
  onLoad(options: { filter: RegExp; namespace: string }, callback: (args: { path: string }) => Promise<OnLoadResult | undefined>): void;
}

export default function pycoroEsbuild() {
  return {
    name: "pycoro",
    setup(build: PluginBuild): void {
      build.onLoad({ filter: TS_FILE, namespace: "file" }, async ({ path }) => {
        const source = await readFile(path, "utf8");
        if (!mentionsPycoro(source)) return undefined;
        const out = compileModule(source, path);
        const lines = source.split(/\r?\n/);
        // esbuild prints its own `file:line:column` and code frame from `location` (0-based column).
        const message = (d: Diagnostic): Message => ({
          text: `${d.code}: ${d.message}`,
          location: { file: d.file, line: d.line, column: d.column - 1, lineText: lines[d.line - 1] ?? "" },
        });
        const warnings = out.warnings.map(message);
        if (out.errors.length) return { errors: out.errors.map(message), warnings };
        const inlineMap = Buffer.from(JSON.stringify(out.map)).toString("base64");
        return {
          contents: `${out.code}//# sourceMappingURL=data:application/json;base64,${inlineMap}\n`,
          // compile() leaves JSX as written.
          loader: path.endsWith(".tsx") ? "jsx" : "js",
          warnings,
        };
      });
    },
  };
}
