/**
 * spill.ts — evaluation order around suspension points inside expressions.
 *
 * JavaScript evaluates operands left to right. When an operand suspends (`yield`, `yield*`,
 * `await`), every operand evaluated before it must be saved in a frame temp, or the resumed code
 * would read it *after* the suspension (regenerator#206: `a + (yield)` read `a` late; #345:
 * `x += yield` must read `x` first; #218: `(yield 1)(yield 2)`). This pass turns an expression
 * into ops that evaluate the suspending parts, plus a final expression with no suspension left.
 *
 * Before:                         After:
 *   obj[k] += yield v               $f.$t0 = $f.obj; $f.$t1 = $f.k; $f.$t2 = $f.$t0[$f.$t1];
 *                                   yield $f.v, resume N
 *                                N: $f.$t0[$f.$t1] = $f.$t2 + $v
 *
 *   a && (yield b)                  $f.$t0 = $f.a; branch !$f.$t0 -> E; yield $f.b; $f.$t0 = $v; E: ...$f.$t0
 *
 * Short-circuiting (`&&`, `||`, `??`, `?:`, `?.`, `&&=`...) becomes branches, so a yield on the
 * side not taken never runs. A subexpression with no suspension inside is only renamed.
 */
import ts from "typescript";
import type { OpBuilder } from "./builder.js";
import { skipOuterExpressions as skipOuter } from "./analyze.js";
import { RAW_CALLEES, SITE_ASSIGN, chainText, neverAGenerator } from "./rename.js";

export class Spiller {
  constructor(private readonly L: OpBuilder) {}
  private get f() { return this.L.f; }

  /** Lower `node`; emits ops for its suspending parts and returns an expression with no suspension. */
  expr(node: ts.Expression, discard = false): ts.Expression {
    if (!this.L.suspends(node)) return this.L.rename(node);
    const f = this.f;
    switch (node.kind) {
      case ts.SyntaxKind.YieldExpression: {
        const y = node as ts.YieldExpression;
        const value = y.expression ? this.expr(y.expression) : undefined;
        if (y.asteriskToken) return this.L.emitDelegate(value!, y, "yieldFrom");
        return this.L.emitYield(value, y);
      }
      case ts.SyntaxKind.AwaitExpression: {
        const a = node as ts.AwaitExpression;
        return this.L.emitDelegate(this.expr(a.expression), a, "await");
      }
      case ts.SyntaxKind.ParenthesizedExpression:
        return f.createParenthesizedExpression(this.expr((node as ts.ParenthesizedExpression).expression, discard));
      case ts.SyntaxKind.AsExpression: case ts.SyntaxKind.NonNullExpression: case ts.SyntaxKind.TypeAssertionExpression:
      case ts.SyntaxKind.SatisfiesExpression: case ts.SyntaxKind.PartiallyEmittedExpression:
        return this.expr((node as ts.AsExpression).expression, discard);
      case ts.SyntaxKind.BinaryExpression: return this.binary(node as ts.BinaryExpression, discard);
      case ts.SyntaxKind.ConditionalExpression: return this.conditional(node as ts.ConditionalExpression, discard);
      case ts.SyntaxKind.CallExpression: case ts.SyntaxKind.PropertyAccessExpression: case ts.SyntaxKind.ElementAccessExpression:
        if (isOptionalChainWithSuspension(node, this.L.suspends)) return this.optionalChain(node);
        if (ts.isCallExpression(node)) return this.call(node);
        if (ts.isPropertyAccessExpression(node)) return f.updatePropertyAccessExpression(node, this.expr(node.expression), node.name);
        return this.elementAccess(node as ts.ElementAccessExpression);
      case ts.SyntaxKind.NewExpression: {
        const n = node as ts.NewExpression;
        const [callee, ...args] = this.rawCallee(skipOuter(n.expression), () => this.list([n.expression, ...(n.arguments ?? [])]));
        // a spilled callee is a temporary: V8 would name it (`$f.$t3 is not a constructor`)
        const checked = this.L.suspends(n.expression) || (n.arguments ?? []).some((a) => this.L.suspends(a))
          ? f.createParenthesizedExpression(f.createCallExpression(this.L.runtime("constructible"), undefined, [callee, f.createStringLiteral(calleeText(n.expression))]))
          : callee;
        return f.createNewExpression(checked, n.typeArguments, args);
      }
      case ts.SyntaxKind.ArrayLiteralExpression:
        return f.createArrayLiteralExpression(this.list((node as ts.ArrayLiteralExpression).elements));
      case ts.SyntaxKind.ObjectLiteralExpression: return this.objectLiteral(node as ts.ObjectLiteralExpression);
      case ts.SyntaxKind.TemplateExpression: return this.template(node as ts.TemplateExpression);
      case ts.SyntaxKind.TaggedTemplateExpression: return this.taggedTemplate(node as ts.TaggedTemplateExpression);
      case ts.SyntaxKind.SpreadElement: {
        const value = this.expr((node as ts.SpreadElement).expression);
        return f.createSpreadElement(this.L.renamer.spreadOperand(node as ts.SpreadElement, value) ?? value);
      }
      case ts.SyntaxKind.PrefixUnaryExpression: case ts.SyntaxKind.PostfixUnaryExpression: {
        const u = node as ts.PrefixUnaryExpression | ts.PostfixUnaryExpression;
        const isUpdate = u.operator === ts.SyntaxKind.PlusPlusToken || u.operator === ts.SyntaxKind.MinusMinusToken;
        const operand = isUpdate ? this.reference(u.operand as ts.Expression) : this.expr(u.operand as ts.Expression);
        return ts.isPrefixUnaryExpression(u) ? f.createPrefixUnaryExpression(u.operator, operand as ts.UnaryExpression)
          : f.createPostfixUnaryExpression(operand as ts.LeftHandSideExpression, u.operator);
      }
      case ts.SyntaxKind.TypeOfExpression: return f.createTypeOfExpression(this.expr((node as ts.TypeOfExpression).expression));
      case ts.SyntaxKind.VoidExpression: return f.createVoidExpression(this.expr((node as ts.VoidExpression).expression));
      case ts.SyntaxKind.DeleteExpression: return this.deleteExpression(node as ts.DeleteExpression);
      default:
        this.L.input.diagnostics.unsupported(node, `a suspension point inside a ${ts.SyntaxKind[node.kind]}`,
          "move the yield/await into a local variable before this expression");
        return f.createVoidZero();
    }
  }

