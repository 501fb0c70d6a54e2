/**
 * rename.ts — rewrite the code that stays verbatim to the homes hoist.ts planned.
 *
 * References become their homes (`x` -> `$f.x`, `x_`, `$f.$env1.x`), declarations of frame-homed
 * bindings become assignments, closures over env bindings are wrapped so they capture the current
 * environment object, `this`/`arguments`/`super` of the marked function go through the frame, and
 * break/continue/return that leave the verbatim statement are handed to the lowerer's `onJump`.
 */
import ts from "typescript";
import type { Binding, ScopeInfo } from "./scope.js";
import { skipOuterExpressions, isOuterExpression, isRuntimeImport } from "./analyze.js";
import { collectNames, isIterationStatement, type Home, type EnvScope, type StoragePlan } from "./hoist.js";

/**
 * Rewrites code that stays verbatim: renames references to their homes, turns declarations of
 * frame-homed bindings into assignments, wraps closures over env bindings, and hands
 * break/continue/return that leave the verbatim statement to `onJump`.
 */
export interface RewriteHooks {
  /** A jump from verbatim code to a lowered target: return the statement that replaces it, or undefined to keep it. */
  onJump(node: ts.BreakStatement | ts.ContinueStatement | ts.ReturnStatement, expr: ts.Expression | undefined): ts.Statement | undefined;
}

export class Renamer {
  private readonly f: ts.NodeFactory;
  /** Anonymous functions/classes about to be stored in a renamed binding, with the binding's name. */
  private readonly pendingNames = new Map<ts.Node, string>();
  constructor(
    private readonly ctx: ts.TransformationContext,
    private readonly scopes: ScopeInfo,
    private readonly plan: StoragePlan,
    /** Compiles a marked function nested in this one (returns its replacement), if `node` is one. */
    private readonly nested?: (node: ts.Node) => ts.Node | undefined,
    /** The runtime namespace's identifier (`__pycoro`), for the TDZ and constant helpers. */
    private readonly runtime?: string,
  ) { this.f = ctx.factory; }

  frame(): ts.Identifier { return this.f.createIdentifier(this.plan.names.frame); }
  field(name: string): ts.PropertyAccessExpression { return this.f.createPropertyAccessExpression(this.frame(), name); }

  homeOf(id: ts.Identifier): Home | undefined {
    const b = this.scopes.refs.get(ts.getOriginalNode(id) as ts.Identifier);
    return b && this.plan.homes.get(b);
  }

  /** The expression that reads/writes binding `id` from the marked function's own code (`closureEnvs` set inside a wrapped closure). */
  access(id: ts.Identifier, closureEnvs?: Set<EnvScope>): ts.Expression | undefined {
    const h = this.homeOf(id);
    if (!h || h.kind === "native") return undefined;
    const orig = ts.getOriginalNode(id) as ts.Identifier;
    const b = this.scopes.refs.get(orig)!;
    // Inside its own body a class refers to itself by its inner name (the emitted class expression
    // keeps the name): the frame field is assigned only after the class is evaluated.
    if (b.kind === "class" && !b.declarations.includes(orig) && isInsideOwnClass(orig, b)) return undefined;
    const f = this.f;
    let holder: ts.Expression | undefined, key: string | undefined;
    let e: ts.Expression;
    if (h.kind === "step") e = f.createIdentifier(h.name);
    // (a closure's class is shared by every evaluation of its marker: the frame holds its function)
    else if (h.kind === "self") {
      e = this.plan.closure ? f.createPropertyAccessExpression(this.frame(), "$fn") : f.createPropertyAccessExpression(f.createPropertyAccessExpression(this.frame(), "constructor"), "$fn");
      // `walk(n)` calls the function with `this` undefined, as natively: `(0, $f.$fn)(n)`, not a method call on the frame.
      if (isCallee(orig)) e = f.createParenthesizedExpression(f.createComma(f.createNumericLiteral(0), e));
    }
    else if (h.kind === "field") { holder = this.frame(); key = h.field; e = this.field(h.field); }
    else {
      if (closureEnvs) closureEnvs.add(h.env);
      holder = closureEnvs ? f.createIdentifier(h.env.param) : this.field(h.env.field);
      key = id.text;
      e = f.createPropertyAccessExpression(holder, key);
    }
    if (holder && key && this.plan.tdzRefs?.has(orig)) {
      // `tdz($f, "x", "x").x`: a ReferenceError while the binding is uninitialized, else `$f.x`.
      e = f.createPropertyAccessExpression(this.helper("tdz", [holder, f.createStringLiteral(key), f.createStringLiteral(id.text)]), key);
    }
    if ((holder || (ts.isIdentifier(e) && e.text !== id.text)) && (isCallee(orig) || isConstructee(orig)) && !RAW_CALLEES.has(orig)) {
      // `f()` / f`...` with f held by the frame (or an env object): `__pycoro.callable($f.f, "f")()`
      // calls f with `this` undefined, as natively (`$f.f()` would pass the frame as `this`), and a
      // non-function raises V8's `f is not a function`, not `$f.f is not a function`. `new F()`:
      // `new (__pycoro.constructible($f.F, "F"))()`, V8's `F is not a constructor`. (Found by the
      // differential fuzzer's calls of frame-held functions reading `this` and of non-functions.)
      e = this.helper(isCallee(orig) ? "callable" : "constructible", [e, f.createStringLiteral(id.text)]);
      if (isConstructee(orig)) e = f.createParenthesizedExpression(e);
    }
    if ((b.kind === "const" || h.kind === "self") && !b.declarations.includes(orig) && isAssignmentTarget(orig)) {
      // A write to a constant (or to a function expression's own name) throws TypeError, as natively;
      // without this it would write the frame field (or the compiled class's shared `$fn`).
      e = f.createPropertyAccessExpression(this.helper("constant", [e]), "v");
    }
    return ts.setTextRange(e, id);
  }

