/**
 * transformer.ts — the TypeScript transformer: runs the passes on every marked function.
 *
 *   analyze (analyze.ts, scope.ts) -> hoist (hoist.ts) -> spill + lower (spill.ts, lower.ts)
 *     -> temps (temps.ts) -> emit (emit.ts)
 *
 * Before:
 *   import { generator } from "pycoro";
 *   const g = generator(function* (a: number) { const x = yield a; return x; });
 * After:
 *   import * as __pycoro from "pycoro/internal";
 *   import { generator } from "pycoro";
 *   const g = __pycoro.defineGenerator(class g$ { ... },   // linked under __pycoro.Generator
 *                                      (C) => function g(a: number) { return new C(a); });
 *
 * Methods (`@generator *items(a) {}`) keep their place in the class; the state-machine class is
 * created once per evaluation of the class and cached in a variable declared just before the
 * statement holding the class: `items(a) { return new (_items$ ??= __pycoro.frameClass(class ..., __pycoro.Generator))(this, a); }`.
 * It is created inside the method so that private names (`#x`) stay in scope.
 *
 * Unmarked code is returned untouched (the same node objects), so its output is byte-for-byte
 * what TypeScript would print without pycoro.
 */
import ts from "typescript";
import { MarkerResolver, findMarkedFunctions, suspensionAnalysis, reportDiscardedCoroutines, type MarkedFunction } from "./analyze.js";
import { analyzeScopes } from "./scope.js";
import { planStorage, collectNames } from "./hoist.js";
import { Lowerer } from "./lower.js";
import { Emitter } from "./emit.js";
import { localizeTemps } from "./temps.js";
import { Diagnostics, formatDiagnostic, Codes, tscCode, type Diagnostic } from "./diagnostics.js";
import type { StateMachine } from "./ir.js";

export interface TransformOptions {
  /** Called with every diagnostic (errors and warnings). */
  onDiagnostic?: (d: Diagnostic) => void;
  /** Called with the IR of every compiled function (the inspector's input). */
  onMachine?: (sm: StateMachine) => void;
  /** Module specifier of the runtime (default "pycoro/internal"). */
  runtimeModule?: string;
  /** The type checker, when a Program is available. */
  checker?: ts.TypeChecker;
}

const BASE: Record<MarkedFunction["kind"], string> = {
  "generator": "Generator", "generator-coroutine": "GeneratorCoroutine", "coroutine": "Coroutine", "async-generator": "AsyncGenerator",
};
const DEFINE: Record<MarkedFunction["kind"], string> = {
  "generator": "defineGenerator", "generator-coroutine": "defineGeneratorCoroutine", "coroutine": "defineCoroutine", "async-generator": "defineAsyncGenerator",
};

export function createTransformer(options: TransformOptions = {}): ts.TransformerFactory<ts.SourceFile> {
  return (ctx) => (sf) => transformFile(sf, ctx, options);
}

