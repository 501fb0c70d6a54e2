/**
 * lower.ts — statements of a marked function -> the op list of ir.ts.
 *
 * Only statements that contain a suspension point are taken apart; every other statement is
 * kept verbatim (renamed by hoist.ts), so plain loops and plain try blocks stay native code.
 *
 * Before:                                      After (ops, one per line; `L:` marks a label):
 *   while (n > 0) {                              1: branch !($f.n > 0) -> 2
 *     total += yield n;                             assign $f.$t0 = $f.total
 *     n--;                                          yield $f.n, resume 3
 *   }                                            3: assign $f.total = $f.$t0 + $v
 *                                                   stmt $f.n--;
 *                                                   jump 1
 *                                                2: ...
 *
 * try/catch/finally: the try, catch and finally parts become regions (ir.ts). Leaving a region
 * that has a finally — by falling out, break/continue to an outer label, return, or an exception
 * — records the pending completion in the block's fields and jumps to the finally; `endfinally`
 * resumes it. A jump crossing several finallys goes through small trampoline states, one per
 * finally, so each finally knows statically where to go next.
 *
 * for-of keeps JavaScript's semantics: leaving the loop early (break, return, an exception, or a
 * close() while suspended in its body) calls the iterator's `return()`; a lowered for-of is
 * therefore a try/finally around the loop whose finally closes an unexhausted iterator.
 */
import ts from "typescript";
import type { Label, Op, StateMachine } from "../ir/machine.js";
import type { EnvScope } from "./hoist.js";
import { OpBuilder, type LowerInput } from "./builder.js";
import { Spiller } from "./spill.js";
import { Codes } from "../diagnostics.js";
import { SITE_DECL, neverAGenerator } from "./rename.js";

export type { LowerInput } from "./builder.js";

interface JumpTarget {
  readonly labels: readonly string[];
  readonly kind: "loop" | "switch" | "block";
  readonly breakLabel: Label;
  readonly continueLabel?: Label;
  /** Region a jump to breakLabel lands in. */
  readonly breakRegion: number;
  readonly continueRegion?: number;
}

export class Lowerer extends OpBuilder {
  readonly spill: Spiller;
  private readonly targets: JumpTarget[] = [];
  private pendingLabels: string[] = [];

  constructor(input: LowerInput) {
    super(input);
    this.spill = new Spiller(this);
  }

  // ---------------------------------------------------------------- jump targets of break/continue

  /** The ops of a break/continue out of verbatim code to a lowered loop, switch or labeled block. */
  protected findTarget(node: ts.BreakStatement | ts.ContinueStatement): Op[] | undefined {
    const label = node.label?.text;
    for (let i = this.targets.length - 1; i >= 0; i--) {
      const t = this.targets[i];
      if (ts.isBreakStatement(node)) {
        if (label ? t.labels.includes(label) : t.kind !== "block") return this.jumpOps(t.breakLabel, t.breakRegion);
      } else if (t.kind === "loop" && (!label || t.labels.includes(label))) {
        return this.jumpOps(t.continueLabel!, t.continueRegion);
      }
    }
    return undefined;
  }

  // ---------------------------------------------------------------- the function

  lower(): StateMachine {
    const { fn, plan } = this.input;
    const body = fn.body!;
    if (ts.isBlock(body)) {
      this.enterScope(body, body.statements);
      this.statements(body.statements);
      this.emit({ kind: "return", value: undefined });
    } else {
      // `async (x) => expr`: the body is one return.
      this.line = this.lineOf(body);
      this.emit({ kind: "return", value: this.spill.expr(body), loc: body });
    }
    for (const t of this.trampolines) t();
    return {
      name: this.input.name, qualname: this.input.qualname, kind: this.input.kind, file: this.input.file,
      line: this.lineOf(fn), source: this.sourceFile, ops: this.ops, labelOffsets: this.labelOffsets, labelRegions: this.labelRegions,
      labelLines: this.labelLines, resumeLabels: this.resumeLabels, regions: this.regions, blocks: this.blocks,
      fields: plan.fields, stepLocals: [...plan.stepLocals], usesThis: this.input.scopes.usesThis, usesArguments: this.input.scopes.usesArguments, usesSuper: this.input.scopes.usesSuper,
    };
  }