  private helper(name: string, args: ts.Expression[]): ts.Expression {
    return this.f.createCallExpression(this.f.createPropertyAccessExpression(this.f.createIdentifier(this.runtime ?? "__pycoro"), name), undefined, args);
  }

  /**
   * `value` is about to be stored in binding `name` of ours whose home is no plain variable: an
   * anonymous function or class there gets the name natively (`let cb = () => 1` names it "cb"),
   * but not once stored in `$f.cb`. Remember it; the closure is named when visited.
   */
  nameFor(value: ts.Expression | undefined, name: ts.Identifier): void {
    if (!value || !ts.isIdentifier(name) || !this.homeOf(name) || this.homeOf(name)!.kind === "native") return;
    const e = skipOuterExpressions(value);
    if (ts.isArrowFunction(e) || (ts.isFunctionExpression(e) && !e.name) || (ts.isClassExpression(e) && !e.name)) this.pendingNames.set(e, name.text);
  }

  private named(e: ts.Node, name: string): ts.Node {
    const f = this.f;
    if (ts.isFunctionExpression(e) && !e.name) return f.updateFunctionExpression(e, e.modifiers, e.asteriskToken, f.createIdentifier(name), e.typeParameters, e.parameters, e.type, e.body);
    if (ts.isClassExpression(e) && !e.name) return f.updateClassExpression(e, e.modifiers, f.createIdentifier(name), e.typeParameters, e.heritageClauses, e.members);
    // An arrow cannot have its own name: a property definition gives it one (`({ cb: () => 1 }).cb`).
    if (ts.isArrowFunction(e)) return f.createPropertyAccessExpression(f.createParenthesizedExpression(f.createObjectLiteralExpression([f.createPropertyAssignment(name, e)])), name);
    return e;
  }


  /** Rewrite an expression or statement with no suspension inside. */
  visit<T extends ts.Node>(node: T, hooks: RewriteHooks): T {
    return this.visitNode(node, hooks, undefined, { labels: [], loops: 0, switches: 0 }) as T;
  }

