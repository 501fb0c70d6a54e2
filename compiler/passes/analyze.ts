/**
 * analyze.ts — find the marked functions of a file and their suspension points.
 *
 * A function is compiled only where it is marked (SURFACE.md §1):
 *
 *   generator(function* () {...})              -> kind "generator"
 *   coroutine(function* () {...})              -> kind "generator-coroutine"
 *   coroutine(async function () {...}), coroutine(async () => ...)  -> kind "coroutine"
 *   coroutine(async function* () {...})        -> kind "async-generator"
 *   class A { @generator *m() {} @coroutine async m() {} ... }       -> the same, on methods
 *
 * Markers are recognised by symbol when a type checker is available (so re-exports and aliases
 * resolve), and otherwise by import tracking: `import { generator as g } from "pycoro"` and
 * `import * as pc from "pycoro"` (`pc.generator(...)`).
 *
 *   input : a SourceFile (+ optional TypeChecker)
 *   output: MarkedFunction[] and, per function, `suspends(node)` — does this subtree contain a
 *           yield / await / for-await / await-using of the marked function itself (nested
 *           functions excluded)? Memoised per node.
 */
import ts from "typescript";
import { Codes, formatDiagnostic, type Diagnostics } from "../diagnostics.js";

export type MarkerName = "generator" | "coroutine";
export type MachineKind = "generator" | "generator-coroutine" | "coroutine" | "async-generator";

export interface MarkedFunction {
  readonly fn: ts.FunctionExpression | ts.ArrowFunction | ts.MethodDeclaration;
  readonly kind: MachineKind;
  /** The marker call to replace (function markers) */
  readonly call?: ts.CallExpression;
  /** The decorator to remove (method markers) */
  readonly decorator?: ts.Decorator;
  readonly name: string;
  readonly qualname: string;
}

export const RUNTIME_MODULES = new Set(["pycoro"]);

export function isMarkerName(name: string): name is MarkerName {
  return name === "generator" || name === "coroutine";
}

/** `st` imports from the pycoro package (where the markers come from). */
export function isRuntimeImport(st: ts.Statement): st is ts.ImportDeclaration {
  return ts.isImportDeclaration(st) && ts.isStringLiteral(st.moduleSpecifier) && RUNTIME_MODULES.has(st.moduleSpecifier.text);
}

export class MarkerResolver {
  private readonly named = new Map<string, MarkerName>();
  private readonly namespaces = new Set<string>();
  constructor(sf: ts.SourceFile, private readonly checker?: ts.TypeChecker) {
    for (const st of sf.statements) {
      if (!isRuntimeImport(st)) continue;
      const b = st.importClause?.namedBindings;
      if (!b) continue;
      if (ts.isNamespaceImport(b)) this.namespaces.add(b.name.text);
      else for (const el of b.elements) {
        const imported = (el.propertyName ?? el.name).text;
        if (isMarkerName(imported)) this.named.set(el.name.text, imported);
      }
    }
  }

  /** Which marker does this expression denote, if any? */
  markerOf(e: ts.Expression): MarkerName | undefined {
    if (this.checker) {
      const viaChecker = this.bySymbol(e);
      if (viaChecker) return viaChecker;
    }
    if (ts.isIdentifier(e)) return isShadowed(e) ? undefined : this.named.get(e.text);
    if (ts.isPropertyAccessExpression(e) && ts.isIdentifier(e.expression) && this.namespaces.has(e.expression.text) && !isShadowed(e.expression)) {
      const n = e.name.text;
      return isMarkerName(n) ? n : undefined;
    }
    return undefined;
  }

  private bySymbol(e: ts.Expression): MarkerName | undefined {
    let sym = this.checker!.getSymbolAtLocation(ts.isPropertyAccessExpression(e) ? e.name : e);
    if (!sym) return undefined;
    if (sym.flags & ts.SymbolFlags.Alias) sym = this.checker!.getAliasedSymbol(sym);
    const name = sym.getName();
    if (!isMarkerName(name)) return undefined;
    const decl = sym.declarations?.[0];
    const file = decl?.getSourceFile().fileName ?? "";
    return /[\\/]pycoro[\\/]|[\\/]runtime[\\/]markers\.(d\.)?[cm]?[tj]s$/.test(file) ? name : undefined;
  }
}