  /** Entering a lowered scope: a fresh env object if it has one, then its function declarations (hoisted). */
  private enterScope(node: ts.Node, statements: readonly ts.Statement[]): void {
    const env = this.input.plan.envs.get(node);
    if (env) this.emitAssign(this.field(env.field), this.freshEnv(env));
    this.enterTdz(node === this.input.fn.body ? this.input.fn : node);
    for (const st of statements) {
      if (ts.isFunctionDeclaration(st) && st.name && st.body) {
        const target = this.renamer.access(st.name);
        if (!target) continue;
        const f = this.f;
        const expr = f.createFunctionExpression(st.modifiers?.filter((m) => m.kind === ts.SyntaxKind.AsyncKeyword) as ts.Modifier[] | undefined,
          st.asteriskToken, f.createIdentifier(st.name.text), st.typeParameters, st.parameters, st.type, st.body);
        ts.setOriginalNode(expr, st);
        this.emitAssign(target, this.rename(ts.setTextRange(expr, st)), st);
      }
    }
  }
  envObject(names: string[], from?: ts.Expression, tdz?: ReadonlySet<string>): ts.Expression {
    const f = this.f;
    return f.createObjectLiteralExpression(names.map((n) =>
      f.createPropertyAssignment(n, from ? f.createPropertyAccessExpression(from, n) : tdz?.has(n) ? this.runtime("TDZ") : f.createVoidZero())));
  }
  /** A new environment object for one entry of its scope: uninitialized (TDZ) where a read may come first. */
  private freshEnv(env: EnvScope): ts.Expression {
    return this.envObject(env.bindings.map((b) => b.name), undefined, new Set(env.bindings.filter((b) => this.input.plan.tdzBindings.has(b)).map((b) => b.name)));
  }
  /** Entering `scope`: its frame-field bindings that some reference may read early hold `TDZ` until declared (hoist.ts). */
  private enterTdz(scopeNode: ts.Node): void {
    const scope = this.input.scopes.scopeOf.get(scopeNode);
    if (!scope) return;
    for (const b of scope.bindings.values()) {
      const home = this.input.plan.homes.get(b);
      if (home?.kind === "field" && this.input.plan.tdzBindings.has(b)) this.emitAssign(this.field(home.field), this.runtime("TDZ"));
    }
  }

  // ---------------------------------------------------------------- statements

  statement(node: ts.Statement): void {
    this.resetTemps();
    this.line = this.lineOf(node);
    this.input.track?.(node);
    if (!this.suspends(node)) return this.verbatim(node);
    switch (node.kind) {
      case ts.SyntaxKind.Block: return this.block(node as ts.Block);
      case ts.SyntaxKind.ExpressionStatement: return this.expressionStatement(node as ts.ExpressionStatement);
      case ts.SyntaxKind.VariableStatement: return this.variableList((node as ts.VariableStatement).declarationList);
      case ts.SyntaxKind.IfStatement: return this.ifStatement(node as ts.IfStatement);
      case ts.SyntaxKind.WhileStatement: return this.whileStatement(node as ts.WhileStatement);
      case ts.SyntaxKind.DoStatement: return this.doStatement(node as ts.DoStatement);
      case ts.SyntaxKind.ForStatement: return this.forStatement(node as ts.ForStatement);
      case ts.SyntaxKind.ForOfStatement: return this.forOfStatement(node as ts.ForOfStatement);
      case ts.SyntaxKind.ForInStatement: return this.forInStatement(node as ts.ForInStatement);
      case ts.SyntaxKind.SwitchStatement: return this.switchStatement(node as ts.SwitchStatement);
      case ts.SyntaxKind.LabeledStatement: return this.labeledStatement(node as ts.LabeledStatement);
      case ts.SyntaxKind.TryStatement: return this.tryStatement(node as ts.TryStatement);
      case ts.SyntaxKind.ReturnStatement: return this.returnStatement(node as ts.ReturnStatement);
      case ts.SyntaxKind.ThrowStatement: {
        const value = this.spill.expr((node as ts.ThrowStatement).expression);
        return this.emit({ kind: "throw", value, loc: node });
      }
      case ts.SyntaxKind.ClassDeclaration:
        this.input.diagnostics.unsupported(node, "a suspension point inside a class declaration (computed member name, heritage clause or static block)", "compute the value before the class, in a local variable");
        return;
      case ts.SyntaxKind.WithStatement:
        this.input.diagnostics.unsupported(node, "`with` statements", "use an explicit object reference");
        return;
      default:
        this.input.diagnostics.unsupported(node, `a suspension point inside a ${ts.SyntaxKind[node.kind]}`, "move the yield/await into its own statement");
    }
  }