  private visitNode(node: ts.Node, hooks: RewriteHooks, closure: Set<EnvScope> | undefined, jumps: NativeJumps): ts.Node {
    const f = this.f;
    const visitor = (n: ts.Node): ts.Node => this.visitNode(n, hooks, closure, jumps);
    const compiled = this.nested?.(node);
    // The nested machine refers to our locals by their original identifiers: rename those too.
    if (compiled) return this.visitNode(compiled, hooks, closure, jumps);
    if (ts.isIdentifier(node)) {
      if (node.text === "arguments" && !closure?.has(NON_ARROW) && this.scopes.usesArguments && !this.homeOf(node)) return this.field("$a");
      return this.access(node, closure) ?? node;
    }
    if (node.kind === ts.SyntaxKind.ThisKeyword) return closure?.has(NON_ARROW) ? node : this.field("$t");
    if (!closure?.has(NON_ARROW)) {
      const sup = this.superAccess(node, (n) => this.visitNode(n, hooks, closure, jumps) as ts.Expression);
      if (sup) return sup;
    }
    if (ts.isShorthandPropertyAssignment(node)) {
      const acc = this.access(node.name, closure);
      if (acc) {
        // `({ a = 1 } = o)`: the default stays (and names an anonymous function: `a`).
        const dflt = node.objectAssignmentInitializer;
        if (dflt) this.nameFor(dflt, node.name);
        return f.createPropertyAssignment(node.name.text, dflt ? f.createAssignment(acc, this.visitNode(dflt, hooks, closure, jumps) as ts.Expression) : acc);
      }
      return ts.visitEachChild(node, visitor, this.ctx);
    }
    if (ts.isBinaryExpression(node) && ts.isIdentifier(node.left) && isNamingAssignment(node.operatorToken.kind)) this.nameFor(node.right, node.left);
    if (!closure && ts.isCallExpression(node)) {
      const c = this.argsCall(node, visitor);
      if (c) return c;
    }
    // The marked function's own spreads and simple array patterns drive a pycoro generator directly (issue 12).
    if (!closure && ts.isSpreadElement(node)) {
      const s = this.spread(node, visitor);
      if (s) return s;
    }
    if (!closure && ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isArrayLiteralExpression(node.left) && !neverAGenerator(node.right)) {
      const n = this.simpleAssignmentPattern(node.left);
      if (n !== undefined) {
        const target = this.visitNode(node.left, hooks, closure, jumps) as ts.Expression;
        return this.takeAssignment(target, this.visitNode(node.right, hooks, closure, jumps) as ts.Expression, n, node.right, SITE_ASSIGN);
      }
    }
    if (ts.isPropertyAccessExpression(node)) {
      return f.updatePropertyAccessExpression(node, this.visitNode(node.expression, hooks, closure, jumps) as ts.Expression, node.name);
    }
    if (isFunctionOrClass(node)) return this.visitClosure(node, hooks, closure, jumps);
    if (ts.isVariableStatement(node)) {
      const list = this.declarationList(node.declarationList, hooks, closure, jumps);
      if (ts.isVariableDeclarationList(list)) return f.updateVariableStatement(node, node.modifiers, list);
      return ts.setTextRange(f.createExpressionStatement(list), node);
    }
    if (ts.isForStatement(node) && node.initializer && ts.isVariableDeclarationList(node.initializer)) {
      const init = this.declarationList(node.initializer, hooks, closure, jumps);
      return this.loop(jumps, (j) => f.updateForStatement(node, init,
        node.condition && (this.visitNode(node.condition, hooks, closure, j) as ts.Expression),
        node.incrementor && (this.visitNode(node.incrementor, hooks, closure, j) as ts.Expression),
        this.visitNode(node.statement, hooks, closure, j) as ts.Statement));
    }
    if ((ts.isForInStatement(node) || ts.isForOfStatement(node)) && ts.isVariableDeclarationList(node.initializer)) {
      const decl = node.initializer.declarations[0];
      let init: ts.ForInitializer = node.initializer;
      if (this.isFieldHomed(decl.name)) init = this.bindingToTarget(decl.name, hooks, closure, jumps);
      else init = ts.visitEachChild(node.initializer, visitor, this.ctx);
      return this.loop(jumps, (j) => {
        const expr = this.visitNode(node.expression, hooks, closure, j) as ts.Expression;
        const body = this.visitNode(node.statement, hooks, closure, j) as ts.Statement;
        return ts.isForInStatement(node) ? f.updateForInStatement(node, init, expr, body)
          : f.updateForOfStatement(node, node.awaitModifier, init, expr, body);
      });
    }
    if (ts.isNewExpression(node) && node.typeArguments) {
      // `new X<T>()` with X checked by `constructible` (access): `X`'s type argument no longer
      // applies to what is constructed as far as TypeScript can see (`--emit ts`); JavaScript drops it.
      const v = ts.visitEachChild(node, visitor, this.ctx);
      const callee = v.expression;
      if (ts.isParenthesizedExpression(callee) && ts.isCallExpression(callee.expression) && ts.isPropertyAccessExpression(callee.expression.expression) &&
        callee.expression.expression.name.text === "constructible") return f.updateNewExpression(v, callee, undefined, v.arguments);
      return v;
    }
    if (isIterationStatement(node)) return this.loop(jumps, (j) => ts.visitEachChild(node, (n) => this.visitNode(n, hooks, closure, j), this.ctx));
    if (ts.isSwitchStatement(node)) {
      const j = { ...jumps, switches: jumps.switches + 1 };
      return ts.visitEachChild(node, (n) => this.visitNode(n, hooks, closure, j), this.ctx);
    }
    if (ts.isLabeledStatement(node)) {
      const j = { ...jumps, labels: [...jumps.labels, node.label.text] };
      return f.updateLabeledStatement(node, node.label, this.visitNode(node.statement, hooks, closure, j) as ts.Statement);
    }
    if (!closure && (ts.isBreakStatement(node) || ts.isContinueStatement(node))) {
      const label = node.label?.text;
      const inside = label ? jumps.labels.includes(label)
        : ts.isBreakStatement(node) ? jumps.loops + jumps.switches > 0 : jumps.loops > 0;
      if (!inside) return hooks.onJump(node, undefined) ?? node;
      return node;
    }
    if (!closure && ts.isReturnStatement(node)) {
      const expr = node.expression && (this.visitNode(node.expression, hooks, closure, jumps) as ts.Expression);
      return hooks.onJump(node, expr) ?? f.updateReturnStatement(node, expr);
    }
    if (ts.isBindingElement(node) || ts.isVariableDeclaration(node)) return ts.visitEachChild(node, visitor, this.ctx);
    return ts.visitEachChild(node, visitor, this.ctx);
  }