function kindOf(marker: MarkerName, fn: ts.FunctionLikeDeclaration): MachineKind | undefined {
  const isAsync = !!fn.modifiers?.some((m) => m.kind === ts.SyntaxKind.AsyncKeyword);
  const isGen = !!fn.asteriskToken;
  if (marker === "generator") return isGen && !isAsync ? "generator" : undefined;
  if (isGen) return isAsync ? "async-generator" : "generator-coroutine";
  return isAsync ? "coroutine" : undefined;
}

const EXPECTED: Record<MarkerName, string> = {
  generator: "generator() takes a generator function expression: `generator(function* (...) { ... })`",
  coroutine: "coroutine() takes `async function`, `async (...) =>`, `async function*` or `function*` expressions: `coroutine(async function (...) { ... })`",
};

export interface Markers {
  readonly marked: MarkedFunction[];
  /** Marker calls that cannot be compiled, with their formatted diagnostic: each is replaced by a function that throws it. */
  readonly rejected: Map<ts.CallExpression, string>;
}

export function findMarkedFunctions(sf: ts.SourceFile, resolver: MarkerResolver, diags: Diagnostics): Markers {
  const out: MarkedFunction[] = [];
  const rejected = new Map<ts.CallExpression, string>();
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const marker = resolver.markerOf(skipOuterExpressions(node.expression));
      if (marker) {
        const arg = node.arguments.length === 1 ? skipParens(node.arguments[0]) : undefined;
        const fn = arg && (ts.isFunctionExpression(arg) || ts.isArrowFunction(arg)) ? arg : undefined;
        const kind = fn && kindOf(marker, fn);
        if (!fn || !kind) {
          diags.report(node, Codes.BadMarkerTarget, `${EXPECTED[marker]}.`);
          rejected.set(node, formatDiagnostic(diags.list[diags.list.length - 1]));
        } else {
          const name = fn.name?.text ?? nameFromContext(node) ?? "<anonymous>";
          out.push({ fn, kind, call: node, name, qualname: qualnameOf(node, name) });
        }
      }
    } else if (ts.isDecorator(node)) {
      const expr = node.expression;
      const marker = resolver.markerOf(expr);
      if (marker) {
        const m = node.parent;
        const kind = ts.isMethodDeclaration(m) && m.body ? kindOf(marker, m) : undefined;
        if (!kind || !ts.isMethodDeclaration(m)) {
          diags.report(node, Codes.BadDecoratorTarget, `@${marker} marks a method: ${marker === "generator" ? "`@generator *name() { ... }`" : "`@coroutine async name() { ... }` (or `async *name`, or `*name`)"}.`);
        } else {
          const name = ts.isIdentifier(m.name) || ts.isPrivateIdentifier(m.name) ? m.name.text : m.name.getText();
          out.push({ fn: m, kind, decorator: node, name, qualname: qualnameOf(m, name) });
        }
      }
    } else if (ts.isIdentifier(node) || ts.isPropertyAccessExpression(node)) {
      // A marker used other than as a call or decorator cannot be compiled statically.
      let outer: ts.Node = node;
      while (outer.parent && isOuterExpression(outer.parent)) outer = outer.parent;
      const parent = outer.parent;
      const isCallee = parent && (ts.isCallExpression(parent) && parent.expression === outer || ts.isDecorator(parent));
      const isImport = parent && (ts.isImportSpecifier(parent) || ts.isNamespaceImport(parent) || ts.isExportSpecifier(parent));
      const isQualified = parent && ts.isPropertyAccessExpression(parent) && parent.expression === node;
      const isName = parent && ts.isPropertyAccessExpression(parent) && parent.name === node;
      if (!isCallee && !isImport && !isQualified && !isName && !isTypePosition(node) && (ts.isPropertyAccessExpression(node) || isValueRef(node)) && resolver.markerOf(node as ts.Expression)) {
        diags.report(node, Codes.MarkerNotCalled,
          "pycoro can only compile a marker applied directly to a function expression (`generator(function* () {...})`) or used as a method decorator; this use is invisible to the compiler and the function will throw when called.",
          "warning");
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return { marked: out, rejected };
}

function isValueRef(id: ts.Identifier): boolean {
  const p = id.parent;
  return !(ts.isPropertyAssignment(p) && p.name === id) && !(ts.isBindingElement(p) && p.propertyName === id);
}
function isTypePosition(n: ts.Node): boolean {
  for (let p: ts.Node | undefined = n.parent; p; p = p.parent) {
    if (ts.isTypeNode(p) || ts.isTypeQueryNode(p)) return true;
    if (ts.isStatement(p) || ts.isExpressionStatement(p)) return false;
  }
  return false;
}

/**
 * What vanishes at run time around an expression: parentheses, `x as T`, `<T>x`, `x!`,
 * `x satisfies T`, `f<T>` — so `(generator as any)(...)` and `(<any>generator)(...)` are both marker
 * calls. The one definition of it: the marker finder, the spill pass and early.ts use it.
 */
export function isOuterExpression(e: ts.Node): e is ts.ParenthesizedExpression | ts.AsExpression | ts.TypeAssertion | ts.NonNullExpression | ts.SatisfiesExpression | ts.PartiallyEmittedExpression | ts.ExpressionWithTypeArguments {
  return ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isTypeAssertionExpression(e) || ts.isNonNullExpression(e) ||
    ts.isSatisfiesExpression(e) || ts.isPartiallyEmittedExpression(e) || ts.isExpressionWithTypeArguments(e);
}
export function skipOuterExpressions(e: ts.Expression): ts.Expression {
  while (isOuterExpression(e)) e = e.expression;
  return e;
}

export function skipParens(e: ts.Expression): ts.Expression {
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  return e;
}

function nameFromContext(call: ts.CallExpression): string | undefined {
  let n: ts.Node = call;
  while (isOuterExpression(n.parent)) n = n.parent;
  const p = n.parent;
  if (ts.isVariableDeclaration(p) && ts.isIdentifier(p.name)) return p.name.text;
  if ((ts.isPropertyAssignment(p) || ts.isPropertyDeclaration(p)) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name))) return p.name.text;
  if (ts.isBinaryExpression(p) && p.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
    if (ts.isIdentifier(p.left)) return p.left.text;
    if (ts.isPropertyAccessExpression(p.left)) return p.left.name.text;
  }
  return undefined;
}