function transformFile(sf: ts.SourceFile, ctx: ts.TransformationContext, options: TransformOptions): ts.SourceFile {
  const diags = new Diagnostics(sf.fileName);
  const resolver = new MarkerResolver(sf, options.checker);
  const { marked, rejected } = findMarkedFunctions(sf, resolver, diags);
  reportDiscardedCoroutines(sf, marked, diags, options.checker);
  const flush = () => { for (const d of diags.list) options.onDiagnostic?.(d); };
  if (marked.length === 0 && rejected.size === 0) { flush(); return sf; }

  const f = ctx.factory;
  const runtime = freshName(sf, "__pycoro");
  const byCall = new Map<ts.Node, MarkedFunction>();
  const byMethod = new Map<ts.Node, MarkedFunction>();
  for (const m of marked) {
    if (m.call) byCall.set(m.call, m);
    else byMethod.set(m.fn, m);
  }
  let cacheId = 0;
  const pendingCaches: string[][] = [];

  const compileMachine = (m: MarkedFunction, depth: number): { cls?: ts.ClassExpression; paramNames: string[]; usesThis: boolean; usesSuper?: boolean; usesArguments: boolean; error?: string } => {
    diags.begin();
    const fn = m.fn;
    const scopes = analyzeScopes(fn);
    const isAsync = m.kind === "coroutine" || m.kind === "async-generator";
    const suspends = suspensionAnalysis(fn, isAsync);
    const plan = planStorage({ fn, scopes, suspends, depth });
    const nested = (node: ts.Node): ts.Node | undefined => {
      const inner = byCall.get(node);
      if (inner) return replaceCall(inner, depth + 1);
      const method = byMethod.get(node);
      return method ? replaceMethod(method, node as ts.MethodDeclaration, depth + 1) : undefined;
    };
    const lowerer = new Lowerer({ fn, kind: m.kind, name: m.name, qualname: m.qualname, file: sf.fileName, scopes, plan, suspends, ctx, runtime, diagnostics: diags, nested });
    const paramFields: string[] = [];
    const paramNames: string[] = [];
    for (const p of fn.parameters) {
      if (ts.isIdentifier(p.name) && p.name.text === "this") continue;
      collectNames(p.name, (id) => {
        const home = plan.homes.get(scopes.refs.get(id)!);
        if (home?.kind === "field") { paramFields.push(home.field); paramNames.push(id.text); }
      });
    }
    // Jumps embedded in verbatim code are rendered while lowering, before the machine is complete:
    // that renderer sees only the exception blocks and regions so far (no ops, so no jump threading).
    const liveSm = { blocks: lowerer.blocks, regions: lowerer.regions } as unknown as StateMachine;
    const renderer = new Emitter({ sm: liveSm, plan, factory: f, runtime, base: BASE[m.kind], paramFields });
    lowerer.opsAsStatements = (ops) => ops.flatMap((op) => renderer.render(op));
    checkKindRules(m, diags);
    const sm = localizeTemps(lowerer.lower(), { frame: plan.names.frame, state: plan.names.state, local: (t) => plan.newStepLocal(t) }, ctx);
    const errors = diags.errorsSinceBegin();
    if (errors.length) return { paramNames, usesThis: false, usesArguments: false, error: errors.map(formatDiagnostic).join("\n") };
    options.onMachine?.(sm);
    const emitter = new Emitter({ sm, plan, factory: f, runtime, base: BASE[m.kind], paramFields });
    return { cls: emitter.emitClass(safeName(m.name)), paramNames, usesThis: sm.usesThis, usesSuper: sm.usesSuper, usesArguments: sm.usesArguments };
  };

  const newArgs = (r: { paramNames: string[]; usesThis: boolean; usesSuper?: boolean; usesArguments: boolean }): ts.Expression[] => [
    ...(r.usesThis ? [f.createThis()] : []),
    ...(r.usesSuper ? [f.createArrowFunction(undefined, undefined, [f.createParameterDeclaration(undefined, undefined, "k")], undefined, undefined,
      f.createElementAccessExpression(f.createSuper(), f.createIdentifier("k")))] : []),
    ...(r.usesArguments ? [f.createIdentifier("arguments")] : []),
    ...r.paramNames.map((n) => f.createIdentifier(n)),
  ];
  const compileError = (msg: string) => f.createCallExpression(f.createPropertyAccessExpression(f.createIdentifier(runtime), "compileError"), undefined, [f.createStringLiteral(msg)]);

  const replaceCall = (m: MarkedFunction, depth = 0): ts.Expression => {
    const r = compileMachine(m, depth);
    if (!r.cls) return compileError(r.error!);
    const fn = m.fn as ts.FunctionExpression | ts.ArrowFunction;
    const C = f.createUniqueName("C");
    const body = f.createBlock([f.createReturnStatement(f.createNewExpression(C, undefined, newArgs(r)))], true);
    const wrapper = ts.isArrowFunction(fn)
      ? f.createArrowFunction(undefined, fn.typeParameters, fn.parameters, undefined, undefined, body)
      : f.createFunctionExpression(undefined, undefined, fn.name ?? safeName(m.name), fn.typeParameters, fn.parameters, undefined, body);
    // A named function expression refers to itself through `$f.constructor.$fn`.
    const made = ts.isFunctionExpression(fn) && fn.name
      ? f.createAssignment(f.createPropertyAccessExpression(C, "$fn"), wrapper) : wrapper;
    const make = f.createArrowFunction(undefined, undefined, [f.createParameterDeclaration(undefined, undefined, C)], undefined, undefined, made);
    return ts.setTextRange(f.createCallExpression(f.createPropertyAccessExpression(f.createIdentifier(runtime), DEFINE[m.kind]), undefined, [r.cls, make]), m.call!);
  };

  const replaceMethod = (m: MarkedFunction, method: ts.MethodDeclaration, depth = 0): ts.MethodDeclaration => {
    const r = compileMachine(m, depth);
    const modifiers = method.modifiers?.filter((x) => x !== m.decorator && x.kind !== ts.SyntaxKind.AsyncKeyword);
    let body: ts.Block;
    if (!r.cls) {
      body = f.createBlock([f.createThrowStatement(f.createNewExpression(f.createIdentifier("Error"), undefined, [f.createStringLiteral(r.error!)]))], true);
    } else {
      // Inside another marked function there is no statement list to declare the cache in: the
      // class is then created per call (correct, only slower).
      const rt = (name: string) => f.createPropertyAccessExpression(f.createIdentifier(runtime), name);
      const linked = f.createCallExpression(rt("frameClass"), undefined, [r.cls, rt(BASE[m.kind])]);
      let cls: ts.Expression = f.createParenthesizedExpression(linked);
      if (depth === 0) {
        const cache = `_${safeName(m.name)}$${++cacheId}`;
        pendingCaches[pendingCaches.length - 1]?.push(cache);
        cls = f.createParenthesizedExpression(f.createBinaryExpression(f.createIdentifier(cache), ts.SyntaxKind.QuestionQuestionEqualsToken, linked));
      }
      body = f.createBlock([f.createReturnStatement(f.createNewExpression(cls, undefined, newArgs(r)))], true);
    }
    return ts.setTextRange(f.createMethodDeclaration(modifiers, undefined, method.name, method.questionToken, method.typeParameters, method.parameters, undefined, body), method);
  };

  const visit = (node: ts.Node): ts.Node => {
    const call = byCall.get(node);
    if (call) return replaceCall(call);
    const reject = rejected.get(node as ts.CallExpression);
    if (reject) return compileError(reject);
    const method = byMethod.get(node);
    if (method) return replaceMethod(method, node as ts.MethodDeclaration);
    if (isStatementList(node)) return visitStatementList(node);
    return ts.visitEachChild(node, visit, ctx);
  };
  const visitStatements = (statements: ts.NodeArray<ts.Statement>): ts.Statement[] => {
    const out: ts.Statement[] = [];
    for (const st of statements) {
      pendingCaches.push([]);
      const v = visit(st) as ts.Statement;
      const caches = pendingCaches.pop()!;
      if (caches.length) out.push(f.createVariableStatement(undefined, f.createVariableDeclarationList(caches.map((c) => f.createVariableDeclaration(c)), ts.NodeFlags.Let)));
      out.push(v);
    }
    return out;
  };
  const visitStatementList = (node: ts.Block | ts.ModuleBlock | ts.CaseClause | ts.DefaultClause): ts.Node => {
    const stmts = visitStatements(node.statements);
    if (ts.isBlock(node)) return f.updateBlock(node, stmts);
    if (ts.isModuleBlock(node)) return f.updateModuleBlock(node, stmts);
    if (ts.isCaseClause(node)) return f.updateCaseClause(node, ts.visitNode(node.expression, visit) as ts.Expression, stmts);
    return f.updateDefaultClause(node, stmts);
  };

  const statements = visitStatements(sf.statements);
  flush();
  const importRuntime = f.createImportDeclaration(undefined,
    f.createImportClause(false, undefined, f.createNamespaceImport(f.createIdentifier(runtime))),
    f.createStringLiteral(options.runtimeModule ?? "pycoro/internal"));
  return f.updateSourceFile(sf, [importRuntime, ...statements]);
}

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