  /** Save a value evaluated before a later suspension. Constants need no temp. */
  cache(e: ts.Expression): ts.Expression {
    if (isConstant(e)) return e;
    const t = this.L.temp();
    this.L.emitAssign(t, e);
    return t;
  }

  /**
   * Evaluate a list of operands left to right: every operand before the last suspending one is
   * cached; spread operands are cached as arrays (`...$t`), since spreading iterates.
   */
  list(items: readonly ts.Expression[]): ts.Expression[] {
    let last = -1;
    items.forEach((e, i) => { if (this.L.suspends(e)) last = i; });
    return items.map((e, i) => {
      if (i > last) return this.L.rename(e);
      if (ts.isSpreadElement(e)) {
        // (a pycoro generator is drained through its `$next`: rename.ts `spreadOperand`)
        const value = this.expr(e.expression);
        const inner = this.L.renamer.spreadOperand(e, value) ?? value;
        // Spreading iterates now: an earlier spread is frozen into an array before later suspensions.
        return this.f.createSpreadElement(i < last ? this.cache(this.f.createArrayLiteralExpression([this.f.createSpreadElement(inner)])) : inner);
      }
      if (ts.isOmittedExpression(e)) return e;
      const v = this.expr(e);
      return i < last ? this.cache(v) : v;
    });
  }

  /**
   * `delete ref` deletes the property; `delete (yield x)` (any operand that is no reference)
   * evaluates the operand and is `true` — emitting `delete $v` would be a strict-mode SyntaxError.
   */
  private deleteExpression(node: ts.DeleteExpression): ts.Expression {
    const f = this.f;
    const operand = skipOuter(node.expression);
    if (ts.isPropertyAccessExpression(operand) || ts.isElementAccessExpression(operand)) {
      if (operand.flags & ts.NodeFlags.OptionalChain) {
        this.L.input.diagnostics.unsupported(node, "`delete` of an optional chain with a suspension point inside", "test the object first: `if (o != null) delete o[k]`");
        return f.createVoidZero();
      }
      return f.createDeleteExpression(this.reference(operand) as ts.UnaryExpression);
    }
    const value = this.expr(node.expression, true);
    if (!isSideEffectFreeValue(value)) this.L.emitStmt(f.createExpressionStatement(value));
    return f.createTrue();
  }