/** Python's __qualname__: enclosing classes and functions, with `<locals>` after functions. */
function qualnameOf(node: ts.Node, name: string): string {
  const parts: string[] = [];
  for (let p = node.parent; p && !ts.isSourceFile(p); p = p.parent) {
    if (ts.isClassLike(p)) parts.unshift(p.name?.text ?? nameFromClassContext(p) ?? "<anonymous>");
    else if (ts.isFunctionLike(p) && p !== node) {
      const fname = (p as ts.FunctionLikeDeclaration).name;
      const fnName = fname && (ts.isIdentifier(fname) || ts.isPrivateIdentifier(fname)) ? fname.text
        : ts.isCallExpression(p.parent) ? nameFromContext(p.parent) ?? "<lambda>" : nameFromVar(p) ?? "<lambda>";
      parts.unshift(`${fnName}.<locals>`);
    }
  }
  // A marked function expression's own enclosing call is not a scope.
  return [...parts.filter((x, i) => !(i === parts.length - 1 && x === `${name}.<locals>`)), name].join(".");
}
function nameFromVar(p: ts.Node): string | undefined {
  const v = p.parent;
  return v && ts.isVariableDeclaration(v) && ts.isIdentifier(v.name) ? v.name.text : undefined;
}
function nameFromClassContext(c: ts.ClassLikeDeclaration): string | undefined {
  return nameFromVar(c);
}

/** Memoised: does `node` contain a suspension point of the function `fn` (not of nested functions)? */
export function suspensionAnalysis(fn: ts.FunctionLikeDeclaration, isAsync: boolean): (node: ts.Node) => boolean {
  const memo = new Map<ts.Node, boolean>();
  const check = (node: ts.Node): boolean => {
    const known = memo.get(node);
    if (known !== undefined) return known;
    let result = false;
    if (node !== fn && (ts.isFunctionLike(node) || ts.isClassLike(node))) {
      // Only computed names and heritage/static parts of a class run in our frame.
      if (ts.isClassLike(node)) result = node.members.some((m) => !!m.name && ts.isComputedPropertyName(m.name) && check(m.name)) ||
        !!node.heritageClauses?.some(check) || node.members.some((m) => (ts.isPropertyDeclaration(m) && !!m.modifiers?.some((x) => x.kind === ts.SyntaxKind.StaticKeyword) && !!m.initializer && check(m.initializer)));
      else if (node.name && ts.isComputedPropertyName(node.name)) result = check(node.name);
    } else if (ts.isYieldExpression(node) || (isAsync && ts.isAwaitExpression(node))) {
      result = true;
    } else if (isAsync && ts.isForOfStatement(node) && node.awaitModifier) {
      result = true;
    } else if (isAsync && ts.isVariableDeclarationList(node) && (node.flags & ts.NodeFlags.AwaitUsing) === ts.NodeFlags.AwaitUsing) {
      result = true;
    } else {
      result = !!ts.forEachChild(node, (c) => (check(c) ? true : undefined));
    }
    memo.set(node, result);
    return result;
  };
  return check;
}