function isStatementList(n: ts.Node): n is ts.Block | ts.ModuleBlock | ts.CaseClause | ts.DefaultClause {
  return ts.isBlock(n) || ts.isModuleBlock(n) || ts.isCaseClause(n) || ts.isDefaultClause(n);
}

function freshName(sf: ts.SourceFile, base: string): string {
  let n = base;
  for (let i = 1; sf.text.includes(n); i++) n = `${base}${i}`;
  return n;
}

function safeName(name: string): string {
  const s = name.replace(/[^A-Za-z0-9_$]/g, "_");
  return /^[A-Za-z_$]/.test(s) ? s : `_${s}`;
}

/**
 * The ts-patch plugin entry (`"plugins": [{ "transform": "pycoro/transformer" }]`): ts-patch calls
 * it with the Program, the plugin's config and helpers; diagnostics go to tsc's own output.
 */
export default function pycoroTransformer(
  program?: ts.Program,
  _config?: unknown,
  extras?: { addDiagnostic?: (d: ts.Diagnostic) => void },
): ts.TransformerFactory<ts.SourceFile> {
  return createTransformer({
    checker: program?.getTypeChecker(),
    onDiagnostic: (d) => {
      if (!extras?.addDiagnostic) { process.stderr.write(`${formatDiagnostic(d)}\n`); return; }
      const file = program?.getSourceFile(d.file);
      const start = file ? file.getPositionOfLineAndCharacter(d.line - 1, d.column - 1) : undefined;
      extras.addDiagnostic({
        category: d.category === "error" ? ts.DiagnosticCategory.Error : ts.DiagnosticCategory.Warning,
        code: tscCode(d.code), file, start, length: 1, messageText: `${d.code}: ${d.message}`, source: "pycoro",
      });
    },
  });
}
