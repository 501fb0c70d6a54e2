/**
 * emit-ts.ts — `pycoro build --emit ts` / `compile(src, { emit: "ts" })`: the pre-transform.
 * The output is TypeScript with the state machines in it, for compilers that cannot run a
 * transformer (TypeScript 7, esbuild, swc): each of them turns it into the same JavaScript that
 * `pycoro build` writes, because the only difference is type annotations.
 *
 *   const g = generator(function* (a: number) { ... });
 *   =>
 *   const g = __pycoro.defineGenerator(class g$ {
 *       [k: string]: any;                           // the frame's fields, written by the machine
 *       constructor(p0: any) { this.$s = 0; this.a = p0; ... }
 *       $step($s: any, $v: any, $m: any): any { const $f: any = this; ... }
 *   }, (C_1: any) => function g(a: number): any { return new C_1(a); });
 *
 * A marked closure's class stands at the top of the module and its step is a function expression
 * where the marker stood (transformer.ts): the step gets `this: any` and counts as machine code.
 *
 * Unmarked code is printed as written (types included). What pycoro synthesized is typed `any`:
 * the frame's fields hold whatever the user's locals held, and the machine's code was derived from
 * source that already type-checked, so checking it again would only re-check pycoro. A marked
 * function's own type is `(params as written) => any`; everything else keeps the user's types.
 * Machines fall through from one `case` to the next (the next state), so each such case carries
 * `// @ts-ignore` for projects with `noFallthroughCasesInSwitch`.
 */
import ts from "typescript";
import { createTransformer } from "./transformer.js";
import { dropDeadMarkerImports } from "./passes/imports.js";
import type { Diagnostic } from "./diagnostics.js";
import type { StateMachine } from "./ir/machine.js";

export function emitTypeScript(source: string, fileName: string, runtimeModule?: string): { code: string; diagnostics: Diagnostic[]; machines: StateMachine[] } {
  const diagnostics: Diagnostic[] = [];
  const machines: StateMachine[] = [];
  const kind = /\.tsx$/.test(fileName) ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.ES2022, true, kind);
  const options: ts.CompilerOptions = { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, useDefineForClassFields: true };
  const result = ts.transform(sf, [
    createTransformer({ onDiagnostic: (d) => diagnostics.push(d), onMachine: (m) => machines.push(m), runtimeModule }),
    typeSynthesized(sf),
    dropDeadMarkerImports,
  ], options);
  const printer = ts.createPrinter({ newLine: ts.NewLineKind.LineFeed });
  const code = machines.length || diagnostics.length ? printer.printFile(result.transformed[0]) : source;
  result.dispose();
  return { code, diagnostics, machines };
}

/**
 * Annotate what pycoro synthesized with `any` (see the header); user nodes are left alone, except
 * that an un-annotated parameter of a function inside a machine gets `any` (its contextual type
 * came from a local that is now a field). Each compiled function is typed as its source was,
 * through a type witness (runtime `typed` / `typedReturn`): the original marked function, printed
 * as written and never called.
 */
function typeSynthesized(original: ts.SourceFile) {
  const byRange = new Map<string, ts.Node>();
  const index = (n: ts.Node): void => {
    if (ts.isCallExpression(n) || ts.isMethodDeclaration(n)) byRange.set(`${n.pos}:${n.end}`, n);
    ts.forEachChild(n, index);
  };
  index(original);
  let runtime = "__pycoro"; // the transformer's choice: the first name the source does not contain
  for (let i = 1; original.text.includes(runtime); i++) runtime = `__pycoro${i}`;
  return (ctx: ts.TransformationContext) => typeSynthesizedIn(ctx, byRange, runtime);
}