  private verbatim(node: ts.Statement): void {
    if (ts.isFunctionDeclaration(node) && node.name && this.renamer.access(node.name)) return; // hoisted by enterScope
    if (ts.isClassDeclaration(node) && node.name) {
      const target = this.renamer.access(node.name);
      if (target) {
        const f = this.f;
        const expr = f.createClassExpression(node.modifiers?.filter(ts.isDecorator), f.createIdentifier(node.name.text), node.typeParameters, node.heritageClauses, node.members);
        ts.setOriginalNode(expr, node);
        return this.emitAssign(target, this.rename(ts.setTextRange(expr, node)), node);
      }
    }
    // break/continue/return that leave this statement for lowered code are rewritten by the rename hooks.
    this.emitStmt(this.rename(node));
  }

  private block(node: ts.Block): void {
    this.enterScope(node, node.statements);
    this.statements(node.statements);
  }

  /** A statement list; an `await using` declaration scopes over the statements after it. */
  statements(list: readonly ts.Statement[]): void {
    for (let i = 0; i < list.length; i++) {
      const st = list[i];
      if (ts.isVariableStatement(st) && (st.declarationList.flags & ts.NodeFlags.AwaitUsing) === ts.NodeFlags.AwaitUsing) {
        return this.asyncWith(st.declarationList.declarations, list.slice(i + 1));
      }
      if (ts.isVariableStatement(st) && (st.declarationList.flags & ts.NodeFlags.BlockScoped) === ts.NodeFlags.Using) {
        return this.usingDeclaration(st.declarationList.declarations, list.slice(i + 1));
      }
      this.statement(st);
    }
  }

  /**
   * `using v = r; REST` keeps JavaScript's semantics (explicit resource management) in lowered code:
   *
   *   v = r; $d = usingDispose(v);
   *   try { REST } catch (e) { $e = e; $has = true; } finally { disposeResource(v, $d, $has, $e); }
   *
   * disposeResource calls the disposer and re-raises: the body's exception, the disposer's, or a
   * SuppressedError holding both.
   */
  private usingDeclaration(decls: readonly ts.VariableDeclaration[], rest: readonly ts.Statement[]): void {
    if (decls.length === 0) return this.statements(rest);
    const [decl, ...more] = decls;
    const f = this.f, plan = this.input.plan;
    this.resetTemps();
    this.line = this.lineOf(decl);
    const res = this.field(plan.newField("$res", "iterator"));
    const disposer = this.field(plan.newField("$dispose", "iterator"));
    const has = this.field(plan.newField("$has", "iterator"));
    const err = this.field(plan.newField("$exc", "iterator"));
    if (!decl.initializer) return this.input.diagnostics.report(decl, Codes.EarlyError, "SyntaxError: Missing initializer in using declaration");
    this.emitAssign(res, this.spill.expr(decl.initializer), decl);
    this.assignBinding(decl.name, res, decl);
    this.emitAssign(disposer, f.createCallExpression(this.runtime("usingDispose"), undefined, [res]), decl);
    this.emitAssign(has, f.createFalse());
    const block = this.openTry(true, true);
    this.usingDeclaration(more, rest);
    this.closeTryPart(block);
    this.beginCatch(block);
    this.emitAssign(err, f.createIdentifier(this.names.caught));
    this.emitAssign(has, f.createTrue());
    this.closeTryPart(block);
    this.beginFinally(block);
    this.emitStmt(f.createExpressionStatement(f.createCallExpression(this.runtime("disposeResource"), undefined, [res, disposer, has, err])));
    this.emitAssign(res, f.createVoidZero());
    this.emitAssign(err, f.createVoidZero());
    this.endTry(block);
  }

