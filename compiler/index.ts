/**
 * pycoro/compiler — compile one TypeScript source to JavaScript with pycoro's transformer.
 *
 *   compile(source, { fileName, sourceMap }) -> { code, map, diagnostics, machines }
 *
 * `machines` is the state-machine IR of every marked function: the same data the emitter turned
 * into code, which `pycoro inspect` prints. After TypeScript's own transforms, imports.ts drops the
 * marker imports the transformer used up.
 */
import ts from "typescript";
import { createTransformer } from "./transformer.js";
import { dropDeadMarkerImports } from "./passes/imports.js";
import type { Diagnostic } from "./diagnostics.js";
import type { StateMachine } from "./ir/machine.js";

export type { Diagnostic } from "./diagnostics.js";
export { formatDiagnostic, Codes } from "./diagnostics.js";
export type { StateMachine, Op, Exit, Region, ExceptionBlock, Field } from "./ir/machine.js";
export { createTransformer } from "./transformer.js";

export interface CompileOptions {
  fileName?: string;
  /** true: a separate map in `map`; "inline": a data: URL comment at the end of `code`. */
  sourceMap?: boolean | "inline";
  /** "esm" (default) or "cjs" */
  module?: "esm" | "cjs";
  /** Runtime module specifier the output imports (default "pycoro/internal"). */
  runtimeModule?: string;
}

export interface CompileResult {
  code: string;
  map?: string;
  diagnostics: Diagnostic[];
  machines: StateMachine[];
}

export function compile(source: string, options: CompileOptions = {}): CompileResult {
  const diagnostics: Diagnostic[] = [];
  const machines: StateMachine[] = [];
  const fileName = options.fileName ?? "input.ts";
  const out = ts.transpileModule(source, {
    fileName,
    compilerOptions: {
      target: ts.ScriptTarget.ES2022,
      module: options.module === "cjs" ? ts.ModuleKind.CommonJS : ts.ModuleKind.ESNext,
      sourceMap: options.sourceMap === true,
      inlineSourceMap: options.sourceMap === "inline",
      inlineSources: !!options.sourceMap,
      experimentalDecorators: false,
      useDefineForClassFields: true,
    },
    transformers: {
      before: [createTransformer({ onDiagnostic: (d) => diagnostics.push(d), onMachine: (m) => machines.push(m), runtimeModule: options.runtimeModule })],
      after: [dropDeadMarkerImports],
    },
  });
  return { code: out.outputText, map: out.sourceMapText, diagnostics, machines };
}