  /**
   * `super.m(...)` / `super.m` / `super[k]` of a marked method: the step runs on the frame, so
   * `super` comes from an accessor the method passes in (`$f.$super(key)` reads `super[key]` with
   * the method's receiver).
   */
  private superAccess(node: ts.Node, visit: (n: ts.Node) => ts.Expression): ts.Expression | undefined {
    const f = this.f;
    const keyOf = (e: ts.Node): ts.Expression | undefined =>
      ts.isPropertyAccessExpression(e) && e.expression.kind === ts.SyntaxKind.SuperKeyword ? f.createStringLiteral(e.name.text)
      : ts.isElementAccessExpression(e) && e.expression.kind === ts.SyntaxKind.SuperKeyword ? visit(e.argumentExpression) : undefined;
    const read = (key: ts.Expression) => f.createCallExpression(this.field("$super"), undefined, [key]);
    if (ts.isCallExpression(node)) {
      const key = keyOf(node.expression);
      if (!key) return undefined;
      return f.createCallExpression(f.createPropertyAccessExpression(read(key), "call"), undefined, [this.field("$t"), ...node.arguments.map(visit)]);
    }
    const key = keyOf(node);
    return key && read(key);
  }

  private loop(jumps: NativeJumps, build: (j: NativeJumps) => ts.Node): ts.Node {
    return build({ ...jumps, loops: jumps.loops + 1 });
  }

  private isFieldHomed(name: ts.BindingName): boolean {
    let homed = false;
    collectNames(name, (id) => { const h = this.homeOf(id); if (h && h.kind !== "native") homed = true; });
    return homed;
  }

  /** `let a = 1, {b} = o` with frame-homed bindings -> `$f.a = 1, ({b: $f.b} = o)` (a bare `let a;` resets a to undefined). */
  private declarationList(list: ts.VariableDeclarationList, hooks: RewriteHooks, closure: Set<EnvScope> | undefined, jumps: NativeJumps): ts.VariableDeclarationList | ts.Expression {
    const f = this.f;
    // `const [a, b] = x` (a simple pattern, in the marked function's own code): its first values come
    // from `take`, and a declarator after it closes what take left open (`untaken`).
    const taken = (d: ts.VariableDeclaration) => !closure && d.initializer && ts.isArrayBindingPattern(d.name) && !neverAGenerator(d.initializer) ? this.simpleBindingPattern(d.name) : undefined;
    if (!list.declarations.some((d) => this.isFieldHomed(d.name))) {
      if (!list.declarations.some((d) => taken(d) !== undefined)) return ts.visitEachChild(list, (n) => this.visitNode(n, hooks, closure, jumps), this.ctx);
      const decls: ts.VariableDeclaration[] = [];
      for (const d of list.declarations) {
        const v = this.visitNode(d, hooks, closure, jumps) as ts.VariableDeclaration;
        const n = taken(d);
        if (n === undefined) { decls.push(v); continue; }
        decls.push(f.updateVariableDeclaration(v, v.name, v.exclamationToken, v.type, this.take(v.initializer!, n, d.initializer!, SITE_DECL)));
        decls.push(f.createVariableDeclaration(`$untaken${++this.untakenCount}`, undefined, undefined, this.helper("untaken", [])));
      }
      return f.updateVariableDeclarationList(list, decls);
    }
    const parts: ts.Expression[] = [];
    const isVar = (list.flags & ts.NodeFlags.BlockScoped) === 0;
    for (const d of list.declarations) {
      if (!d.initializer && (isVar || !ts.isIdentifier(d.name))) continue;
      if (ts.isIdentifier(d.name)) this.nameFor(d.initializer, d.name);
      const value = d.initializer ? (this.visitNode(d.initializer, hooks, closure, jumps) as ts.Expression) : f.createVoidZero();
      const n = taken(d);
      const target = this.bindingToTarget(d.name, hooks, closure, jumps);
      parts.push(ts.setTextRange(n === undefined ? f.createAssignment(target, value) : this.takeAssignment(target, value, n, d.initializer!, SITE_DECL), d));
    }
    if (parts.length === 0) return f.createVoidZero();
    return parts.reduce((a, b) => f.createComma(a, b));
  }

  /** A binding pattern as an assignment target: `{a, b: [c = 1]}` -> `{a: $f.a, b: [$f.c = 1]}`. */
  bindingToTarget(name: ts.BindingName, hooks: RewriteHooks, closure?: Set<EnvScope>, jumps: NativeJumps = { labels: [], loops: 0, switches: 0 }): ts.Expression {
    const f = this.f;
    if (ts.isIdentifier(name)) return this.access(name, closure) ?? name;
    const init = (el: ts.BindingElement, target: ts.Expression): ts.Expression => {
      if (!el.initializer) return target;
      if (ts.isIdentifier(el.name)) this.nameFor(el.initializer, el.name);
      return f.createAssignment(target, this.visitNode(el.initializer, hooks, closure, jumps) as ts.Expression);
    };
    if (ts.isObjectBindingPattern(name)) {
      return f.createObjectLiteralExpression(name.elements.map((el) => {
        const target = this.bindingToTarget(el.name, hooks, closure, jumps);
        if (el.dotDotDotToken) return f.createSpreadAssignment(target);
        const key = el.propertyName
          ? (ts.isComputedPropertyName(el.propertyName) ? f.createComputedPropertyName(this.visitNode(el.propertyName.expression, hooks, closure, jumps) as ts.Expression) : el.propertyName)
          : f.createIdentifier((el.name as ts.Identifier).text);
        return f.createPropertyAssignment(key as ts.PropertyName, init(el, target));
      }));
    }
    return f.createArrayLiteralExpression(name.elements.map((el) => {
      if (ts.isOmittedExpression(el)) return f.createOmittedExpression();
      const target = this.bindingToTarget(el.name, hooks, closure, jumps);
      return el.dotDotDotToken ? f.createSpreadElement(target) : init(el, target);
    }));
  }