  private binary(node: ts.BinaryExpression, discard: boolean): ts.Expression {
    const f = this.f;
    const op = node.operatorToken.kind;
    if (op === ts.SyntaxKind.CommaToken) {
      const left = this.expr(node.left, true);
      if (!isConstant(left)) this.L.emitStmt(f.createExpressionStatement(left));
      return this.expr(node.right, discard);
    }
    if (op === ts.SyntaxKind.AmpersandAmpersandToken || op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.QuestionQuestionToken) {
      if (!this.L.suspends(node.right)) return f.createBinaryExpression(this.expr(node.left), node.operatorToken, this.L.rename(node.right));
      const result = this.L.temp();
      const end = this.L.defineLabel();
      this.L.emitAssign(result, this.expr(node.left));
      this.L.emitBranch(shortCircuitTest(f, op, result), end, true);
      this.L.emitAssign(result, this.expr(node.right));
      this.L.markLabel(end);
      return result;
    }
    if (isAssignment(op)) return this.assignment(node, op);
    if (!this.L.suspends(node.right)) return f.createBinaryExpression(this.expr(node.left), node.operatorToken, this.L.rename(node.right));
    const left = ts.isPrivateIdentifier(node.left) ? node.left : this.cache(this.expr(node.left));
    return f.createBinaryExpression(left, node.operatorToken, this.expr(node.right));
  }

  private assignment(node: ts.BinaryExpression, op: ts.SyntaxKind): ts.Expression {
    const f = this.f;
    if (op === ts.SyntaxKind.EqualsToken && (ts.isObjectLiteralExpression(node.left) || ts.isArrayLiteralExpression(node.left))) {
      const value = this.expr(node.right);
      if (!this.L.suspends(node.left)) {
        // `[a, b] = yield x`: a simple pattern takes its values from a pycoro generator's `$next` (rename.ts `take`).
        const n = ts.isArrayLiteralExpression(node.left) && !neverAGenerator(node.right) ? this.L.renamer.simpleAssignmentPattern(node.left) : undefined;
        if (n !== undefined) return this.L.renamer.takeAssignment(this.L.rename(node.left), value, n, node.right, SITE_ASSIGN);
        return f.createAssignment(this.L.rename(node.left), value);
      }
      const v = this.cache(value);
      this.destructureAssignment(node.left, v);
      return v;
    }
    const rightSuspends = this.L.suspends(node.right);
    // Evaluate the reference (object and key) first; then, for compound operators, read it.
    const target = rightSuspends ? this.reference(node.left, true) : this.reference(node.left);
    if (op === ts.SyntaxKind.EqualsToken) return f.createAssignment(target as ts.LeftHandSideExpression, this.expr(node.right));
    if (op === ts.SyntaxKind.AmpersandAmpersandEqualsToken || op === ts.SyntaxKind.BarBarEqualsToken || op === ts.SyntaxKind.QuestionQuestionEqualsToken) {
      if (!rightSuspends) return f.createBinaryExpression(target, node.operatorToken, this.L.rename(node.right));
      const result = this.L.temp();
      const end = this.L.defineLabel();
      this.L.emitAssign(result, target);
      const plain = op === ts.SyntaxKind.AmpersandAmpersandEqualsToken ? ts.SyntaxKind.AmpersandAmpersandToken
        : op === ts.SyntaxKind.BarBarEqualsToken ? ts.SyntaxKind.BarBarToken : ts.SyntaxKind.QuestionQuestionToken;
      this.L.emitBranch(shortCircuitTest(f, plain, result), end, true);
      this.L.emitAssign(result, this.expr(node.right));
      this.L.emitAssign(target, result);
      this.L.markLabel(end);
      return result;
    }
    if (!rightSuspends) return f.createBinaryExpression(target, node.operatorToken, this.L.rename(node.right));
    const current = this.cache(target);
    return f.createAssignment(target as ts.LeftHandSideExpression,
      f.createBinaryExpression(current, compoundToBinary(op), this.expr(node.right)));
  }