  /**
   * `await using v = cm; REST` is Python's `async with cm as v: REST` (PEP 492):
   *
   *   $mgr = cm; $exit = aexitOf($mgr); v = await aenter($mgr); $ok = true;
   *   try { try { REST } catch (e) { $ok = false; if (!(await aexit($exit, $mgr, e))) throw e; } }
   *   finally { if ($ok) await aexit($exit, $mgr, undefined); }
   */
  private asyncWith(decls: readonly ts.VariableDeclaration[], rest: readonly ts.Statement[]): void {
    if (decls.length === 0) return this.statements(rest);
    const [decl, ...more] = decls;
    const f = this.f, plan = this.input.plan;
    this.resetTemps();
    this.line = this.lineOf(decl);
    const mgr = this.field(plan.newField("$mgr", "iterator"));
    const exit = this.field(plan.newField("$exit", "iterator"));
    const ok = this.field(plan.newField("$ok", "iterator"));
    const exc = this.field(plan.newField("$exc", "iterator"));
    if (!decl.initializer) return this.input.diagnostics.report(decl, Codes.EarlyError, "SyntaxError: Missing initializer in await using declaration");
    this.emitAssign(mgr, this.spill.expr(decl.initializer), decl);
    this.emitAssign(exit, f.createCallExpression(this.runtime("aexitOf"), undefined, [mgr]), decl);
    const entered = this.emitDelegate(f.createCallExpression(this.runtime("aenter"), undefined, [mgr]), decl, "await");
    this.assignBinding(decl.name, entered, decl);
    this.emitAssign(ok, f.createTrue());
    const outer = this.openTry(false, true);
    const inner = this.openTry(true, false);
    this.asyncWith(more, rest);
    this.closeTryPart(inner);
    this.beginCatch(inner);
    this.line = this.lineOf(decl); // __aexit__ runs at the `await using` line, as CPython's traceback shows
    this.emitAssign(ok, f.createFalse());
    this.emitAssign(exc, f.createIdentifier(this.names.caught));
    const suppress = this.emitDelegate(f.createCallExpression(this.runtime("aexit"), undefined, [exit, mgr, exc]), decl, "await");
    const done = this.defineLabel();
    this.emitBranch(suppress, done, true);
    this.emit({ kind: "throw", value: exc });
    this.markLabel(done);
    this.emitAssign(exc, f.createVoidZero());
    this.closeTryPart(inner);
    this.endTry(inner);
    this.closeTryPart(outer);
    this.beginFinally(outer);
    this.line = this.lineOf(decl);
    const skip = this.defineLabel();
    this.emitBranch(ok, skip, false);
    this.emitDelegate(f.createCallExpression(this.runtime("aexit"), undefined, [exit, mgr, f.createVoidZero()]), decl, "await");
    this.markLabel(skip);
    this.endTry(outer);
  }

  /**
   * `for await (x of ait)` is Python's `async for` (PEP 492):
   *
   *   $ait = aiter(ait);
   *   top: try { $r = await anext($ait); } catch (e) { if (e is StopAsyncIteration) goto done; throw e; }
   *        x = $r; BODY; goto top;
   *   done:
   *
   * Leaving early does not close the iterator (Python does not; use `aclosing`).
   */
  forAwait(node: ts.ForOfStatement, labels: string[]): void {
    const f = this.f, plan = this.input.plan;
    const ait = this.field(plan.newField("$ait", "iterator"));
    const res = this.field(plan.newField("$r", "iterator"));
    this.enterTdz(node);
    this.emitAssign(ait, f.createCallExpression(this.runtime("aiter"), undefined, [this.spill.expr(node.expression)]), node.expression);
    const top = this.defineLabel(), done = this.defineLabel();
    this.markLabel(top);
    this.resetTemps();
    const block = this.openTry(true, false);
    this.emitAssign(res, this.emitDelegate(f.createCallExpression(this.runtime("anext"), undefined, [ait]), node, "await"));
    this.closeTryPart(block);
    this.beginCatch(block);
    const caught = f.createIdentifier(this.names.caught);
    this.emitBranch(f.createBinaryExpression(caught, ts.SyntaxKind.InstanceOfKeyword, this.runtime("StopAsyncIteration")), done, true);
    this.emit({ kind: "throw", value: caught });
    this.endTry(block);
    this.bindLoopVariable(node, res);
    this.loopBody(node.statement, labels, done, top);
    this.emitJump(top);
    this.markLabel(done);
  }

