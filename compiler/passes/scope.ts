/**
 * scope.ts — resolve every identifier inside a marked function to its binding.
 *
 * The transformer must work under `ts.transpileModule`, where there is no type checker, so it
 * cannot ask TypeScript which declaration a name refers to. This file does the (small) part of
 * name resolution pycoro needs: for one marked function it builds the tree of scopes (the
 * function itself, blocks, `for` heads, `catch` clauses, and every nested function or class
 * method), and maps each identifier *reference* to the binding it denotes, if that binding is
 * declared by the marked function itself (its parameters and locals). References to anything
 * declared outside the marked function stay untouched by the later passes.
 *
 *   input : the marked function node (FunctionExpression or MethodDeclaration)
 *   output: ScopeInfo { bindings, refs: Identifier -> Binding, declNames: Identifier -> Binding }
 *
 * Type positions (annotations, `as T`, type arguments, interfaces) are skipped: they vanish in
 * the emitted JavaScript.
 */
import ts from "typescript";

export type BindingKind = "param" | "var" | "let" | "const" | "function" | "class" | "catch";

export interface Binding {
  readonly name: string;
  readonly kind: BindingKind;
  /** The scope that declares it (a scope of the marked function, not of a nested function). */
  readonly scope: Scope;
  /** Identifiers that declare it (a `var` may be declared several times). */
  readonly declarations: ts.Identifier[];
  /** Set when a nested function or class refers to it (it escapes into a closure). */
  captured: boolean;
}

export interface Scope {
  readonly node: ts.Node;
  readonly parent: Scope | undefined;
  /** True for the marked function's own scopes; false inside nested functions. */
  readonly own: boolean;
  readonly isFunction: boolean;
  readonly bindings: Map<string, Binding>;
}

export interface ScopeInfo {
  readonly root: Scope;
  /** Every binding declared by the marked function, in declaration order. */
  readonly bindings: Binding[];
  /** Reference identifiers (including declaring identifiers) that denote an own binding. */
  readonly refs: Map<ts.Identifier, Binding>;
  /** The scope each own block-like node opens (Block, for-statements, catch clauses, case blocks). */
  readonly scopeOf: Map<ts.Node, Scope>;
  /** Does the marked function use `this` / `arguments` (outside nested non-arrow functions)? */
  readonly usesThis: boolean;
  readonly usesArguments: boolean;
  /** The marked function expression's own name (`generator(function* walk() { ... walk() ... })`). */
  readonly selfBinding?: Binding;
  /** Does it use `super` (a marked method calling the overridden method)? */
  readonly usesSuper: boolean;
  /** Every identifier text appearing in the function: fresh names must avoid these. */
  readonly allNames: Set<string>;
}