  /**
   * A reference (assignment target or operand of ++/--/delete): evaluate its object and key now;
   * with `freeze` they are cached in temps because a suspension follows.
   */
  reference(node: ts.Expression, freeze = false): ts.Expression {
    const f = this.f;
    node = skipOuter(node);
    if (ts.isPropertyAccessExpression(node)) {
      const obj = this.expr(node.expression);
      return f.createPropertyAccessExpression(freeze ? this.cache(obj) : obj, node.name);
    }
    if (ts.isElementAccessExpression(node)) {
      const keySuspends = this.L.suspends(node.argumentExpression);
      let obj = this.expr(node.expression);
      if (keySuspends || freeze) obj = this.cache(obj);
      let key = this.expr(node.argumentExpression);
      if (freeze) key = this.cache(key);
      return f.createElementAccessExpression(obj, key);
    }
    return this.expr(node);
  }

  private conditional(node: ts.ConditionalExpression, discard: boolean): ts.Expression {
    const f = this.f;
    if (!this.L.suspends(node.whenTrue) && !this.L.suspends(node.whenFalse)) {
      return f.createConditionalExpression(this.expr(node.condition), undefined, this.L.rename(node.whenTrue), undefined, this.L.rename(node.whenFalse));
    }
    const result = this.L.temp();
    const otherwise = this.L.defineLabel(), end = this.L.defineLabel();
    this.L.emitBranch(this.expr(node.condition), otherwise, false);
    this.L.emitAssign(result, this.expr(node.whenTrue, discard));
    this.L.emitJump(end);
    this.L.markLabel(otherwise);
    this.L.emitAssign(result, this.expr(node.whenFalse, discard));
    this.L.markLabel(end);
    return result;
  }

  private call(node: ts.CallExpression): ts.Expression {
    const f = this.f;
    const argsSuspend = node.arguments.some((a) => this.L.suspends(a));
    const callee = skipOuter(node.expression);
    if (callee.kind === ts.SyntaxKind.SuperKeyword || ts.isPropertyAccessExpression(callee) && callee.expression.kind === ts.SyntaxKind.SuperKeyword) {
      this.L.input.diagnostics.unsupported(node, "a suspension point in the arguments of a `super` call", "compute the arguments into locals first");
      return f.createVoidZero();
    }
    if (!argsSuspend) {
      // Only the callee suspends: keep `this` by rebuilding the member access around the lowered object.
      const ref = this.reference(callee) as ts.Expression;
      // A callee that is itself a value (`(yield f)()`) is now a temporary: checked (checkedCallee).
      // (A member call keeps its rebuilt `obj.m` so that `this` stays; its message names the object's temporary.)
      const member = ts.isPropertyAccessExpression(callee) || ts.isElementAccessExpression(callee);
      return f.createCallExpression(member ? ref : this.checkedCallee(ref, node), node.typeArguments, node.arguments.map((a) => this.L.rename(a)));
    }
    if (ts.isPropertyAccessExpression(callee) || ts.isElementAccessExpression(callee)) {
      const obj = this.cache(this.expr(callee.expression));
      const fn = this.cache(ts.isPropertyAccessExpression(callee) ? f.createPropertyAccessExpression(obj, callee.name)
        : f.createElementAccessExpression(obj, this.expr(callee.argumentExpression)));
      const args = this.list(node.arguments);
      return f.createCallExpression(f.createPropertyAccessExpression(this.checkedCallee(fn, node), "call"), undefined, [obj, ...args]);
    }
    const fn = this.cache(this.rawCallee(callee, () => this.expr(callee)));
    return f.createCallExpression(this.checkedCallee(fn, node), undefined, this.list(node.arguments));
  }

  /** Run `build` with `callee` (a name) read plainly: this spill checks it at the call (rename.ts `RAW_CALLEES`). */
  private rawCallee<T>(callee: ts.Node, build: () => T): T {
    RAW_CALLEES.add(ts.getOriginalNode(callee));
    return build();
  }

  /**
   * `__pycoro.callable(fn, "text")`: a spilled callee that is not a function raises V8's message for
   * the source (`f is not a function`), not one naming the temporary (issue 8 item 10). Only on
   * these paths, which already pay for the spill.
   */
  private checkedCallee(fn: ts.Expression, node: ts.CallExpression): ts.Expression {
    return this.f.createCallExpression(this.L.runtime("callable"), undefined, [fn, this.f.createStringLiteral(calleeText(node.expression))]);
  }