function typeSynthesizedIn(ctx: ts.TransformationContext, byRange: Map<string, ts.Node>, runtime: string): ts.Transformer<ts.SourceFile> {
  const f = ctx.factory;
  const runtimeCall = (at: ts.Node, name: string, args: ts.Expression[]) =>
    ts.setTextRange(f.createCallExpression(f.createPropertyAccessExpression(f.createIdentifier(runtime), name), undefined, args), at);
  let machineDepth = 0;
  const any = () => f.createKeywordTypeNode(ts.SyntaxKind.AnyKeyword);
  const synthesized = (n: ts.Node) => n.pos < 0;
  const visit = (node: ts.Node, inLoopHead = false): ts.Node => {
    // `for (const x: any of xs)` is not TypeScript: loop heads keep their declarations bare.
    if (ts.isForOfStatement(node)) {
      return f.updateForOfStatement(node, node.awaitModifier, visit(node.initializer, true) as ts.ForInitializer, visitChild(node.expression), visitChild(node.statement));
    }
    if (ts.isForInStatement(node)) {
      return f.updateForInStatement(node, visit(node.initializer, true) as ts.ForInitializer, visitChild(node.expression), visitChild(node.statement));
    }
    const closureStep = isClosureStep(node);
    const machine = (ts.isClassExpression(node) && isMachine(node)) || closureStep;
    if (machine) machineDepth++;
    node = ts.visitEachChild(node, (c) => visit(c, inLoopHead && (ts.isVariableDeclarationList(node))), ctx);
    if (machine) machineDepth--;
    if (closureStep && ts.isFunctionExpression(node)) {
      const self = f.createParameterDeclaration(undefined, undefined, "this", undefined, any());
      return f.updateFunctionExpression(node, node.modifiers, node.asteriskToken, node.name, node.typeParameters, [self, ...node.parameters], any(), node.body);
    }
    if (ts.isCallExpression(node) && isDefineCall(node) && machineDepth === 0) {
      const source = byRange.get(`${node.pos}:${node.end}`);
      if (source && ts.isCallExpression(source)) return runtimeCall(node, "typed", [node, f.createArrowFunction(undefined, undefined, [], undefined, undefined, source)]);
    }
    if (ts.isMethodDeclaration(node) && !node.type && machineDepth === 0) {
      const source = byRange.get(`${node.pos}:${node.end}`);
      if (source && ts.isMethodDeclaration(source) && source.type) {
        return f.updateMethodDeclaration(node, node.modifiers, node.asteriskToken, node.name, node.questionToken, node.typeParameters, node.parameters, source.type, node.body);
      }
      if (source && ts.isMethodDeclaration(source) && source.body && node.body && (source.asteriskToken || source.modifiers?.some((m) => m.kind === ts.SyntaxKind.AsyncKeyword)) && !usesSuper(source.body)) {
        const ret = node.body.statements[0];
        if (node.body.statements.length === 1 && ts.isReturnStatement(ret) && ret.expression) {
          const self = f.createParameterDeclaration(undefined, undefined, "this", undefined, any());
          const witness = f.createFunctionExpression(source.modifiers?.filter((m) => m.kind === ts.SyntaxKind.AsyncKeyword), source.asteriskToken, undefined, source.typeParameters, [self, ...source.parameters], source.type, source.body);
          return f.updateMethodDeclaration(node, node.modifiers, node.asteriskToken, node.name, node.questionToken, node.typeParameters, node.parameters, undefined,
            f.updateBlock(node.body, [f.updateReturnStatement(ret, runtimeCall(node, "typedReturn", [ret.expression, witness]))]));
        }
      }
    }
    if (machineDepth > 0 && ts.isParameter(node) && !node.type && !(ts.isIdentifier(node.name) && node.name.text === "this")) {
      return f.updateParameterDeclaration(node, node.modifiers, node.dotDotDotToken, node.name, node.questionToken, any(), node.initializer);
    }
    if (machineDepth > 0 && (ts.isCallExpression(node) || ts.isNewExpression(node)) && node.typeArguments && isFrameAccess(node.expression)) {
      // `$f.loop.createFuture<unknown>()`, `new $f.Box<string>()`: the callee is a field now (any),
      // which takes no type arguments.
      return ts.isCallExpression(node) ? f.updateCallExpression(node, node.expression, undefined, node.arguments) : f.updateNewExpression(node, node.expression, undefined, node.arguments);
    }
    if (ts.isArrowFunction(node) && synthesized(node) && node.body.kind === ts.SyntaxKind.ElementAccessExpression && (node.body as ts.ElementAccessExpression).expression.kind === ts.SyntaxKind.SuperKeyword) {
      // `(k) => super[k]`, how a machine reaches the method's `super`: any key, so no index type.
      return ts.addSyntheticLeadingComment(node, ts.SyntaxKind.SingleLineCommentTrivia, " @ts-ignore: super[k] for the machine, k any", true);
    }
    if (machineDepth > 0 && (ts.isClassExpression(node) || ts.isClassDeclaration(node)) && node.heritageClauses?.some((h) => h.types.some((t) => isFrameAccess(t.expression)))) {
      // `class extends $f.Base`: the base is a field now (any), so `override` has nothing to check.
      const members = node.members.map((m) => (ts.canHaveModifiers(m) && ts.getModifiers(m)?.some((x) => x.kind === ts.SyntaxKind.OverrideKeyword) ? dropOverride(f, m) : m));
      return ts.isClassExpression(node)
        ? f.updateClassExpression(node, node.modifiers, node.name, node.typeParameters, node.heritageClauses, members)
        : f.updateClassDeclaration(node, node.modifiers, node.name, node.typeParameters, node.heritageClauses, members);
    }
    if (!synthesized(node)) return node;
    if (ts.isVariableDeclaration(node) && !node.type && !inLoopHead && ts.isIdentifier(node.name)) {
      return f.updateVariableDeclaration(node, node.name, node.exclamationToken, any(), node.initializer);
    }
    if (ts.isParameter(node) && !node.type) {
      return f.updateParameterDeclaration(node, node.modifiers, node.dotDotDotToken, node.name, node.questionToken, any(), node.initializer);
    }
    if (ts.isPropertyDeclaration(node) && !node.type) {
      return f.updatePropertyDeclaration(node, node.modifiers, node.name, node.questionToken ?? node.exclamationToken, any(), node.initializer);
    }
    if (ts.isMethodDeclaration(node) && !node.type) {
      return f.updateMethodDeclaration(node, node.modifiers, node.asteriskToken, node.name, node.questionToken, node.typeParameters, node.parameters, any(), node.body);
    }
    if (ts.isFunctionExpression(node) && !node.type) {
      return f.updateFunctionExpression(node, node.modifiers, node.asteriskToken, node.name, node.typeParameters, node.parameters, any(), node.body!);
    }
    if (ts.isClassExpression(node) && isMachine(node)) {
      const index = f.createIndexSignature(undefined, [f.createParameterDeclaration(undefined, undefined, "k", undefined, f.createKeywordTypeNode(ts.SyntaxKind.StringKeyword))], any());
      return f.updateClassExpression(node, node.modifiers, node.name, node.typeParameters, node.heritageClauses, [index, ...node.members]);
    }
    if (ts.isCaseClause(node) && fallsThrough(node)) {
      return ts.addSyntheticLeadingComment(node, ts.SyntaxKind.SingleLineCommentTrivia, " @ts-ignore: the state machine falls through to the next state", true);
    }
    return node;
  };
  const visitChild = <T extends ts.Node>(n: T): T => visit(n) as T;
  return (sf) => visit(sf) as ts.SourceFile;
}