  // ---------------------------------------------------------------- spread and simple array patterns

  /**
   * `...x` in an array literal, or in the arguments of a call or `new`, of the marked function's own
   * code: `...__pycoro.spreadArray(x, "x")` / `...__pycoro.spreadArgs(x, "x", "f")`, which drain a
   * pycoro generator through its `$next` (lowering-helpers.ts). Only where V8's message for a
   * non-iterable operand is known (`operandText`); anything else stays V8's own spread.
   */
  private spread(node: ts.SpreadElement, visitor: (n: ts.Node) => ts.Node): ts.Node | undefined {
    const value = this.spreadOperand(node, visitor(node.expression) as ts.Expression);
    return value && this.f.updateSpreadElement(node, value);
  }

  /** The spread operand of `node` (already rewritten: `value`) through spreadArray/spreadArgs, or undefined to keep V8's spread. */
  spreadOperand(node: ts.SpreadElement, value: ts.Expression): ts.Expression | undefined {
    const h = spreadHelperFor(node);
    return h && this.helper(h.name, [value, ...h.texts.map((t) => this.f.createStringLiteral(t))]);
  }

  /**
   * `gather(a, ...x)` in the marked function's own code: `__pycoro.callArgs(gather, [a,
   * ...__pycoro.spreadArgs(x, "x", "gather")], "gather")`, the arguments built as an array literal,
   * which has no length limit where a call's spread throws RangeError past ~120,000 values
   * (lowering-helpers.ts `callArgs`: the runtime's gather takes the array itself; issue 12 gathered
   * 200,000 tasks). Only for a callee that is a plain identifier named `gather`, or the local name
   * of pycoro's `gather` (`import { gather as g } from "pycoro"`): its call passes `this` undefined,
   * so a helper can make it; any other function of that name is still called with its arguments
   * spread. Not `ns.gather(...x)`: its member is read before the arguments, which a helper call
   * would reorder (`gatherAll(x)` is the form for that).
   */
  private argsCall(node: ts.CallExpression, visitor: (n: ts.Node) => ts.Node): ts.Expression | undefined {
    const callee = node.expression;
    if (!ts.isIdentifier(callee) || node.questionDotToken || (node.flags & ts.NodeFlags.OptionalChain)) return undefined;
    if (!node.arguments.some(ts.isSpreadElement) || !this.gatherNames(node).has(callee.text)) return undefined;
    // (every spread through a helper, or of a literal: one left to V8 would get an array's messages)
    if (!node.arguments.every((a) => !ts.isSpreadElement(a) || neverAGenerator(a.expression) || spreadHelperFor(a) !== undefined)) return undefined;
    const f = this.f;
    const args = node.arguments.map((a) => visitor(a) as ts.Expression);
    return ts.setTextRange(this.helper("callArgs", [visitor(callee) as ts.Expression, f.createArrayLiteralExpression(args), f.createStringLiteral(callee.text)]), node);
  }

  private gatherNamesOf: Set<string> | undefined;

  /** `gather` and the local names pycoro's `gather` is imported under in this source file. */
  private gatherNames(node: ts.Node): Set<string> {
    if (this.gatherNamesOf) return this.gatherNamesOf;
    const names = new Set(["gather"]);
    const sf = ts.getOriginalNode(node).getSourceFile?.();
    for (const st of sf?.statements ?? []) {
      if (!isRuntimeImport(st)) continue;
      const b = st.importClause?.namedBindings;
      if (b && ts.isNamedImports(b)) for (const el of b.elements) if ((el.propertyName ?? el.name).text === "gather") names.add(el.name.text);
    }
    return (this.gatherNamesOf = names);
  }

  private untakenCount = 0;

  /** `__pycoro.take(value, n, site, text?)`: the values a simple array pattern reads (lowering-helpers.ts `take`). */
  take(value: ts.Expression, p: SimplePattern, original: ts.Expression, site: number): ts.Expression {
    const f = this.f;
    const text = site === SITE_DECL ? operandText(original, "decl") : undefined;
    return this.helper("take", [value, p.n < 0 ? f.createPrefixMinus(f.createNumericLiteral(1)) : f.createNumericLiteral(p.n), f.createNumericLiteral(p.holes),
      f.createNumericLiteral(site), ...(text === undefined ? [] : [f.createStringLiteral(text)])]);
  }