  private elementAccess(node: ts.ElementAccessExpression): ts.Expression {
    const f = this.f;
    if (!this.L.suspends(node.argumentExpression)) return f.createElementAccessExpression(this.expr(node.expression), this.L.rename(node.argumentExpression));
    const obj = this.cache(this.expr(node.expression));
    return f.createElementAccessExpression(obj, this.expr(node.argumentExpression));
  }

  /** `a?.b(yield x)`: if `a` is nullish, nothing after `?.` runs — the whole chain is undefined. */
  private optionalChain(node: ts.Expression): ts.Expression {
    const f = this.f;
    const links: ts.Expression[] = [];
    let base: ts.Expression = node;
    // The chain's links, outermost last; the base is what the first `?.` applies to.
    while ((ts.isCallExpression(base) || ts.isPropertyAccessExpression(base) || ts.isElementAccessExpression(base)) && base.flags & ts.NodeFlags.OptionalChain) {
      links.unshift(base);
      base = base.expression;
    }
    const result = this.L.temp();
    const isNull = this.L.defineLabel(), end = this.L.defineLabel();
    let cur = this.cache(this.expr(base));
    let thisArg: ts.Expression | undefined;
    for (const link of links) {
      if ((link as ts.PropertyAccessExpression).questionDotToken) {
        this.L.emitBranch(f.createEquality(cur, f.createNull()), isNull, true);
      }
      if (ts.isPropertyAccessExpression(link)) { thisArg = cur; cur = this.cache(f.createPropertyAccessExpression(cur, link.name)); }
      else if (ts.isElementAccessExpression(link)) { thisArg = cur; cur = this.cache(f.createElementAccessExpression(cur, this.expr(link.argumentExpression))); }
      else {
        const args = this.list((link as ts.CallExpression).arguments);
        cur = this.cache(thisArg ? f.createCallExpression(f.createPropertyAccessExpression(cur, "call"), undefined, [thisArg, ...args])
          : f.createCallExpression(cur, undefined, args));
        thisArg = undefined;
      }
    }
    this.L.emitAssign(result, cur);
    this.L.emitJump(end);
    this.L.markLabel(isNull);
    this.L.emitAssign(result, f.createVoidZero());
    this.L.markLabel(end);
    return result;
  }

  private objectLiteral(node: ts.ObjectLiteralExpression): ts.Expression {
    const f = this.f;
    let last = -1;
    node.properties.forEach((p, i) => { if (this.L.suspends(p)) last = i; });
    const props = node.properties.map((p, i): ts.ObjectLiteralElementLike => {
      if (i > last) return this.L.rename(p);
      const keep = (e: ts.Expression) => (i < last ? this.cache(e) : e);
      if (ts.isPropertyAssignment(p)) {
        const name = ts.isComputedPropertyName(p.name) ? f.createComputedPropertyName(keep(this.expr(p.name.expression))) : p.name;
        return f.createPropertyAssignment(name, keep(this.expr(p.initializer)));
      }
      if (ts.isShorthandPropertyAssignment(p)) return f.createPropertyAssignment(p.name.text, keep(this.expr(p.name)));
      if (ts.isSpreadAssignment(p)) {
        const inner = this.expr(p.expression);
        return f.createSpreadAssignment(i < last ? this.cache(f.createObjectLiteralExpression([f.createSpreadAssignment(inner)])) : inner);
      }
      if (p.name && ts.isComputedPropertyName(p.name) && this.L.suspends(p.name)) {
        this.L.input.diagnostics.unsupported(p, "a suspension point in a computed method name", "compute the name into a local first");
      }
      return this.L.rename(p);
    });
    return f.createObjectLiteralExpression(props, node.properties.length > 1);
  }

  private template(node: ts.TemplateExpression): ts.Expression {
    const f = this.f;
    let last = -1;
    node.templateSpans.forEach((s, i) => { if (this.L.suspends(s.expression)) last = i; });
    // Each substitution is converted to a string when evaluated, so cache the string.
    const spans = node.templateSpans.map((s, i) => {
      let e = i > last ? this.L.rename(s.expression) : this.expr(s.expression);
      if (i < last) e = this.cache(f.createTemplateExpression(f.createTemplateHead(""), [f.createTemplateSpan(e, f.createTemplateTail(""))]));
      return f.createTemplateSpan(e, s.literal);
    });
    return f.createTemplateExpression(node.head, spans);
  }

