/**
 * pipeline.ts — the passes that compile one marked function, in order (README.md draws them).
 *
 *   analyze   passes/analyze.ts, scope.ts   which nodes suspend; every binding and its references
 *   hoist     passes/hoist.ts               where each binding lives (frame field, step local, env, native)
 *   lower     passes/lower.ts, spill.ts     statements and expressions -> the op list (ir/machine.ts);
 *             passes/rename.ts                the code kept verbatim is renamed to the homes;
 *             passes/builder.ts               the op builder lower and spill both write through
 *   temps     passes/temps.ts               temporaries never live across a suspension -> step locals
 *   emit      passes/emit.ts                the op list -> a class with a `$step` switch
 *
 * Before any of them, transformer.ts checks the whole file for syntax errors and JavaScript's early
 * errors (passes/early.ts): a marked function containing one is never lowered. A compiler bug is
 * caught at compileFunction's boundary and reported as PYC9001 naming the construct.
 * After TypeScript's own transforms, passes/imports.ts drops the marker imports (index.ts).
 * transformer.ts finds the marked functions of a file and calls `compileFunction` on each; a
 * marked function nested in another is compiled when the renamer reaches it (`nested`).
 */
import ts from "typescript";
import { suspensionAnalysis, type MarkedFunction } from "./passes/analyze.js";
import { analyzeScopes, type ScopeInfo } from "./passes/scope.js";
import { planStorage, collectNames, type StoragePlan } from "./passes/hoist.js";
import { Lowerer } from "./passes/lower.js";
import { localizeTemps } from "./passes/temps.js";
import { Emitter } from "./passes/emit.js";
import { Codes, formatDiagnostic, type Diagnostics } from "./diagnostics.js";
import type { StateMachine } from "./ir/machine.js";

/** The runtime base class each kind of marked function is linked under. */
export const BASE: Record<MarkedFunction["kind"], string> = {
  "generator": "Generator", "generator-coroutine": "GeneratorCoroutine", "coroutine": "Coroutine", "async-generator": "AsyncGenerator",
};

export interface FunctionInput {
  readonly m: MarkedFunction;
  readonly file: string;
  readonly ctx: ts.TransformationContext;
  /** Identifier the runtime module is imported as (`__pycoro`). */
  readonly runtime: string;
  readonly diagnostics: Diagnostics;
  /** Nesting depth among marked functions (a nested frame must not shadow its parent's `$f`). */
  readonly depth: number;
  /** Compiles a marked function nested in this one, if `node` is one (its replacement). */
  readonly nested: (node: ts.Node) => ts.Node | undefined;
  /** Called with the finished IR (the inspector's input). */
  readonly onMachine?: (sm: StateMachine) => void;
  /** Told each statement as it is lowered (the transformer names it if compiling fails). */
  readonly track?: (node: ts.Node) => void;
  /**
   * Emit a marked closure (transformer.ts): a class without `$step`, shared by every evaluation
   * of the marker, and the step as a function expression to create where the marker stands.
   */
  readonly closure?: boolean;
}

export interface CompiledFunction {
  /** The state-machine class; absent when an error diagnostic stopped the compilation. */
  readonly cls?: ts.ClassExpression;
  /** A closure's step (`closure` input): `function ($s, $v, $m) { ... }`, called as the frame's `$step`. */
  readonly step?: ts.FunctionExpression;
  /** A closure's constructor takes its function after the step (`$fn`): the body names itself. */
  readonly usesSelf?: boolean;
  /** The parameters' bound names, in the order the wrapper passes them to the constructor. */
  readonly paramNames: string[];
  readonly usesThis: boolean;
  readonly usesSuper?: boolean;
  readonly usesArguments: boolean;
  /** The error diagnostics, formatted (the text the replacement throws when called). */
  readonly error?: string;
}