  /** `__pycoro.untaken(target = __pycoro.take(value, ...))`: assign, then close what take left open; its value is `value`. */
  takeAssignment(target: ts.Expression, value: ts.Expression, p: SimplePattern, original: ts.Expression, site: number): ts.Expression {
    return this.helper("untaken", [this.f.createAssignment(target, this.take(value, p, original, site))]);
  }

  /**
   * A declaration's array pattern whose assignments cannot run code: names, holes, literal
   * defaults, a final rest name. How many values it reads (-1: all, it has a rest); undefined if
   * it is not that simple (nested patterns, computed defaults: V8's own destructuring, in order).
   */
  simpleBindingPattern(p: ts.ArrayBindingPattern): SimplePattern | undefined {
    let n = 0, holes = 0;
    if (p.elements.length > 31) return undefined;
    for (let i = 0; i < p.elements.length; i++) {
      const el = p.elements[i];
      if (ts.isOmittedExpression(el)) { holes |= 1 << n++; continue; }
      if (!ts.isIdentifier(el.name) || el.propertyName) return undefined;
      if (el.dotDotDotToken) return i === p.elements.length - 1 && !el.initializer ? { n: -1, holes } : undefined;
      if (el.initializer && !isLiteralConstant(el.initializer)) return undefined;
      n++;
    }
    return { n, holes };
  }

  /**
   * `[a, , b = 1, ...r] = x` whose targets are bindings of the marked function that a write cannot
   * make throw (declared before, not const, no TDZ check): as simpleBindingPattern.
   */
  simpleAssignmentPattern(p: ts.ArrayLiteralExpression): SimplePattern | undefined {
    let n = 0, holes = 0;
    if (p.elements.length > 31) return undefined;
    const writable = (e: ts.Expression): boolean => {
      if (!ts.isIdentifier(e)) return false;
      const orig = ts.getOriginalNode(e) as ts.Identifier;
      const b = this.scopes.refs.get(orig);
      if (!b || !this.plan.homes.get(b) || b.kind === "const" || b.kind === "class" || this.plan.tdzRefs?.has(orig)) return false;
      const decl = b.declarations[0];
      return b.kind === "var" || b.kind === "param" || b.kind === "function" || (decl !== undefined && decl.pos >= 0 && orig.pos > decl.end && sameFunction(decl, orig));
    };
    for (let i = 0; i < p.elements.length; i++) {
      const el = p.elements[i];
      if (ts.isOmittedExpression(el)) { holes |= 1 << n++; continue; }
      if (ts.isSpreadElement(el)) return i === p.elements.length - 1 && writable(el.expression) ? { n: -1, holes } : undefined;
      if (ts.isBinaryExpression(el) && el.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
        if (!writable(el.left) || !isLiteralConstant(el.right)) return undefined;
      } else if (!writable(el)) return undefined;
      n++;
    }
    return { n, holes };
  }

  /**
   * A nested function or class: references inside it go to the same homes, except env bindings,
   * which the closure must capture as they are now. If it uses any, wrap it:
   * `(($env1) => <closure>)($f.$env1)`.
   */
  private visitClosure(node: ts.Node, hooks: RewriteHooks, closure: Set<EnvScope> | undefined, jumps: NativeJumps): ts.Node {
    const own = new Set<EnvScope>();
    if (closure?.has(NON_ARROW)) own.add(NON_ARROW);
    if (!ts.isArrowFunction(node)) own.add(NON_ARROW);
    let inner = this.visitInClosure(node, hooks, own, closure, jumps);
    const name = this.pendingNames.get(node);
    if (name !== undefined) inner = this.named(inner, name);
    if (closure) { for (const e of own) if (e !== NON_ARROW) closure.add(e); return inner; }
    const envs = [...own].filter((e) => e !== NON_ARROW);
    if (envs.length === 0 || !ts.isExpression(inner as ts.Node)) return inner;
    const f = this.f;
    return f.createCallExpression(
      f.createParenthesizedExpression(f.createArrowFunction(undefined, undefined,
        envs.map((e) => f.createParameterDeclaration(undefined, undefined, e.param)), undefined, undefined, inner as ts.Expression)),
      undefined, envs.map((e) => this.field(e.field)));
  }

  private visitInClosure(node: ts.Node, hooks: RewriteHooks, own: Set<EnvScope>, outer: Set<EnvScope> | undefined, jumps: NativeJumps): ts.Node {
    // `this` inside an arrow still means the marked function's `this`; arrows see the outer set.
    if (ts.isArrowFunction(node) && !(outer?.has(NON_ARROW))) own.delete(NON_ARROW);
    return ts.visitEachChild(node, (n) => this.visitNode(n, hooks, own, jumps), this.ctx);
  }
}

interface NativeJumps { labels: string[]; loops: number; switches: number }

/** Marker in a closure's env set: we are inside a non-arrow function, whose `this`/`arguments` are its own. */
const NON_ARROW = { id: -1 } as unknown as EnvScope;