  private taggedTemplate(node: ts.TaggedTemplateExpression): ts.Expression {
    const f = this.f;
    if (!ts.isIdentifier(node.tag) || ts.isNoSubstitutionTemplateLiteral(node.template)) {
      this.L.input.diagnostics.unsupported(node, "a suspension point inside a tagged template whose tag is not a plain name",
        "store the tag function in a local first (`const tag = obj.method.bind(obj)`)");
      return f.createVoidZero();
    }
    const tag = this.cache(this.L.rename(node.tag));
    const exprs = this.list(node.template.templateSpans.map((s) => s.expression));
    return f.createTaggedTemplateExpression(tag, undefined, f.createTemplateExpression(node.template.head,
      node.template.templateSpans.map((s, i) => f.createTemplateSpan(exprs[i], s.literal))));
  }

  // ---------------------------------------------------------------- destructuring with suspensions

  /** `const {a = yield 1, b: [c]} = value`: unpack step by step, following JavaScript's order. */
  destructure(name: ts.BindingName, value: ts.Expression): void {
    const f = this.f;
    if (ts.isIdentifier(name)) return this.L.emitAssign(this.L.renamer.bindingToTarget(name, { onJump: () => undefined }), value);
    if (ts.isObjectBindingPattern(name)) {
      const src = this.cacheAlways(f.createCallExpression(this.L.runtime("objectCoercible"), undefined, [value]));
      const seen: ts.Expression[] = [];
      for (const el of name.elements) {
        if (el.dotDotDotToken) {
          this.destructure(el.name, f.createCallExpression(this.L.runtime("objectRest"), undefined, [src, f.createArrayLiteralExpression(seen)]));
          continue;
        }
        const keyNode = el.propertyName ?? (el.name as ts.Identifier);
        const key = ts.isComputedPropertyName(keyNode) ? this.cacheAlways(this.expr(keyNode.expression))
          : ts.isIdentifier(keyNode) ? f.createStringLiteral(keyNode.text) : (keyNode as ts.Expression);
        seen.push(key);
        this.element(el, f.createElementAccessExpression(src, key));
      }
      return;
    }
    const it = this.cacheAlways(f.createCallExpression(this.L.runtime("destructureIter"), undefined, [value]));
    this.closingIterator(it, () => {
      for (const el of name.elements) {
        if (ts.isOmittedExpression(el)) { this.L.emitStmt(f.createExpressionStatement(f.createCallExpression(f.createPropertyAccessExpression(it, "next"), undefined, []))); continue; }
        if (el.dotDotDotToken) { this.destructure(el.name, f.createCallExpression(f.createPropertyAccessExpression(it, "rest"), undefined, [])); continue; }
        this.element(el, f.createCallExpression(f.createPropertyAccessExpression(it, "next"), undefined, []));
      }
    });
  }

  /**
   * An array pattern's elements, run so that the iterator is closed as JavaScript closes it:
   * `it.close()` after the last element; on an exception raised while binding an element (by a
   * default, a nested pattern, or thrown into a yield inside them), `it.abort()` (IteratorClose
   * with a throw completion: return() is called, its own errors ignored) and the exception goes on.
   *
   *   try { <elements>; it.close(); } catch ($err) { it.abort(); throw $err; }   (a lowered try)
   */
  private closingIterator(it: ts.Expression, elements: () => void): void {
    const f = this.f, L = this.L;
    const call = (name: string) => f.createExpressionStatement(f.createCallExpression(f.createPropertyAccessExpression(it, name), undefined, []));
    const block = L.openTry(true, false);
    elements();
    L.emitStmt(call("close"));
    L.closeTryPart(block);
    L.beginCatch(block);
    L.emitStmt(call("abort"));
    L.emit({ kind: "throw", value: f.createIdentifier(L.names.caught) });
    L.endTry(block);
  }

  private element(el: ts.BindingElement, read: ts.Expression): void {
    if (!el.initializer) return this.destructure(el.name, read);
    const f = this.f;
    const v = this.cacheAlways(read);
    const done = this.L.defineLabel();
    this.L.emitBranch(f.createStrictInequality(v, f.createVoidZero()), done, true);
    if (ts.isIdentifier(el.name)) this.L.renamer.nameFor(el.initializer, el.name);
    this.L.emitAssign(v, this.expr(el.initializer));
    this.L.markLabel(done);
    this.destructure(el.name, v);
  }