  private expressionStatement(node: ts.ExpressionStatement): void {
    const value = this.spill.expr(node.expression, true);
    if (!isSideEffectFree(value)) this.emitStmt(ts.setTextRange(this.f.createExpressionStatement(value), node));
  }

  variableList(list: ts.VariableDeclarationList): void {
    const isVar = (list.flags & ts.NodeFlags.BlockScoped) === 0;
    for (const d of list.declarations) {
      if (!d.initializer) {
        if (!isVar && ts.isIdentifier(d.name)) this.assignBinding(d.name, this.f.createVoidZero(), d);
        continue;
      }
      if (ts.isIdentifier(d.name)) this.renamer.nameFor(d.initializer, d.name);
      const value = this.spill.expr(d.initializer);
      // `const [a, b] = yield x`: a simple pattern takes its values from a pycoro generator's `$next` (rename.ts `take`).
      const n = ts.isArrayBindingPattern(d.name) && !this.suspends(d.name) && !neverAGenerator(d.initializer) ? this.renamer.simpleBindingPattern(d.name) : undefined;
      if (n !== undefined) {
        this.emitStmt(this.f.createExpressionStatement(this.renamer.takeAssignment(this.renamer.bindingToTarget(d.name, this.verbatimHooks()), value, n, d.initializer, SITE_DECL)));
        continue;
      }
      this.assignBinding(d.name, value, d);
    }
  }

  /** Store `value` into a binding name or pattern (declared by the user in a lowered scope). */
  assignBinding(name: ts.BindingName, value: ts.Expression, loc: ts.Node): void {
    if (!this.suspends(name)) {
      const target = this.renamer.bindingToTarget(name, this.verbatimHooks());
      if (ts.isIdentifier(name) && this.renamer.homeOf(name)?.kind === "native") {
        // A native binding reaches here only from a `using` declaration in a body that never
        // suspends: the whole block then runs in one step call, so a plain `let` is right.
        this.emitStmt(this.f.createVariableStatement(undefined, this.f.createVariableDeclarationList([this.f.createVariableDeclaration(name, undefined, undefined, value)], ts.NodeFlags.Let)));
        return;
      }
      this.emitAssign(target, value, loc);
      return;
    }
    this.spill.destructure(name, value);
  }

  private ifStatement(node: ts.IfStatement): void {
    const cond = this.spill.expr(node.expression);
    const end = this.defineLabel();
    const elseLabel = node.elseStatement ? this.defineLabel() : end;
    this.emitBranch(cond, elseLabel, false);
    this.statement(node.thenStatement);
    if (node.elseStatement) {
      this.emitJump(end);
      this.markLabel(elseLabel);
      this.statement(node.elseStatement);
    }
    this.markLabel(end);
  }

  private takeLabels(): string[] { const l = this.pendingLabels; this.pendingLabels = []; return l; }

  private loopBody(body: ts.Statement, labels: string[], breakLabel: Label, continueLabel: Label, breakRegion = this.region, continueRegion = this.region): void {
    this.targets.push({ labels, kind: "loop", breakLabel, continueLabel, breakRegion, continueRegion });
    this.statement(body);
    this.targets.pop();
  }