export function analyzeScopes(fn: ts.FunctionLikeDeclaration): ScopeInfo {
  const bindings: Binding[] = [];
  const refs = new Map<ts.Identifier, Binding>();
  const scopeOf = new Map<ts.Node, Scope>();
  const allNames = new Set<string>();
  let usesThis = false;
  let usesArguments = false;
  let usesSuper = false;

  const newScope = (node: ts.Node, parent: Scope | undefined, own: boolean, isFunction: boolean): Scope => {
    const scope: Scope = { node, parent, own, isFunction, bindings: new Map() };
    scopeOf.set(node, scope);
    return scope;
  };

  const declare = (scope: Scope, id: ts.Identifier, kind: BindingKind): void => {
    const name = id.text;
    let b = scope.bindings.get(name);
    if (!b) {
      b = { name, kind, scope, declarations: [], captured: false };
      scope.bindings.set(name, b);
      if (scope.own) bindings.push(b);
    }
    if (!b.declarations.includes(id)) b.declarations.push(id);
    if (scope.own) refs.set(id, b);
  };

  const functionScopeOf = (scope: Scope): Scope => {
    let s = scope;
    while (!s.isFunction) s = s.parent!;
    return s;
  };

  const declarePattern = (scope: Scope, name: ts.BindingName, kind: BindingKind): void => {
    if (ts.isIdentifier(name)) return declare(scope, name, kind);
    for (const el of name.elements) if (!ts.isOmittedExpression(el)) declarePattern(scope, el.name, kind);
  };

  // Pass 1: hoist declarations of one scope's statement list (var to the function scope,
  // let/const/class/function to the block), before any reference inside it is resolved.
  const hoistStatements = (statements: readonly ts.Node[], scope: Scope): void => {
    for (const st of statements) {
      if (ts.isVariableStatement(st)) hoistVarList(st.declarationList, scope);
      else if (ts.isFunctionDeclaration(st) && st.name) declare(scope, st.name, "function");
      else if (ts.isClassDeclaration(st) && st.name) declare(scope, st.name, "class");
      else if ((ts.isEnumDeclaration(st) || ts.isModuleDeclaration(st)) && ts.isIdentifier(st.name)) declare(scope, st.name, "let");
      hoistVarsDeep(st, scope);
    }
  };
  const hoistVarList = (list: ts.VariableDeclarationList, scope: Scope): void => {
    const isBlockScoped = (list.flags & ts.NodeFlags.BlockScoped) !== 0;
    const kind: BindingKind = list.flags & ts.NodeFlags.Const ? "const" : isBlockScoped ? "let" : "var";
    const target = isBlockScoped ? scope : functionScopeOf(scope);
    for (const d of list.declarations) declarePattern(target, d.name, kind);
  };
  // `var` declarations nested in blocks/loops belong to the enclosing function scope.
  const hoistVarsDeep = (node: ts.Node, scope: Scope): void => {
    const visit = (n: ts.Node): void => {
      if (ts.isFunctionLike(n) || ts.isClassLike(n)) return;
      if (ts.isVariableDeclarationList(n) && (n.flags & ts.NodeFlags.BlockScoped) === 0 && n !== (node as any).declarationList) {
        for (const d of n.declarations) declarePattern(functionScopeOf(scope), d.name, "var");
      }
      ts.forEachChild(n, visit);
    };
    if (ts.isVariableStatement(node)) return; // handled by hoistVarList
    ts.forEachChild(node, visit);
  };

  const resolve = (scope: Scope, id: ts.Identifier): void => {
    allNames.add(id.text);
    let crossedFunction = false;
    for (let s: Scope | undefined = scope; s; s = s.parent) {
      const b = s.bindings.get(id.text);
      if (b) {
        if (s.own) {
          refs.set(id, b);
          if (crossedFunction) b.captured = true;
        }
        return;
      }
      if (s.isFunction && !s.own) crossedFunction = true;
    }
  };

  // Pass 2: walk, opening scopes and resolving references.
  const walk = (node: ts.Node, scope: Scope, inNonArrowFn: boolean): void => {
    if (isTypeOnly(node)) return;
    if (ts.isIdentifier(node)) {
      if (isReference(node)) resolve(scope, node);
      else allNames.add(node.text);
      if (node.text === "arguments" && !inNonArrowFn && isReference(node) && !findBinding(scope, "arguments")) usesArguments = true;
      return;
    }
    if (node.kind === ts.SyntaxKind.ThisKeyword) {
      if (!inNonArrowFn) usesThis = true;
      return;
    }
    if (node.kind === ts.SyntaxKind.SuperKeyword) {
      if (!inNonArrowFn) { usesSuper = true; usesThis = true; }
      return;
    }
    if (ts.isFunctionLike(node) && node !== fn) return walkFunction(node, scope, inNonArrowFn);
    if (ts.isClassLike(node)) {
      const inner = newScope(node, scope, false, false);
      if (node.name && ts.isClassExpression(node)) declare(inner, node.name, "class");
      if (node.name && ts.isClassDeclaration(node)) resolve(scope, node.name);
      // class bodies: `this` inside members is the instance, not ours
      ts.forEachChild(node, (c) => {
        if (c === node.name) return;
        if (ts.isHeritageClause(c)) return ts.forEachChild(c, (t) => walk(t, scope, inNonArrowFn));
        walk(c, inner, true);
      });
      return;
    }
    if (ts.isBlock(node) || ts.isCaseBlock(node) || ts.isModuleBlock(node)) {
      const s = newScope(node, scope, scope.own, false);
      const stmts = ts.isCaseBlock(node) ? node.clauses.flatMap((c) => [...c.statements]) : node.statements;
      hoistStatements(stmts, s);
      ts.forEachChild(node, (c) => walk(c, s, inNonArrowFn));
      return;
    }
    if (ts.isForStatement(node) || ts.isForInStatement(node) || ts.isForOfStatement(node)) {
      const s = newScope(node, scope, scope.own, false);
      const init = ts.isForStatement(node) ? node.initializer : node.initializer;
      if (init && ts.isVariableDeclarationList(init)) hoistVarList(init, s);
      ts.forEachChild(node, (c) => walk(c, s, inNonArrowFn));
      return;
    }
    if (ts.isCatchClause(node)) {
      const s = newScope(node, scope, scope.own, false);
      if (node.variableDeclaration) declarePattern(s, node.variableDeclaration.name, "catch");
      ts.forEachChild(node, (c) => walk(c, s, inNonArrowFn));
      return;
    }
    ts.forEachChild(node, (c) => walk(c, scope, inNonArrowFn));
  };

  const walkFunction = (f: ts.SignatureDeclaration, scope: Scope, inNonArrowFn: boolean): void => {
    const s = newScope(f, scope, false, true);
    const isArrow = ts.isArrowFunction(f);
    if (ts.isFunctionExpression(f) && f.name) declare(s, f.name, "function");
    for (const p of f.parameters) declarePattern(s, p.name, "param");
    const body = (f as ts.FunctionLikeDeclaration).body;
    if (body && ts.isBlock(body)) hoistStatements(body.statements, s);
    if (f.name && ts.isComputedPropertyName(f.name)) walk(f.name, scope, inNonArrowFn);
    for (const p of f.parameters) walk(p, s, isArrow ? inNonArrowFn : true);
    if (body) {
      if (ts.isBlock(body)) ts.forEachChild(body, (c) => walk(c, s, isArrow ? inNonArrowFn : true));
      else walk(body, s, isArrow ? inNonArrowFn : true);
    }
  };

  // A named function expression sees its own name in a scope of its own, outside the parameters.
  let selfBinding: Binding | undefined;
  let rootParent: Scope | undefined;
  if (ts.isFunctionExpression(fn) && fn.name) {
    rootParent = newScope(fn.name, undefined, true, true);
    declare(rootParent, fn.name, "function");
    selfBinding = rootParent.bindings.get(fn.name.text);
  }
  const root = newScope(fn, rootParent, true, true);
  for (const p of fn.parameters) declarePattern(root, p.name, "param");
  const body = fn.body!;
  if (ts.isBlock(body)) hoistStatements(body.statements, root);
  for (const p of fn.parameters) walk(p, root, false);
  if (ts.isBlock(body)) ts.forEachChild(body, (c) => walk(c, root, false));
  else walk(body, root, false);
  return { root, bindings, refs, scopeOf, usesThis, usesArguments, usesSuper, allNames, selfBinding };
}