  /** Assignment patterns (`[a, b = yield] = v`, `for ([k, v] of ...)`): reuse the binding logic on a converted pattern. */
  destructureAssignment(target: ts.Expression, value: ts.Expression): void {
    const f = this.f;
    target = skipOuter(target);
    if (ts.isObjectLiteralExpression(target)) {
      const src = this.cacheAlways(f.createCallExpression(this.L.runtime("objectCoercible"), undefined, [value]));
      const seen: ts.Expression[] = [];
      for (const p of target.properties) {
        if (ts.isSpreadAssignment(p)) { this.assignTo(p.expression, f.createCallExpression(this.L.runtime("objectRest"), undefined, [src, f.createArrayLiteralExpression(seen)])); continue; }
        if (ts.isShorthandPropertyAssignment(p)) {
          const key = f.createStringLiteral(p.name.text);
          seen.push(key);
          this.assignWithDefault(p.name, f.createElementAccessExpression(src, key), p.objectAssignmentInitializer);
          continue;
        }
        if (ts.isPropertyAssignment(p)) {
          const key = ts.isComputedPropertyName(p.name) ? this.cacheAlways(this.expr(p.name.expression))
            : ts.isIdentifier(p.name) ? f.createStringLiteral(p.name.text) : (p.name as ts.Expression);
          seen.push(key);
          const [t, init] = splitDefault(p.initializer);
          this.assignWithDefault(t, f.createElementAccessExpression(src, key), init);
          continue;
        }
        this.L.input.diagnostics.unsupported(p, "this form in a destructuring assignment", "use a declaration");
      }
      return;
    }
    if (ts.isArrayLiteralExpression(target)) {
      const it = this.cacheAlways(f.createCallExpression(this.L.runtime("destructureIter"), undefined, [value]));
      this.closingIterator(it, () => {
        for (const el of target.elements) {
          const next = f.createCallExpression(f.createPropertyAccessExpression(it, "next"), undefined, []);
          if (ts.isOmittedExpression(el)) { this.L.emitStmt(f.createExpressionStatement(next)); continue; }
          if (ts.isSpreadElement(el)) { this.assignTo(el.expression, f.createCallExpression(f.createPropertyAccessExpression(it, "rest"), undefined, [])); continue; }
          const [t, init] = splitDefault(el);
          this.assignWithDefault(t, next, init);
        }
      });
      return;
    }
    this.assignTo(target, value);
  }

  private assignWithDefault(target: ts.Expression, read: ts.Expression, init: ts.Expression | undefined): void {
    if (!init) return this.assignTo(target, read);
    const f = this.f;
    const v = this.cacheAlways(read);
    const done = this.L.defineLabel();
    this.L.emitBranch(f.createStrictInequality(v, f.createVoidZero()), done, true);
    if (ts.isIdentifier(target)) this.L.renamer.nameFor(init, target);
    this.L.emitAssign(v, this.expr(init));
    this.L.markLabel(done);
    this.assignTo(target, v);
  }

  private assignTo(target: ts.Expression, value: ts.Expression): void {
    target = skipOuter(target);
    if (ts.isObjectLiteralExpression(target) || ts.isArrayLiteralExpression(target)) return this.destructureAssignment(target, value);
    this.L.emitAssign(this.reference(target), value);
  }

  private cacheAlways(e: ts.Expression): ts.Expression {
    const t = this.L.temp();
    this.L.emitAssign(t, e);
    return t;
  }
}

/**
 * How V8 names a callee in "... is not a function": its source for a name or a member chain
 * (`f`, `o.m`, `o[k]`), else `(intermediate value)` (a yield, an await, a call's result...).
 */
function calleeText(e: ts.Expression): string {
  // `(v as any).m` prints as V8 prints it, `v.m` (rename.ts chainText)
  const text = chainText(e);
  if (text !== undefined) return text;
  const c = skipOuter(e);
  const chain = (x: ts.Expression): boolean =>
    ts.isIdentifier(x) || x.kind === ts.SyntaxKind.ThisKeyword ||
    (ts.isPropertyAccessExpression(x) && chain(x.expression)) || (ts.isElementAccessExpression(x) && chain(x.expression));
  if (c.pos >= 0 && chain(c)) {
    try {
      return c.getText();
    } catch {
      // (a synthesized node has no source text)
    }
  }
  return "(intermediate value)";
}