export function isFunctionOrClass(n: ts.Node): boolean {
  return ts.isFunctionExpression(n) || ts.isArrowFunction(n) || ts.isFunctionDeclaration(n) || ts.isClassExpression(n) ||
    ts.isClassDeclaration(n) || ts.isMethodDeclaration(n) || ts.isGetAccessorDeclaration(n) || ts.isSetAccessorDeclaration(n) ||
    ts.isConstructorDeclaration(n);
}

/** `x = v`, `x ||= v`, `x &&= v`, `x ??= v` name an anonymous function `v` after `x` (not `+=`). */
function isNamingAssignment(op: ts.SyntaxKind): boolean {
  return op === ts.SyntaxKind.EqualsToken || op === ts.SyntaxKind.BarBarEqualsToken || op === ts.SyntaxKind.AmpersandAmpersandEqualsToken || op === ts.SyntaxKind.QuestionQuestionEqualsToken;
}

/** Is this identifier written (assignment, ++/--, for-in/of head, destructuring assignment target)? */
function isAssignmentTarget(id: ts.Identifier): boolean {
  let n: ts.Node = id;
  while (n.parent && isOuterExpression(n.parent)) n = n.parent; // `(x as any) = 1`
  return (ts as unknown as { isAssignmentTarget(n: ts.Node): boolean }).isAssignmentTarget(n);
}

function isInsideOwnClass(id: ts.Identifier, b: Binding): boolean {
  const decl = b.declarations[0]?.parent;
  if (!decl || !ts.isClassDeclaration(decl)) return false;
  for (let n: ts.Node | undefined = id.parent; n; n = n.parent) if (n === decl) return true;
  return false;
}

/** `id` is what a `new` expression constructs. */
function isConstructee(id: ts.Identifier): boolean {
  let n: ts.Node = id;
  while (isOuterExpression(n.parent)) n = n.parent;
  return ts.isNewExpression(n.parent) && n.parent.expression === n;
}

/** `id` is what a call or a tagged template calls (its `this` would be the holder of a property access). */
function isCallee(id: ts.Identifier): boolean {
  let n: ts.Node = id;
  while (isOuterExpression(n.parent)) n = n.parent; // `(f)()`, `(f as any)()`, `f!()`
  const p = n.parent;
  return (ts.isCallExpression(p) && p.expression === n) || (ts.isTaggedTemplateExpression(p) && p.tag === n);
}

/** A simple array pattern: how many values it reads (-1: all), which of them are holes (bit i). */
export interface SimplePattern { readonly n: number; readonly holes: number }

/**
 * Callees a spiller keeps in a temporary and checks itself at the call (spill.ts `call`, `new`): read
 * plainly wherever they are renamed — by this machine's renamer or, for a captured variable, by the
 * enclosing machine's — since checking one where it is evaluated would raise before the arguments'
 * suspensions, where JavaScript raises at the call (found by the fuzzer: `v1(yield x)` in a nested
 * marked generator, v1 the outer function's).
 */
export const RAW_CALLEES = new WeakSet<ts.Node>();

/** Site numbers shared with runtime/core/lowering-helpers.ts (SITE_*). */
export const SITE_DECL = 2, SITE_ASSIGN = 3;

/** Where a spread element is: an array literal that is not a pattern, or the arguments of a call / `new` (which). */
function spreadSite(node: ts.SpreadElement): "array" | ts.CallExpression | ts.NewExpression | undefined {
  const p = node.parent;
  if (!p) return undefined;
  if (ts.isArrayLiteralExpression(p)) return isAssignmentTarget(p as unknown as ts.Identifier) ? undefined : "array";
  if ((ts.isCallExpression(p) || ts.isNewExpression(p)) && p.arguments?.includes(node) && !(p.flags & ts.NodeFlags.OptionalChain) &&
    p.expression.kind !== ts.SyntaxKind.SuperKeyword && p.expression.kind !== ts.SyntaxKind.ImportKeyword) return p;
  return undefined;
}

/**
 * Which lowering helper takes spread `node`'s operand, and its string arguments after the operand
 * (V8's texts for its messages); undefined where the spread stays V8's own (spreadOperand).
 */
function spreadHelperFor(node: ts.SpreadElement): { name: string; texts: string[] } | undefined {
  const site = spreadSite(node);
  if (site === undefined || neverAGenerator(node.expression)) return undefined;
  if (site === "array") {
    const text = operandText(node.expression, "array");
    return text === undefined ? undefined : { name: "spreadArray", texts: [text] };
  }
  if (isManySpreadSite(site, node)) {
    // V8 spreads these arguments as it builds an array: its messages name the operand's callee or
    // describe the value (lowering-helpers.ts `spreadArgsMany`), not the call's callee.
    const name = manySiteName(node.expression);
    if (name === null) return undefined;
    return { name: "spreadArgsMany", texts: name === undefined ? [] : [name] };
  }
  const text = operandText(node.expression, "args"), callee = chainText(site.expression);
  if (text === undefined || callee === undefined) return undefined;
  return { name: "spreadArgs", texts: [text, callee] };
}