function findBinding(scope: Scope, name: string): Binding | undefined {
  for (let s: Scope | undefined = scope; s; s = s.parent) {
    const b = s.bindings.get(name);
    if (b) return b;
  }
  return undefined;
}

/** Nodes that only exist for the type checker. */
export function isTypeOnly(node: ts.Node): boolean {
  if (ts.isExpressionWithTypeArguments(node) && ts.isHeritageClause(node.parent) && node.parent.token === ts.SyntaxKind.ExtendsKeyword &&
      ts.isClassLike(node.parent.parent)) return false; // `class extends Base`: Base is a value
  return (
    ts.isTypeNode(node) ||
    ts.isInterfaceDeclaration(node) ||
    ts.isTypeAliasDeclaration(node) ||
    ts.isTypeParameterDeclaration(node) ||
    (ts.isHeritageClause(node) && node.token === ts.SyntaxKind.ImplementsKeyword) ||
    node.kind === ts.SyntaxKind.DeclareKeyword
  );
}

/** Is this identifier a reference to (or declaration of) a variable, as opposed to a property name or label? */
export function isReference(id: ts.Identifier): boolean {
  const p = id.parent;
  if (!p) return true;
  if (ts.isPropertyAccessExpression(p) && p.name === id) return false;
  if (ts.isQualifiedName(p)) return false;
  if ((ts.isPropertyAssignment(p) || ts.isMethodDeclaration(p) || ts.isPropertyDeclaration(p) ||
       ts.isGetAccessorDeclaration(p) || ts.isSetAccessorDeclaration(p) || ts.isPropertySignature(p) ||
       ts.isMethodSignature(p) || ts.isEnumMember(p)) && p.name === id) return false;
  if (ts.isBindingElement(p) && p.propertyName === id) return false;
  if ((ts.isLabeledStatement(p) || ts.isBreakStatement(p) || ts.isContinueStatement(p)) && p.label === id) return false;
  if (ts.isMetaProperty(p)) return false;
  if (ts.isJsxAttribute(p)) return false;
  if ((ts.isImportSpecifier(p) || ts.isExportSpecifier(p)) ) return false;
  if (ts.isClassExpression(p) && p.name === id) return true;
  return true;
}