  private whileStatement(node: ts.WhileStatement): void {
    const labels = this.takeLabels();
    const top = this.defineLabel(), end = this.defineLabel();
    this.markLabel(top);
    this.resetTemps();
    this.emitBranch(this.spill.expr(node.expression), end, false);
    this.loopBody(node.statement, labels, end, top);
    this.emitJump(top);
    this.markLabel(end);
  }

  private doStatement(node: ts.DoStatement): void {
    const labels = this.takeLabels();
    const top = this.defineLabel(), cont = this.defineLabel(), end = this.defineLabel();
    this.markLabel(top);
    this.loopBody(node.statement, labels, end, cont);
    this.markLabel(cont);
    this.resetTemps();
    this.emitBranch(this.spill.expr(node.expression), top, true);
    this.markLabel(end);
  }

  private forStatement(node: ts.ForStatement): void {
    const labels = this.takeLabels();
    const env = this.input.plan.envs.get(node);
    if (env) this.emitAssign(this.field(env.field), this.freshEnv(env));
    this.enterTdz(node);
    if (node.initializer) {
      if (ts.isVariableDeclarationList(node.initializer)) this.variableList(node.initializer);
      else {
        const v = this.spill.expr(node.initializer, true);
        if (!isSideEffectFree(v)) this.emitStmt(this.f.createExpressionStatement(v));
      }
    }
    const copyEnv = () => { if (env) this.emitAssign(this.field(env.field), this.envObject(env.bindings.map((b) => b.name), this.field(env.field))); };
    copyEnv();
    const top = this.defineLabel(), cont = this.defineLabel(), end = this.defineLabel();
    this.markLabel(top);
    this.resetTemps();
    if (node.condition) this.emitBranch(this.spill.expr(node.condition), end, false);
    this.loopBody(node.statement, labels, end, cont);
    this.markLabel(cont);
    copyEnv();
    this.resetTemps();
    if (node.incrementor) {
      const v = this.spill.expr(node.incrementor, true);
      if (!isSideEffectFree(v)) this.emitStmt(this.f.createExpressionStatement(v));
    }
    this.emitJump(top);
    this.markLabel(end);
  }

  /** Bind the loop variable of for-in/for-of to `value` (a fresh env per iteration if closures capture it). */
  private bindLoopVariable(node: ts.ForInStatement | ts.ForOfStatement, value: ts.Expression): void {
    const init = node.initializer;
    if (ts.isVariableDeclarationList(init)) {
      const env = this.input.plan.envs.get(node);
      if (env) this.emitAssign(this.field(env.field), this.freshEnv(env));
      // `for (const of xs)` parses with no declaration (early.ts reports it; never lower it).
      if (init.declarations.length !== 1) return this.input.diagnostics.report(init, Codes.EarlyError, "SyntaxError: Invalid left-hand side in for-of loop: Must have a single binding");
      this.assignBinding(init.declarations[0].name, value, init);
    } else if (this.suspends(init)) {
      this.spill.destructureAssignment(init, value);
    } else {
      this.emitAssign(this.rename(init), value, init);
    }
  }

  private forOfStatement(node: ts.ForOfStatement): void {
    if (node.awaitModifier) return this.forAwait(node, this.takeLabels());
    const labels = this.takeLabels();
    const it = this.field(this.input.plan.newField("$it", "iterator"));
    const res = this.field(this.input.plan.newField("$r", "iterator"));
    this.enterTdz(node);
    const text = iterableText(node.expression);
    this.emitAssign(it, this.f.createCallExpression(this.runtime("iter"), undefined,
      [this.spill.expr(node.expression), ...(text === undefined ? [] : [this.f.createStringLiteral(text)])]), node.expression);
    // try { loop } finally { if (iterator not exhausted) close it }
    const block = this.openTry(false, true);
    const top = this.defineLabel(), exhausted = this.defineLabel();
    this.markLabel(top);
    this.resetTemps();
    this.emitStmt(this.iteratorStep(it, res));
    this.emitBranch(this.f.createStrictEquality(this.f.createPropertyAccessExpression(it, "$s"), this.f.createPrefixMinus(this.f.createNumericLiteral(1))), exhausted, true);
    this.bindLoopVariable(node, res);
    this.loopBody(node.statement, labels, block.endLabel, top, block.outer, this.region);
    this.emitJump(top);
    this.markLabel(exhausted);
    this.emitAssign(it, this.f.createNull());
    this.closeTryPart(block);
    this.beginFinally(block);
    const f = this.f;
    this.emitStmt(f.createIfStatement(f.createStrictInequality(it, f.createNull()),
      f.createExpressionStatement(f.createCallExpression(this.runtime("iterClose"), undefined,
        [it, f.createStrictEquality(this.field(block.completionField!), f.createPrefixMinus(f.createNumericLiteral(1)))]))));
    this.emitAssign(it, f.createNull());
    this.endTry(block);
  }