/**
 * A call or `new` whose arguments V8 spreads as it builds an array (more than one spread, or one
 * that is not the last argument), where a single final spread is V8's CallWithSpread: the two
 * report a non-iterable operand differently (`f(...x)`: "Spread syntax requires ...", `f(...x, 2)`:
 * "number 5 is not iterable (cannot read property Symbol(Symbol.iterator))").
 */
function isManySpreadSite(site: ts.CallExpression | ts.NewExpression, node: ts.SpreadElement): boolean {
  const args = site.arguments ?? ts.factory.createNodeArray();
  return args[args.length - 1] !== node || args.filter(ts.isSpreadElement).length > 1;
}

/**
 * What V8 names in its messages for an operand spread at a many-spread site: a call's or `new`'s
 * callee chain (`g`, `o.m`, `Foo`); undefined where it describes the value instead (`number 5`,
 * `object`); null where it prints something this compiler does not reproduce (`(0 , o.m)`, an
 * IIFE's `(intermediate value)`, a tagged template): the spread is then left to V8.
 */
function manySiteName(e: ts.Expression): string | null | undefined {
  e = skipOuterExpressions(e);
  if (ts.isCallExpression(e) || ts.isNewExpression(e)) {
    if (e.flags & ts.NodeFlags.OptionalChain) return ts.isCallExpression(e) && e.questionDotToken === undefined ? null : undefined;
    return chainText(e.expression) ?? null;
  }
  if (ts.isTaggedTemplateExpression(e)) return null;
  return undefined;
}

/**
 * How V8 prints a name or member chain in its messages (`x`, `this`, `o.a.b`, `o.p` for `o["p"]`,
 * `a[0]`); undefined for anything else.
 */
export function chainText(e: ts.Expression): string | undefined {
  e = skipOuterExpressions(e);
  if (ts.isIdentifier(e)) return e.text;
  if (e.kind === ts.SyntaxKind.ThisKeyword) return "this";
  if (ts.isPropertyAccessExpression(e) && !e.questionDotToken && ts.isIdentifier(e.name)) {
    const o = chainText(e.expression);
    return o === undefined ? undefined : `${o}.${e.name.text}`;
  }
  if (ts.isElementAccessExpression(e) && !e.questionDotToken) {
    const o = chainText(e.expression);
    const k = e.argumentExpression;
    if (o === undefined) return undefined;
    if (ts.isStringLiteral(k) && /^[A-Za-z_$][\w$]*$/.test(k.text)) return `${o}.${k.text}`;
    if (ts.isNumericLiteral(k) && /^\d+$/.test(k.text)) return `${o}[${k.text}]`;
  }
  return undefined;
}

/**
 * How V8 names the operand of a spread or array pattern in "... is not iterable", per site
 * (measured with node 20 / V8 11.3; test/compiler/spread-conformance.test.ts compares): a chain
 * by its text; a call of a chain `g` as `g is not a function or its return value` (in arguments:
 * `g(...)`); a declaration names only a plain name or a call of one; undefined where V8 names the
 * value instead (or where we do not know how it prints the expression).
 */
export function operandText(e: ts.Expression, site: "array" | "args" | "decl"): string | undefined {
  e = skipOuterExpressions(e);
  const chain = chainText(e);
  if (chain !== undefined) return site === "decl" && !ts.isIdentifier(e) && e.kind !== ts.SyntaxKind.ThisKeyword ? undefined : chain;
  if (site === "decl" && (ts.isYieldExpression(e) || ts.isAwaitExpression(e))) return "(intermediate value)";
  if (ts.isCallExpression(e) && !e.questionDotToken && !(e.flags & ts.NodeFlags.OptionalChain)) {
    const callee = chainText(e.expression);
    if (callee === undefined || (site === "decl" && !ts.isIdentifier(skipOuterExpressions(e.expression)))) return undefined;
    return site === "args" ? `${callee}(...)` : `${callee} is not a function or its return value`;
  }
  return undefined;
}

/** An operand that is an array or string literal: V8's own spread or destructuring of it is already right and fast. */
export function neverAGenerator(e: ts.Expression): boolean {
  e = skipOuterExpressions(e);
  return ts.isArrayLiteralExpression(e) || ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e) || ts.isTemplateExpression(e);
}

/** A literal whose evaluation runs no code (a pattern default that may be evaluated early). */
function isLiteralConstant(e: ts.Expression): boolean {
  e = skipOuterExpressions(e);
  return ts.isNumericLiteral(e) || ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e) || ts.isBigIntLiteral(e) ||
    e.kind === ts.SyntaxKind.TrueKeyword || e.kind === ts.SyntaxKind.FalseKeyword || e.kind === ts.SyntaxKind.NullKeyword ||
    (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(e.operand));
}

/** `a` and `b` are in the same function (a declaration before a use in a nested function may still be in its TDZ when that runs). */
function sameFunction(a: ts.Node, b: ts.Node): boolean {
  const fn = (n: ts.Node): ts.Node | undefined => { for (let p = n.parent; p; p = p.parent) if (ts.isFunctionLike(p)) return p; return undefined; };
  return fn(a) === fn(b);
}