function splitDefault(e: ts.Expression): [ts.Expression, ts.Expression | undefined] {
  if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.EqualsToken) return [e.left, e.right];
  return [e, undefined];
}


/** Dropping it when its value is unused loses nothing (a literal, a name of ours, a frame field). */
function isSideEffectFreeValue(e: ts.Expression): boolean {
  return isConstant(e) || (ts.isIdentifier(e) && e.text.startsWith("$")) ||
    (ts.isPropertyAccessExpression(e) && ts.isIdentifier(e.expression) && e.expression.text.startsWith("$f"));
}

function isConstant(e: ts.Expression): boolean {
  return ts.isNumericLiteral(e) || ts.isStringLiteral(e) || ts.isBigIntLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e) ||
    e.kind === ts.SyntaxKind.TrueKeyword || e.kind === ts.SyntaxKind.FalseKeyword || e.kind === ts.SyntaxKind.NullKeyword ||
    (ts.isVoidExpression(e) && ts.isNumericLiteral(e.expression)) ||
    (ts.isPropertyAccessExpression(e) && ts.isIdentifier(e.expression) && (e.name.text === "$t" || /^\$t\d+$/.test(e.name.text)));
}

function isAssignment(op: ts.SyntaxKind): boolean {
  return op >= ts.SyntaxKind.FirstAssignment && op <= ts.SyntaxKind.LastAssignment;
}

function compoundToBinary(op: ts.SyntaxKind): ts.BinaryOperator {
  const map: Partial<Record<ts.SyntaxKind, ts.BinaryOperator>> = {
    [ts.SyntaxKind.PlusEqualsToken]: ts.SyntaxKind.PlusToken, [ts.SyntaxKind.MinusEqualsToken]: ts.SyntaxKind.MinusToken,
    [ts.SyntaxKind.AsteriskEqualsToken]: ts.SyntaxKind.AsteriskToken, [ts.SyntaxKind.AsteriskAsteriskEqualsToken]: ts.SyntaxKind.AsteriskAsteriskToken,
    [ts.SyntaxKind.SlashEqualsToken]: ts.SyntaxKind.SlashToken, [ts.SyntaxKind.PercentEqualsToken]: ts.SyntaxKind.PercentToken,
    [ts.SyntaxKind.LessThanLessThanEqualsToken]: ts.SyntaxKind.LessThanLessThanToken,
    [ts.SyntaxKind.GreaterThanGreaterThanEqualsToken]: ts.SyntaxKind.GreaterThanGreaterThanToken,
    [ts.SyntaxKind.GreaterThanGreaterThanGreaterThanEqualsToken]: ts.SyntaxKind.GreaterThanGreaterThanGreaterThanToken,
    [ts.SyntaxKind.AmpersandEqualsToken]: ts.SyntaxKind.AmpersandToken, [ts.SyntaxKind.BarEqualsToken]: ts.SyntaxKind.BarToken,
    [ts.SyntaxKind.CaretEqualsToken]: ts.SyntaxKind.CaretToken,
  };
  return map[op]!;
}

/** Branch condition that skips the right operand of `&&` / `||` / `??` given the left's value. */
function shortCircuitTest(f: ts.NodeFactory, op: ts.SyntaxKind, left: ts.Expression): ts.Expression {
  if (op === ts.SyntaxKind.AmpersandAmpersandToken) return f.createLogicalNot(left);
  if (op === ts.SyntaxKind.BarBarToken) return left;
  return f.createInequality(left, f.createNull());
}

function isOptionalChainWithSuspension(node: ts.Expression, suspends: (n: ts.Node) => boolean): boolean {
  if (!(node.flags & ts.NodeFlags.OptionalChain)) return false;
  // Is there a `?.` in this chain before a suspending part?
  let e: ts.Expression = node;
  let suspendAfter = false;
  while (ts.isCallExpression(e) || ts.isPropertyAccessExpression(e) || ts.isElementAccessExpression(e)) {
    const own = ts.isCallExpression(e) ? e.arguments.some(suspends) : ts.isElementAccessExpression(e) ? suspends(e.argumentExpression) : false;
    if (own) suspendAfter = true;
    if ((e as ts.PropertyAccessExpression).questionDotToken && suspendAfter) return true;
    e = e.expression;
  }
  return false;
}