/**
 * PYC3001: a coroutine created and dropped (`f();` where `f` is a marked async function) never
 * runs — Python's "coroutine 'f' was never awaited". With a type checker every call whose type is
 * pycoro's coroutine type is checked; without one, calls of coroutine functions marked in this file.
 */
export function reportDiscardedCoroutines(sf: ts.SourceFile, marked: readonly MarkedFunction[], diags: Diagnostics, checker?: ts.TypeChecker): void {
  const local = new Set<string>();
  for (const m of marked) {
    if (m.kind !== "coroutine" || !m.call) continue;
    const p = m.call.parent;
    if (ts.isVariableDeclaration(p) && ts.isIdentifier(p.name)) local.add(p.name.text);
  }
  const isCoroutineType = (call: ts.CallExpression): boolean => {
    if (!checker) return false;
    const sym = checker.getTypeAtLocation(call).getSymbol() ?? checker.getTypeAtLocation(call).aliasSymbol;
    const file = sym?.declarations?.[0]?.getSourceFile().fileName ?? "";
    return !!sym && /^(Py)?Coroutine$/.test(sym.getName()) && /[\\/](pycoro|runtime)[\\/]/.test(file);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isExpressionStatement(node)) {
      let e = node.expression;
      while (ts.isParenthesizedExpression(e)) e = e.expression;
      if (ts.isCallExpression(e) && ((ts.isIdentifier(e.expression) && local.has(e.expression.text)) || isCoroutineType(e))) {
        diags.report(e, Codes.CoroutineNotAwaited,
          `this coroutine is created and dropped, so it never runs (Python: "coroutine was never awaited"); write \`await ${e.expression.getText(sf)}(...)\`, or schedule it with \`createTask(...)\`.`, "warning");
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
}

/**
 * Without a type checker: is `id` bound by a declaration between it and the module scope (a
 * parameter, a local, a catch binding...)? Then it is not the imported marker.
 */
function isShadowed(id: ts.Identifier): boolean {
  const name = id.text;
  const binds = (n: ts.BindingName): boolean =>
    ts.isIdentifier(n) ? n.text === name : n.elements.some((el) => !ts.isOmittedExpression(el) && binds(el.name));
  const declares = (statements: readonly ts.Statement[]): boolean => statements.some((st) =>
    (ts.isVariableStatement(st) && st.declarationList.declarations.some((d) => binds(d.name))) ||
    ((ts.isFunctionDeclaration(st) || ts.isClassDeclaration(st)) && st.name?.text === name));
  for (let n: ts.Node = id; n.parent && !ts.isSourceFile(n.parent); n = n.parent) {
    const p = n.parent;
    if (ts.isFunctionLike(p)) {
      if (p.parameters.some((x) => binds(x.name))) return true;
      if ((ts.isFunctionExpression(p) || ts.isClassExpression(p)) && p.name?.text === name) return true;
    } else if (ts.isBlock(p) || ts.isModuleBlock(p)) {
      if (declares(p.statements)) return true;
    } else if (ts.isCaseBlock(p)) {
      if (p.clauses.some((c) => declares(c.statements))) return true;
    } else if (ts.isCatchClause(p)) {
      if (p.variableDeclaration && binds(p.variableDeclaration.name)) return true;
    } else if (ts.isForStatement(p) || ts.isForInStatement(p) || ts.isForOfStatement(p)) {
      const init = p.initializer;
      if (init && ts.isVariableDeclarationList(init) && init.declarations.some((d) => binds(d.name))) return true;
    }
  }
  return false;
}
