/**
 * transformer.ts — the TypeScript transformer: finds the marked functions of a file and replaces
 * each with the class pipeline.ts compiles for it (the passes, in order, are listed there).
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
import { MarkerResolver, findMarkedFunctions, reportDiscardedCoroutines, type MarkedFunction } from "./passes/analyze.js";
import { compileFunction, safeName, BASE, type CompiledFunction } from "./pipeline.js";
import { Diagnostics, formatDiagnostic, type Diagnostic } from "./diagnostics.js";
import type { StateMachine } from "./ir/machine.js";

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

  const compileMachine = (m: MarkedFunction, depth: number): CompiledFunction => {
    const nested = (node: ts.Node): ts.Node | undefined => {
      const inner = byCall.get(node);
      if (inner) return replaceCall(inner, depth + 1);
      const method = byMethod.get(node);
      return method ? replaceMethod(method, node as ts.MethodDeclaration, depth + 1) : undefined;
    };
    return compileFunction({ m, file: sf.fileName, ctx, runtime, diagnostics: diags, depth, nested, onMachine: options.onMachine });
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

function isStatementList(n: ts.Node): n is ts.Block | ts.ModuleBlock | ts.CaseClause | ts.DefaultClause {
  return ts.isBlock(n) || ts.isModuleBlock(n) || ts.isCaseClause(n) || ts.isDefaultClause(n);
}

function freshName(sf: ts.SourceFile, base: string): string {
  let n = base;
  for (let i = 1; sf.text.includes(n); i++) n = `${base}${i}`;
  return n;
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
        code: Number(d.code.replace(/\D/g, "")), file, start, length: 1, messageText: `${d.code}: ${d.message}`, source: "pycoro",
      });
    },
  });
}