export function compileFunction(input: FunctionInput): CompiledFunction {
  const { m, diagnostics: diags } = input;
  diags.begin();
  // analyze
  const scopes = analyzeScopes(m.fn);
  const suspends = suspensionAnalysis(m.fn, m.kind === "coroutine" || m.kind === "async-generator");
  reportDirectEval(m.fn, scopes.refs, diags);
  // hoist
  const closure = !!input.closure;
  const plan = planStorage({ fn: m.fn, scopes, suspends, depth: input.depth, closure });
  const params = parameterFields(m.fn, scopes, plan);
  // lower (with spill and rename)
  const lowerer = new Lowerer({
    fn: m.fn, kind: m.kind, name: m.name, qualname: m.qualname, file: input.file, scopes, plan, suspends,
    ctx: input.ctx, runtime: input.runtime, diagnostics: diags, nested: input.nested, track: input.track,
  });
  checkKindRules(m, diags);
  const lowered = lowerer.lower();
  // temps
  const sm = localizeTemps(lowered, { frame: plan.names.frame, local: (t) => plan.newStepLocal(t) }, input.ctx);
  const errors = diags.errorsSinceBegin();
  if (errors.length) return { paramNames: params.names, usesThis: false, usesArguments: false, error: errors.map(formatDiagnostic).join("\n") };
  input.onMachine?.(sm);
  // emit
  const emitter = new Emitter({ sm, plan, ctx: input.ctx, runtime: input.runtime, base: BASE[m.kind], paramFields: params.fields });
  const common = { paramNames: params.names, usesThis: sm.usesThis, usesSuper: sm.usesSuper, usesArguments: sm.usesArguments };
  if (!closure) return { cls: emitter.emitClass(safeName(m.name)), ...common };
  const usesSelf = namesItself(scopes);
  const { cls, step } = emitter.emitClosure(safeName(m.name), usesSelf);
  return { cls, step, usesSelf, ...common };
}

/** The body refers to the function expression's own name (hoist.ts home `self`). */
function namesItself(scopes: ScopeInfo): boolean {
  const self = scopes.selfBinding;
  if (!self) return false;
  for (const [id, b] of scopes.refs) if (b === self && !self.declarations.includes(id)) return true;
  return false;
}

/** The frame fields of the parameters and the parameters' own names, in declaration order. */
function parameterFields(fn: ts.FunctionLikeDeclaration, scopes: ScopeInfo, plan: StoragePlan): { fields: string[]; names: string[] } {
  const fields: string[] = [];
  const names: string[] = [];
  for (const p of fn.parameters) {
    if (ts.isIdentifier(p.name) && p.name.text === "this") continue;
    collectNames(p.name, (id) => {
      const home = plan.homes.get(scopes.refs.get(id)!);
      if (home?.kind === "field") { fields.push(home.field); names.push(id.text); }
    });
  }
  return { fields, names };
}

/** Direct `eval(...)` inside the marked function (nested functions included): it would not see the frame's locals. */
function reportDirectEval(fn: ts.Node, refs: ReadonlyMap<ts.Identifier, unknown>, diags: Diagnostics): void {
  const visit = (n: ts.Node): void => {
    if (ts.isCallExpression(n)) {
      let callee: ts.Expression = n.expression;
      while (ts.isParenthesizedExpression(callee)) callee = callee.expression;
      if (ts.isIdentifier(callee) && callee.text === "eval" && !refs.has(callee)) {
        diags.report(n, Codes.DirectEval, "direct `eval` cannot see the locals of a marked function (they live in its frame object); pass the values explicitly, or use indirect eval `(0, eval)(code)` for global code.");
      }
    }
    ts.forEachChild(n, visit);
  };
  ts.forEachChild(fn, visit);
}

/** What only async generators forbid: `yield*` and `return` with a value (Python's own errors). */
function checkKindRules(m: MarkedFunction, diags: Diagnostics): void {
  if (m.kind !== "async-generator") return;
  const visit = (n: ts.Node): void => {
    if (ts.isFunctionLike(n) && n !== m.fn) return;
    if (ts.isYieldExpression(n) && n.asteriskToken) diags.report(n, Codes.YieldStarInAsyncGenerator, "`yield*` is not allowed in an async generator (Python has no `yield from` there); write `for await (const x of it) yield x;`.");
    if (ts.isReturnStatement(n) && n.expression) diags.report(n, Codes.ReturnValueInAsyncGenerator, "an async generator cannot return a value (Python: 'return' with value in async generator); use a bare `return`.");
    ts.forEachChild(n, visit);
  };
  ts.forEachChild(m.fn, visit);
}

/** A JavaScript identifier made from the function's name (the class is named `<name>$`). */
export function safeName(name: string): string {
  const s = name.replace(/[^A-Za-z0-9_$]/g, "_");
  return /^[A-Za-z_$]/.test(s) ? s : `_${s}`;
}