  /**
   * One step of a lowered for-of, as IteratorStep + IteratorValue on the record `iter()` made: `$r`
   * gets the next value, or `$it.$s` becomes -1 when the iterator is done. A pycoro generator is its
   * own record (its per-class `$next` runs the frame: no `{ value, done }` per item); any other
   * iterator's record calls its `next` (lowering-helpers.ts). If `next()`, the `done` getter or the
   * `value` getter throws, the iterator is broken, not left early: `$it` becomes null first, so the
   * loop's finally does not call its `return()` (JavaScript does not).
   *
   *   try { $r = $it.$next(); } catch ($e) { $it = null; throw $e; }
   */
  private iteratorStep(it: ts.Expression, res: ts.Expression): ts.Statement {
    const f = this.f;
    const exc = f.createIdentifier(this.names.exc);
    return f.createTryStatement(f.createBlock([
      f.createExpressionStatement(f.createAssignment(res, f.createCallExpression(f.createPropertyAccessExpression(it, "$next"), undefined, []))),
    ], true), f.createCatchClause(this.names.exc, f.createBlock([
      f.createExpressionStatement(f.createAssignment(it, f.createNull())), f.createThrowStatement(exc)], true)), undefined);
  }

  private forInStatement(node: ts.ForInStatement): void {
    const labels = this.takeLabels();
    const keys = this.field(this.input.plan.newField("$it", "iterator"));
    this.enterTdz(node);
    this.emitAssign(keys, this.f.createCallExpression(this.runtime("forIn"), undefined, [this.spill.expr(node.expression)]), node.expression);
    const top = this.defineLabel(), end = this.defineLabel();
    this.markLabel(top);
    this.resetTemps();
    const key = this.temp();
    const next = this.f.createCallExpression(this.f.createPropertyAccessExpression(keys, "next"), undefined, []);
    this.emitBranch(this.f.createStrictEquality(this.f.createParenthesizedExpression(this.f.createAssignment(key, next)), this.f.createVoidZero()), end, true);
    this.bindLoopVariable(node, key);
    this.loopBody(node.statement, labels, end, top);
    this.emitJump(top);
    this.markLabel(end);
  }

  private switchStatement(node: ts.SwitchStatement): void {
    const labels = this.takeLabels();
    const disc = this.field(this.input.plan.newField("$sw", "iterator"));
    this.emitAssign(disc, this.spill.expr(node.expression), node.expression);
    this.enterScope(node.caseBlock, node.caseBlock.clauses.flatMap((c) => [...c.statements]));
    const end = this.defineLabel();
    const clauseLabels = node.caseBlock.clauses.map(() => this.defineLabel());
    let defaultLabel = end;
    node.caseBlock.clauses.forEach((clause, i) => {
      if (ts.isDefaultClause(clause)) { defaultLabel = clauseLabels[i]; return; }
      this.resetTemps();
      const test = this.spill.expr(clause.expression);
      this.emitBranch(this.f.createStrictEquality(disc, test), clauseLabels[i], true);
    });
    this.emitJump(defaultLabel);
    this.targets.push({ labels, kind: "switch", breakLabel: end, breakRegion: this.region });
    node.caseBlock.clauses.forEach((clause, i) => {
      this.markLabel(clauseLabels[i]);
      this.statements(clause.statements);
    });
    this.targets.pop();
    this.markLabel(end);
  }

