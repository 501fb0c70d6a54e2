/**
 * babel.ts — `pycoro/babel`, a Babel 7 plugin: marked functions in a Babel pipeline are compiled by
 * pycoro's TypeScript transformer.
 *
 *   // babel.config.json
 *   { "presets": ["@babel/preset-typescript"], "plugins": ["pycoro/babel"] }
 *
 * Babel cannot run a TypeScript transformer, and re-implementing pycoro as a Babel visitor would be
 * a second compiler to keep in step with the first. So the plugin takes over parsing
 * (`parserOverride`): a .ts/.tsx/.mts file that mentions "pycoro" goes through compile() first,
 * and Babel parses the JavaScript that comes out — ES2022 with the types already stripped, so
 * preset-typescript finds nothing left to remove and every other plugin transforms it like any
 * JavaScript.
 *
 *   what Babel reads:    const g = generator(function* (a: number) { ... });
 *   what Babel parses:   const g = __pycoro.defineGenerator(class g$ { ... }, (C) => function g(a) { ... });
 *
 * Babel's output source map then goes through compile()'s map back to the .ts source. An error
 * diagnostic fails the transform; warnings go to console.warn.
 */
import { TS_FILE, compileModule, mentionsPycoro, type SourceMapObject } from "./bundlers.js";
import { formatDiagnostic } from "../diagnostics.js";

type Parse = (code: string, options: object) => object;

/** The parts of Babel's `File` that pre() touches. */
interface BabelFile {
  ast: object;
  code: string;
  opts: { generatorOpts: { sourceFileName?: string } };
  inputMap: { toObject(): SourceMapObject } | null;
}

/** parserOverride -> pre(): what compile() made of the file whose AST Babel is now transforming. */
const compiled = new WeakMap<object, { code: string; map: SourceMapObject }>();

export default function pycoroBabel() {
  return {
    name: "pycoro",
    parserOverride(code: string, parserOpts: { sourceFileName?: string }, parse: Parse): object | undefined {
      const file = parserOpts.sourceFileName; // the absolute filename Babel was given
      if (!file || !TS_FILE.test(file) || !mentionsPycoro(code)) return undefined; // Babel parses it as usual
      const out = compileModule(code, file);
      for (const d of out.warnings) console.warn(formatDiagnostic(d));
      if (out.errors.length) throw new Error(out.errors.map(formatDiagnostic).join("\n"));
      const ast = parse(out.code, parserOpts);
      compiled.set(ast, out);
      return ast;
    },
    pre(file: BabelFile): void {
      const out = compiled.get(file.ast);
      if (!out) return;
      // Babel reads an input map from options or from a sourceMappingURL comment; neither can
      // describe text that Babel never saw, so the map is installed here, where generate() reads it
      // (an upstream `inputSourceMap` described the .ts text, not this JavaScript).
      // `sources` is what Babel would name the file without pycoro.
      const map = { ...out.map, sources: [file.opts.generatorOpts.sourceFileName ?? out.map.sources[0]] };
      file.inputMap = { toObject: () => map };
      // Code frames of later plugins' errors index `file.code` with the AST's positions.
      file.code = out.code;
    },
  };
}