/** A marked closure's step: a synthesized anonymous function expression whose body starts `const $f = this`. */
function isClosureStep(n: ts.Node): boolean {
  if (!ts.isFunctionExpression(n) || n.pos >= 0 || n.name) return false;
  const first = n.body.statements[0];
  if (!first || !ts.isVariableStatement(first)) return false;
  const d = first.declarationList.declarations[0];
  return !!d && ts.isIdentifier(d.name) && /^\$f\d*$/.test(d.name.text) && d.initializer?.kind === ts.SyntaxKind.ThisKeyword;
}

/** `__pycoro.defineGenerator(class ..., make)` and its siblings (`defineClosure(C, fn)` too). */
function isDefineCall(c: ts.CallExpression): boolean {
  const e = c.expression;
  return ts.isPropertyAccessExpression(e) && ts.isIdentifier(e.expression) && e.expression.text.startsWith("__pycoro") && /^define[A-Z]/.test(e.name.text);
}

function dropOverride(f: ts.NodeFactory, m: ts.ClassElement): ts.ClassElement {
  const keep = (mods: ts.NodeArray<ts.ModifierLike> | undefined) => mods?.filter((x) => x.kind !== ts.SyntaxKind.OverrideKeyword);
  if (ts.isMethodDeclaration(m)) return f.updateMethodDeclaration(m, keep(m.modifiers), m.asteriskToken, m.name, m.questionToken, m.typeParameters, m.parameters, m.type, m.body);
  if (ts.isPropertyDeclaration(m)) return f.updatePropertyDeclaration(m, keep(m.modifiers), m.name, m.questionToken ?? m.exclamationToken, m.type, m.initializer);
  if (ts.isGetAccessorDeclaration(m)) return f.updateGetAccessorDeclaration(m, keep(m.modifiers), m.name, m.parameters, m.type, m.body);
  if (ts.isSetAccessorDeclaration(m)) return f.updateSetAccessorDeclaration(m, keep(m.modifiers), m.name, m.parameters, m.body);
  return m;
}

/** `$f.x`, `$f1.y.z`: an access through a frame, whose fields are `any`. */
function isFrameAccess(e: ts.Expression): boolean {
  while (ts.isPropertyAccessExpression(e) || ts.isElementAccessExpression(e)) e = e.expression;
  return ts.isIdentifier(e) && /^\$f\d*$/.test(e.text);
}

function usesSuper(n: ts.Node): boolean {
  return n.kind === ts.SyntaxKind.SuperKeyword || (!ts.isFunctionDeclaration(n) && !ts.isFunctionExpression(n) && !!ts.forEachChild(n, usesSuper));
}

/** A state-machine class: it carries `static $meta`. */
function isMachine(c: ts.ClassExpression): boolean {
  return c.members.some((m) => ts.isPropertyDeclaration(m) && ts.isIdentifier(m.name) && m.name.text === "$meta");
}

/** A non-empty case whose last statement can complete normally (a cheap syntactic test). */
function fallsThrough(c: ts.CaseClause): boolean {
  const last = c.statements[c.statements.length - 1];
  if (!last) return false;
  return !(ts.isReturnStatement(last) || ts.isThrowStatement(last) || ts.isContinueStatement(last) || ts.isBreakStatement(last));
}