  private labeledStatement(node: ts.LabeledStatement): void {
    const inner = node.statement;
    this.pendingLabels.push(node.label.text);
    if (ts.isIterationStatement(inner, false) || ts.isLabeledStatement(inner) || ts.isSwitchStatement(inner)) return this.statement(inner);
    const labels = this.takeLabels();
    const end = this.defineLabel();
    this.targets.push({ labels, kind: "block", breakLabel: end, breakRegion: this.region });
    this.statement(inner);
    this.targets.pop();
    this.markLabel(end);
  }

  private returnStatement(node: ts.ReturnStatement): void {
    const value = node.expression ? this.spill.expr(node.expression) : undefined;
    for (const op of this.jumpOps(0, undefined, value)) this.emit(op);
  }

  // ---------------------------------------------------------------- try / catch / finally

  private tryStatement(node: ts.TryStatement): void {
    const block = this.openTry(!!node.catchClause, !!node.finallyBlock);
    this.statement(node.tryBlock);
    this.closeTryPart(block);
    if (node.catchClause) {
      this.line = this.lineOf(node.catchClause);
      this.beginCatch(block);
      const clause = node.catchClause;
      const caught = this.f.createIdentifier(this.names.caught);
      if (this.suspends(clause.block)) {
        if (clause.variableDeclaration) this.assignBinding(clause.variableDeclaration.name, caught, clause.variableDeclaration);
        this.block(clause.block);
      } else {
        // The catch body stays native: declare its binding natively around it.
        const body = this.rename(clause.block);
        const decl = clause.variableDeclaration
          ? [this.f.createVariableStatement(undefined, this.f.createVariableDeclarationList(
              [this.f.createVariableDeclaration(this.rename(clause.variableDeclaration.name), undefined, undefined, caught)], ts.NodeFlags.Let))]
          : [];
        this.emitStmt(ts.setTextRange(this.f.createBlock([...decl, ...body.statements], true), clause.block));
      }
      this.closeTryPart(block);
    }
    if (node.finallyBlock) {
      this.line = this.lineOf(node.finallyBlock);
      this.beginFinally(block);
      this.statement(node.finallyBlock);
    }
    this.endTry(block);
  }
}

/**
 * How V8 names the operand of a for-of in "... is not iterable": its source for a name, `this` or a
 * member chain (`xs`, `o.a`, `o[k]`), `f is not a function or its return value` for a call of one,
 * a literal's text; undefined where V8 names the value instead (`number 5 ... (cannot read property
 * Symbol(Symbol.iterator))`, lowering-helpers.ts `iter`).
 */
function iterableText(e: ts.Expression): string | undefined {
  const chain = (x: ts.Expression): boolean =>
    ts.isIdentifier(x) || x.kind === ts.SyntaxKind.ThisKeyword ||
    (ts.isPropertyAccessExpression(x) && !x.questionDotToken && chain(x.expression)) ||
    (ts.isElementAccessExpression(x) && !x.questionDotToken && chain(x.expression));
  const text = (x: ts.Node): string | undefined => {
    if (x.pos < 0) return undefined;
    try {
      return x.getText();
    } catch {
      return undefined; // a synthesized node has no source text
    }
  };
  if (chain(e) || ts.isNumericLiteral(e) || e.kind === ts.SyntaxKind.NullKeyword || e.kind === ts.SyntaxKind.TrueKeyword || e.kind === ts.SyntaxKind.FalseKeyword) return text(e);
  if (ts.isCallExpression(e) && !e.questionDotToken && chain(e.expression)) {
    const callee = text(e.expression);
    return callee === undefined ? undefined : `${callee} is not a function or its return value`;
  }
  return undefined;
}

/** Expressions whose evaluation can be dropped when their value is unused. */
export function isSideEffectFree(e: ts.Expression): boolean {
  return ts.isIdentifier(e) || ts.isLiteralExpression(e) || e.kind === ts.SyntaxKind.TrueKeyword ||
    e.kind === ts.SyntaxKind.FalseKeyword || e.kind === ts.SyntaxKind.NullKeyword || ts.isVoidExpression(e) && ts.isLiteralExpression(e.expression);
}

