/**
 * emit.ts — the state-machine IR -> a class whose `$step` method is a `switch` dispatch.
 *
 * Input: a StateMachine (ir.ts). Output (see docs/DESIGN.md §2):
 *
 *   class g$ {                                  // linked under __pycoro.Generator by the runtime
 *     constructor($t, a) { this.$s = 0; this.$yf = null; this.$own = null; this.$t = $t; this.a = a; this.x = void 0; ... }
 *     $step($s, $v, $m) {
 *       const $f = this;
 *       let $err;
 *       $loop: for (;;) {
 *         try {
 *           if ($m) { $m = 0; throw $v; }              // throw() into the resume point
 *           switch ($s) { case 0: ... case 1: ... }
 *         } catch ($e) {
 *           switch ($s) {                               // handlers known statically per state
 *             case 2: case 3: $err = $e; $s = 5; continue $loop;            // -> catch
 *             case 5: $f.$c0 = -1; $f.$x0 = $e; $s = 6; continue $loop;     // -> finally
 *           }
 *           throw $e;
 *         }
 *       }
 *     }
 *     static $meta = { name, qualname, file, line, kind, locals, lines };
 *   }
 *
 * Without a lowered try statement there is no try/catch at all: an exception leaves `$step` and
 * the driver closes the frame. Completion codes of a finally: a state to continue at (>= 1),
 * -1 re-raise `$xB`, -2 return `$xB`.
 *
 * A finished frame forgets its locals (`finish`): every return of `$step` that ends the frame (a
 * `return` op, a threaded jump to one, a finally's pending return, a return in verbatim code, the
 * implicit end) computes its value, then resets the frame's fields to `undefined`, then returns it:
 *
 *   { $v = $f.buf.length; $f.buf = $f.$it = void 0; return $v; }
 *
 * CPython clears a frame when its generator/coroutine finishes (`gi_frame`/`cr_frame` become None
 * and the locals are freed while the object is still referenced); without this a program that keeps
 * finished tasks (a list of tasks, gather's results) kept every local of every finished coroutine
 * (50 tasks each holding an 8 MB array: heap 407 MB -> 7 MB). An exception leaving the step ends
 * the frame too: the step's outermost `catch` resets the fields before it rethrows (a step without
 * a lowered try gets one for that, only when it has fields to reset; measured, one process, CPU
 * time, load ~3.5: the 10-level coroutine call tree with `any` parameters 139.6 -> 139.3 ns per
 * tree, pair ratios 0.996-1.035, noise level). CPython keeps a raised frame's locals only while
 * its traceback lives; pycoro's traceback holds file and line, never the frame. A return inside
 * the try or catch block of a verbatim `try ... finally` resets them once that finally has run
 * (`finishReturns`). A frame the runtime finishes without entering its step calls `$forget()`
 * (`forgetMethod`). Not cleared: fields a closure of the body reads (`() => $f.x` outlives the
 * frame, as a CPython cell does), scalar fields (hoist.ts isScalar), a finally's completion code
 * (`$cB`, a number). test/fuzz/frames.mjs checks all of it on every fuzzed program.
 */
import ts from "typescript";
import type { Op, Exit, StateMachine, Label } from "../ir/machine.js";
import { handlerOf, finallysBetween } from "../ir/regions.js";
import type { StoragePlan } from "./hoist.js";
import { CREATED, CLOSED, RUNNING, COMPLETION_THROW, COMPLETION_RETURN, INLINE_DEPTH } from "../ir/contract.js";

export interface EmitInput {
  readonly sm: StateMachine;
  readonly plan: StoragePlan;
  readonly ctx: ts.TransformationContext;
  readonly runtime: string;
  /** Base class name in the runtime (`Generator`, `GeneratorCoroutine`, ...). */
  readonly base: string;
  /** Fields of the parameters, in the order the wrapper passes them. */
  readonly paramFields: string[];
}


export class Emitter {
  private readonly f: ts.NodeFactory;
  private readonly n: StoragePlan["names"];
  /** The fields a finished frame resets (`finish`). */
  private readonly cleared: readonly string[];
  /** Verbatim `try ... finally` statements given a return label so far (`finishReturns`). */
  private guards = 0;
  constructor(private readonly input: EmitInput) {
    this.f = input.ctx.factory;
    this.n = input.plan.names;
    this.cleared = clearedFields(input.sm, this.n.frame, input.runtime);
  }

  /**
   * `return value` that ends the frame: the value first (it may read the fields, and if it throws
   * the frame raises with its locals intact), then the fields reset, then the return.
   */
  private finish(value: ts.Expression | undefined, at?: ts.Node): ts.Statement {
    const f = this.f;
    const ret = (e: ts.Expression | undefined) => (at ? ts.setTextRange(f.createReturnStatement(e), at) : f.createReturnStatement(e));
    // (inside an exit a plain return: the enclosing stmt's finishReturns makes it a finish)
    if (this.cleared.length === 0 || this.inExit) return ret(value);
    const reset = this.reset();
    // A value that reads no field (a literal, `$v`, a local of the step) needs no temporary.
    const direct = !value || (this.isInert(value) && !ts.isPropertyAccessExpression(value));
    if (direct) return f.createBlock([reset, ret(value)], true);
    const sent = this.id(this.n.sent);
    return f.createBlock([f.createExpressionStatement(f.createAssignment(sent, value)), reset, ret(sent)], true);
  }

  /**
   * `$f.a = $f.b = ... = void 0;`: the frame forgets its locals (`cleared`); `field` reads a field
   * (of `$f` in the step, of `this` in `$forget`).
   */
  private reset(field: (name: string) => ts.Expression = (name) => this.frameField(name)): ts.Statement {
    const f = this.f;
    return f.createExpressionStatement(this.cleared.reduceRight<ts.Expression>((rhs, name) => f.createAssignment(field(name), rhs), f.createVoidZero()));
  }

  /**
   * A verbatim statement with each `return` of the marked function (not of a nested function or
   * class) made a `finish`. Inside the try or catch block of a `try` with a finally, that finally
   * runs after the return and may read the fields: there the return becomes a break out of the
   * outermost such `try`, wrapped so that the fields reset once its finally has run (s6-fuzz):
   *
   *   $loop_d1: { $loop_r1: { try { ...; { $v = x; break $loop_r1; } } finally { F } break $loop_d1; }
   *     { $f.a = ... = void 0; return $v; } }
   *
   * A break runs the finally blocks it leaves exactly as that return did (JavaScript completion
   * rules: the value is computed first, F sees every local, and a `return`, `throw`, `break` or
   * `continue` of F replaces the break as it replaced the return); only when F completes normally
   * does the frame finish, with the value computed before F.
   */
  private finishReturns(node: ts.Statement): ts.Statement {
    if (this.cleared.length === 0) return node;
    const f = this.f, ctx = this.input.ctx;
    const sent = this.id(this.n.sent);
    const breaks = new Set<string>(); // the labels a return was made a break to
    // `guard`: the label a return breaks to (inside a try or catch block with a finally), else undefined.
    const visit = (guard: string | undefined) => (n: ts.Node): ts.Node => {
      if (ts.isFunctionLike(n) || ts.isClassLike(n)) return n;
      if (ts.isReturnStatement(n)) {
        if (guard === undefined) return this.finish(n.expression, n);
        breaks.add(guard);
        return ts.setTextRange(f.createBlock([f.createExpressionStatement(f.createAssignment(sent, n.expression ?? f.createVoidZero())),
          f.createBreakStatement(guard)], true), n);
      }
      if (ts.isTryStatement(n) && n.finallyBlock) {
        // (numbered before the finally is visited: a try ... finally inside it numbers its own)
        const k = guard === undefined ? ++this.guards : 0;
        const label = guard ?? `${this.n.loop}_r${k}`;
        const inner = f.updateTryStatement(n, ts.visitNode(n.tryBlock, visit(label), ts.isBlock),
          n.catchClause && ts.visitNode(n.catchClause, visit(label), ts.isCatchClause), ts.visitNode(n.finallyBlock, visit(guard), ts.isBlock));
        if (guard !== undefined || !breaks.has(label)) return inner;
        const done = `${this.n.loop}_d${k}`;
        return f.createLabeledStatement(done, f.createBlock([
          f.createLabeledStatement(label, f.createBlock([inner, f.createBreakStatement(done)], true)),
          ...unblock(this.finish(sent)),
        ], true));
      }
      return ts.visitEachChild(n, visit(guard), ctx);
    };
    return visit(undefined)(node) as ts.Statement;
  }

  private id(name: string) { return this.f.createIdentifier(name); }
  private frameField(name: string) { return this.f.createPropertyAccessExpression(this.id(this.n.frame), name); }
  private num(n: number) { return n < 0 ? this.f.createPrefixMinus(this.f.createNumericLiteral(-n)) : this.f.createNumericLiteral(n); }
  private goto(label: Label): ts.Statement[] {
    return [this.f.createExpressionStatement(this.f.createAssignment(this.id(this.n.state), this.num(label))),
      this.f.createContinueStatement(this.n.loop)];
  }

  /** `return E` when the case of `label` starts with a return of an inert value (evaluating it cannot throw). */
  private returnAt(label: Label): ts.Statement | undefined {
    const { ops, labelOffsets } = this.input.sm;
    const op = ops[labelOffsets[label] ?? -1];
    // (a `return` left verbatim is a direct return too: one through a finally was rewritten)
    const value = op?.kind === "return" ? op.value : op?.kind === "stmt" && ts.isReturnStatement(op.node) ? op.node.expression : null;
    if (value === null || (value && !this.isInert(value))) return undefined;
    return this.finish(value);
  }

  /** The label whose case `render` is rendering (undefined inside verbatim code's exits). */
  private from: Label | undefined;
  /** Rendering the ops of a verbatim statement's exit (`withExits`): `finish` returns plainly. */
  private inExit = false;

  /**
   * Tail duplication (s7-emit, issue 12): the ops a jump to `target` may run in place of
   * `$s = target; continue $loop`
   * — at most two assignments, yields or returns ending in a yield, return or throw, with no label
   * of another exception region on the way (the duplicated ops run with `$s` still naming the
   * jump's own case, so its region must be theirs: the `catch` dispatch routes by `$s`). Only from
   * a case of the same region, never from verbatim code (`from` undefined). Running them here is
   * what the dispatch would do, the local `$s` aside; nothing but the `catch` dispatch reads it.
   * A loop's back edge then suspends straight away (`case 4: i++; $f.$s = 4; return i;`), and the
   * loop head it jumped to is often left with no jump at all (no `case`: flow()). Measured: see
   * flow() (a lone send 4.72 -> 3.64 ns).
   */
  private tailAt(target: Label): Op[] | undefined {
    const { sm } = this.input;
    const from = this.from;
    if (from === undefined || sm.labelRegions[target] !== sm.labelRegions[from]) return undefined;
    const region = sm.labelRegions[target];
    const start = sm.labelOffsets[target];
    const out: Op[] = [];
    for (let k = start; k < sm.ops.length && out.length < 2; k++) {
      // (a label at the target's own offset too: one ordered after it is fallen into before any op)
      if (sm.labelOffsets.some((off, l) => off === k && sm.labelRegions[l] !== region)) return undefined;
      const op = sm.ops[k];
      if (op.kind !== "assign" && op.kind !== "yield" && op.kind !== "return" && op.kind !== "throw") return undefined;
      out.push(op);
      if (this.ends(op)) return out;
    }
    return undefined;
  }

  /**
   * Reading it runs no user code and cannot throw: a literal, a frame field, or a local of the step
   * (`$v`, a step-local binding or temporary). Not any other name: reading a free identifier can
   * throw (an undeclared global, an outer `let` in its TDZ), and a `yield later` must then leave the
   * frame running, not suspended (DESIGN.md §2: the operand is evaluated before `$s` is set).
   */
  private isInert(e: ts.Expression): boolean {
    if (ts.isIdentifier(e)) return e.text === this.n.sent || e.text === "undefined" || (this.input.sm.stepLocals?.includes(e.text) ?? false);
    return isInert(e, this.n.frame);
  }

  /** An op rendered as statements. */
  render(op: Op): ts.Statement[] {
    const f = this.f;
    const loc = <T extends ts.Node>(node: T, at?: ts.Node): T => (at ? ts.setTextRange(node, at) : node);
    switch (op.kind) {
      case "stmt": {
        // (exits first, their returns plain, then finishReturns over all: a return an exit renders
        // — a `return` op, a jump threaded into one — inside a verbatim `try ... finally` must let
        // that finally run before the fields reset, as a return written there does. Found by the
        // fuzzer (seed 12, program 704425243): `break` out of `for...in` from a try with a finally
        // that reads a local reset the local first; the finally threw a TypeError.)
        return [this.finishReturns(op.exits ? this.withExits(op.node, op.exits) : op.node)];
      }
      case "assign": return [loc(f.createExpressionStatement(f.createAssignment(op.target, op.value)), op.loc)];
      case "jump": {
        // Jump threading: a jump to a case that only returns a value that cannot throw returns here
        // (the join of a `?:` whose branches await, a `return` after a loop), sparing a dispatch.
        const ret = this.returnAt(op.target);
        if (ret) return [ret];
        const tail = this.tailAt(op.target);
        return tail ? tail.flatMap((t) => this.render(t)) : this.goto(op.target);
      }
      case "branch": {
        const cond = op.when ? op.cond : f.createLogicalNot(f.createParenthesizedExpression(op.cond));
        const ret = this.returnAt(op.target);
        return [f.createIfStatement(cond, f.createBlock(ret ? [ret] : this.goto(op.target)))];
      }
      case "yield": {
        // The frame must look running until the yielded value is computed (a re-entrant send from
        // inside that expression is "already executing"), so evaluate it first unless it is inert.
        const setState = f.createExpressionStatement(f.createAssignment(this.frameField("$s"), this.num(op.resume)));
        if (!op.value || this.isInert(op.value)) return [setState, loc(f.createReturnStatement(op.value), op.loc)];
        return [f.createExpressionStatement(f.createAssignment(this.id(this.n.sent), op.value)), setState,
          loc(f.createReturnStatement(this.id(this.n.sent)), op.loc)];
      }
      case "delegate": {
        // yieldFrom/awaitOther validate the operand, link it as $yf and set $s = resume on success.
        if (op.how === "await") return [loc(this.awaitOp(op.value, op.resume), op.loc)];
        const yieldFrom = f.createCallExpression(f.createPropertyAccessExpression(this.id(this.input.runtime), "yieldFrom"), undefined,
          [this.id(this.n.frame), op.value, this.num(op.resume)]);
        return [loc(f.createReturnStatement(yieldFrom), op.loc)];
      }
      case "return": return [this.finish(op.value, op.loc)];
      case "throw": return [loc(f.createThrowStatement(op.value), op.loc)];
      case "complete": {
        const b = this.input.sm.blocks[op.block];
        const code = op.code === "throw" ? COMPLETION_THROW : op.code === "return" ? COMPLETION_RETURN : op.code;
        const out = [f.createExpressionStatement(f.createAssignment(this.frameField(b.completionField!), this.num(code)))];
        out.push(f.createExpressionStatement(f.createAssignment(this.frameField(b.valueField!), op.value ?? f.createVoidZero())));
        return out;
      }
      case "endfinally": return this.endFinally(op.block);
    }
  }

  /** A verbatim statement with each exit's placeholder replaced by the exit's rendered ops. */
  private withExits(node: ts.Statement, exits: readonly Exit[]): ts.Statement {
    const at = new Map<ts.Node, readonly Op[]>(exits.map((e) => [e.at, e.ops]));
    let found = 0;
    const visit = (n: ts.Node): ts.Node => {
      const ops = at.get(n);
      if (!ops) return ts.visitEachChild(n, visit, this.input.ctx);
      found++;
      // (a jump out of verbatim code is never threaded (tailAt): a `try ... finally` around it would
      // run its finally after the tail's operands instead of before them)
      const from = this.from, inExit = this.inExit;
      this.from = undefined;
      this.inExit = true;
      try { return this.f.createBlock(ops.flatMap((op) => this.render(op)), true); } finally { this.from = from; this.inExit = inExit; }
    };
    const out = visit(node) as ts.Statement;
    if (found !== exits.length) throw new Error("pycoro: internal error: a pass lost the placeholder of a jump out of verbatim code");
    return out;
  }

  /**
   * `await x`, resuming at `resume` (N). A coroutine created for this await runs inline, its step
   * called right here — a monomorphic call site V8 can inline (DESIGN.md §6, runtime/objects/await.ts):
   *
   *   if (($w = x) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
   *     $w.$s = -2;
   *     try { $v = $w.$step(0, void 0, $m - 1); } catch ($e) { throw __pycoro.awaitRaised($w, $e); }
   *     if ($v === __pycoro.DELEGATE) { $f.$yf = $w; $f.$s = N; return $v; }
   *     $w.$s = -1;
   *   } else if (($v = __pycoro.awaitOther($f, $w, N)) === __pycoro.DELEGATE) return $v;
   *
   * It finishes: the step falls through into case N with the result in $v. Only a suspension
   * returns to the driver. `$m` (<= 0 here) carries the inline depth. `$w.$s` is read before the
   * `instanceof` because the load's map check lets V8 fold the instanceof (~8% of a call tree).
   */
  private awaitOp(value: ts.Expression, resume: Label): ts.Statement {
    const f = this.f;
    const rt = this.id(this.input.runtime);
    const w = this.id(this.n.awaited), sent = this.id(this.n.sent), frame = this.id(this.n.frame), mode = this.id(this.n.mode);
    const prop = (x: ts.Expression, name: string) => f.createPropertyAccessExpression(x, name);
    const call = (name: string, args: ts.Expression[]) => f.createCallExpression(prop(rt, name), undefined, args);
    const stmt = (x: ts.Expression) => f.createExpressionStatement(x);
    const and = (...xs: ts.Expression[]) => xs.reduce((a, b) => f.createLogicalAnd(a, b));
    const fresh = and(
      f.createInequality(f.createParenthesizedExpression(f.createAssignment(w, this.sleepZero(value, w))), f.createNull()),
      f.createStrictEquality(prop(w, "$s"), this.num(CREATED)),
      f.createBinaryExpression(w, ts.SyntaxKind.InstanceOfKeyword, prop(rt, "Coroutine")),
      f.createGreaterThan(mode, this.num(-INLINE_DEPTH)));
    const step = f.createCallExpression(prop(w, "$step"), undefined,
      [this.num(0), f.createVoidZero(), f.createBinaryExpression(mode, ts.SyntaxKind.MinusToken, f.createNumericLiteral(1))]);
    const inline = f.createBlock([
      stmt(f.createAssignment(prop(w, "$s"), this.num(RUNNING))),
      f.createTryStatement(f.createBlock([stmt(f.createAssignment(sent, step))]),
        f.createCatchClause(this.n.exc, f.createBlock([f.createThrowStatement(call("awaitRaised", [w, this.id(this.n.exc)]))])), undefined),
      f.createIfStatement(f.createStrictEquality(sent, prop(rt, "DELEGATE")), f.createBlock([
        stmt(f.createAssignment(prop(frame, "$yf"), w)), stmt(f.createAssignment(prop(frame, "$s"), this.num(resume))), f.createReturnStatement(sent)])),
      stmt(f.createAssignment(prop(w, "$s"), this.num(CLOSED))),
    ], true);
    const other = f.createIfStatement(
      f.createStrictEquality(f.createParenthesizedExpression(f.createAssignment(sent, call("awaitOther", [frame, w, this.num(resume)]))), prop(rt, "DELEGATE")),
      f.createReturnStatement(sent));
    return f.createIfStatement(fresh, inline, other);
  }

  /**
   * `sleep(0)` (an identifier called with the literal 0) as the operand of an await becomes
   * `sleep === __pycoro.SLEEP ? __pycoro.sleep0() : sleep(0)`: when the callee is the runtime's
   * sleep, the frame comes from `sleep0()`, which the task may recycle once the await is over,
   * since nothing but this await can hold it (runtime/objects/await.ts; issue 12: zero bytes per
   * `sleep(0)` switch). Reading an identifier twice is unobservable (a TDZ read throws at the first).
   *
   * The namespace form `ns.sleep(0)` (`import * as asyncio from "pycoro"`, SURFACE.md §1; `ns` an
   * identifier, the property named `sleep`) reads the member once, into the await's own temporary:
   *
   *   ($w = ns.sleep) === __pycoro.SLEEP ? __pycoro.sleep0() : __pycoro.callable($w, "ns.sleep").call(ns, 0)
   *
   * the same observable order as `ns.sleep(0)` (ns, the getter, the call with `this` = ns), and
   * V8's `ns.sleep is not a function` for a non-callable member (the spiller's `callable`).
   */
  private sleepZero(value: ts.Expression, w: ts.Identifier): ts.Expression {
    if (!ts.isCallExpression(value) || value.questionDotToken !== undefined) return value;
    const args = value.arguments;
    if (args.length !== 1 || !ts.isNumericLiteral(args[0]) || args[0].text !== "0") return value;
    const f = this.f;
    const rt = this.id(this.input.runtime);
    // (a clone linked to the original, so that a later module transform renames it too: an import
    // becomes `pycoro_1.sleep` under CommonJS)
    const clone = (id: ts.Identifier) => ts.setOriginalNode(f.createIdentifier(id.text), id);
    const fast = f.createCallExpression(f.createPropertyAccessExpression(rt, "sleep0"), undefined, []);
    const callee = value.expression;
    if (ts.isIdentifier(callee)) {
      return f.createConditionalExpression(f.createStrictEquality(clone(callee), f.createPropertyAccessExpression(rt, "SLEEP")), undefined, fast, undefined, value);
    }
    if (!ts.isPropertyAccessExpression(callee) || callee.questionDotToken !== undefined || !ts.isIdentifier(callee.expression) ||
      !ts.isIdentifier(callee.name) || callee.name.text !== "sleep") return value;
    const member = f.createPropertyAccessExpression(clone(callee.expression), "sleep");
    const checked = f.createCallExpression(f.createPropertyAccessExpression(rt, "callable"), undefined, [w, f.createStringLiteral(`${callee.expression.text}.sleep`)]);
    return f.createConditionalExpression(
      f.createStrictEquality(f.createParenthesizedExpression(f.createAssignment(w, member)), f.createPropertyAccessExpression(rt, "SLEEP")),
      undefined, fast, undefined,
      f.createCallExpression(f.createPropertyAccessExpression(checked, "call"), undefined, [clone(callee.expression), f.createNumericLiteral(0)]));
  }

  private endFinally(blockId: number): ts.Statement[] {
    const f = this.f;
    const sm = this.input.sm;
    const b = sm.blocks[blockId];
    const c = this.frameField(b.completionField!), x = this.frameField(b.valueField!);
    // A return leaving this finally runs the next enclosing finally first, if any.
    const outer = finallysBetween(sm, b.outer, undefined)[0];
    const onReturn: ts.Statement[] = outer
      ? [...this.render({ kind: "complete", block: outer.id, code: "return", value: x }), ...this.goto(outer.finallyLabel!)]
      : unblock(this.finish(x));
    return [
      f.createIfStatement(f.createStrictEquality(c, this.num(COMPLETION_THROW)), f.createThrowStatement(x)),
      f.createIfStatement(f.createStrictEquality(c, this.num(COMPLETION_RETURN)), f.createBlock(onReturn)),
      f.createExpressionStatement(f.createAssignment(this.id(this.n.state), c)),
      f.createContinueStatement(this.n.loop),
    ];
  }

  emitClass(name: string): ts.ClassExpression {
    const f = this.f;
    const { params, body } = this.step();
    return f.createClassExpression(undefined, `${name}$`, undefined, undefined,
      [this.constructorDecl([]), f.createMethodDeclaration(undefined, undefined, "$step", undefined, undefined, params, undefined, body), ...this.hotMethods(), ...this.forgetMethod(), this.metaProperty(name)]);
  }

  /**
   * `$forget() { this.a = this.b = void 0; }`: the runtime finishes a frame without entering its
   * step — `close()` or `throw()` before it started, `close()` at a yield outside every try block
   * (generator.ts `close`, core/driver.ts) — and the frame forgets its locals as a step that
   * finishes does (lowering-helpers.ts `forgetLocals`). None when there is nothing to reset.
   */
  private forgetMethod(): ts.MethodDeclaration[] {
    if (this.cleared.length === 0) return [];
    const f = this.f;
    const reset = this.reset((name) => f.createPropertyAccessExpression(f.createThis(), name));
    return [f.createMethodDeclaration(undefined, undefined, "$forget", undefined, undefined, [], undefined, f.createBlock([reset], true))];
  }

  /**
   * A marked closure (transformer.ts): the class — created once per source function, so without
   * the step, which closes over the marker's scope — and the step as a function expression,
   * created per evaluation of the marker and stored in each frame (`this.$step = p0`; then
   * `this.$fn = p1` when the body names its own function). The step is anonymous: V8 still names
   * its stack frames `name$.$step` (the receiver's class, the property called), which tracebacks
   * read (runtime/core/traceback.ts), and no name can shadow a variable of the marker's scope.
   */
  emitClosure(name: string, self: boolean): { cls: ts.ClassExpression; step: ts.FunctionExpression } {
    const f = this.f;
    const { params, body } = this.step();
    const cls = f.createClassExpression(undefined, `${name}$`, undefined, undefined,
      [this.constructorDecl(self ? ["$step", "$fn"] : ["$step"]), ...this.hotMethods(), ...this.forgetMethod(), this.metaProperty(name)]);
    return { cls, step: f.createFunctionExpression(undefined, undefined, undefined, undefined, params, undefined, body) };
  }

  /** The per-class fast paths of a generator's class (`$next`); none for other kinds. */
  private hotMethods(): ts.MethodDeclaration[] {
    return this.input.base === "Generator" || this.input.base === "GeneratorCoroutine" ? [this.nextMethod()] : [];
  }

  /**
   * `$next(v)`: send `v` into this generator, per class (gen-iter, issue 12). `next`/`send` on the
   * runtime's Generator prototype and a lowered for-of call it; the common case — a suspended frame
   * that does not delegate, or a first send(None) — runs `$step` right here, anything else goes to
   * the runtime's `resume`:
   *
   *   $next(v) {
   *     const s = this.$s;
   *     if ((s > 0 && this.$yf === null) || (s === 0 && v == null)) {
   *       this.$s = -2;
   *       let r;
   *       try { r = this.$step(s, v, 0); } catch (e) { throw RT.stepError(this, e); }
   *       if (typeof r === "symbol" && r === RT.DELEGATE) return RT.delegated(this);
   *       if (this.$s < 0) this.$s = -1;
   *       return r;
   *     }
   *     return RT.resume(this, v, 0);
   *   }
   *
   * Why `typeof r === "symbol"` first: `r` is whatever the generator yields (numbers, objects,
   * DELEGATE), so V8 compiled the bare `===` as a call to its generic StrictEqual builtin on every
   * value, 11–15% of a lone generator's profile; the typeof test is an inline map check. Measured by
   * s5-deleg (hand-patched emitted code, one process, CPU time): steady D=1 5.0 -> 3.7 ns per value.
   *
   * Why per class and not only the runtime's shared `resume`: in a program with more than four
   * generator classes, the shared function's property loads and its `$step` call go megamorphic and
   * `$step` is never inlined. Measured (bench `programs`, one process, all four programs warmed
   * first, load ~3): the send pipeline 1.52× native generators with the shared path, 0.39–0.48×
   * with this method; the same pipeline alone (monomorphic) was 0.83×.
   */
  private nextMethod(): ts.MethodDeclaration {
    const f = this.f;
    const rt = (name: string) => f.createPropertyAccessExpression(this.id(this.input.runtime), name);
    const self = (name: string) => f.createPropertyAccessExpression(f.createThis(), name);
    const s = this.id("s"), v = this.id("v"), r = this.id("r");
    const fast = f.createLogicalOr(
      f.createParenthesizedExpression(f.createLogicalAnd(f.createGreaterThan(s, this.num(CREATED)), f.createStrictEquality(self("$yf"), f.createNull()))),
      f.createParenthesizedExpression(f.createLogicalAnd(f.createStrictEquality(s, this.num(CREATED)), f.createEquality(v, f.createNull()))));
    const hot = f.createBlock([
      f.createExpressionStatement(f.createAssignment(self("$s"), this.num(RUNNING))),
      f.createVariableStatement(undefined, f.createVariableDeclarationList([f.createVariableDeclaration("r")], ts.NodeFlags.Let)),
      f.createTryStatement(
        f.createBlock([f.createExpressionStatement(f.createAssignment(r, f.createCallExpression(self("$step"), undefined, [s, v, f.createNumericLiteral(0)])))], true),
        f.createCatchClause("e", f.createBlock([f.createThrowStatement(f.createCallExpression(rt("stepError"), undefined, [f.createThis(), this.id("e")]))], true)),
        undefined),
      f.createIfStatement(f.createLogicalAnd(f.createStrictEquality(f.createTypeOfExpression(r), f.createStringLiteral("symbol")), f.createStrictEquality(r, rt("DELEGATE"))), f.createReturnStatement(f.createCallExpression(rt("delegated"), undefined, [f.createThis()]))),
      f.createIfStatement(f.createLessThan(self("$s"), f.createNumericLiteral(0)), f.createExpressionStatement(f.createAssignment(self("$s"), this.num(CLOSED)))),
      f.createReturnStatement(r),
    ], true);
    return f.createMethodDeclaration(undefined, undefined, "$next", undefined, undefined,
      [f.createParameterDeclaration(undefined, undefined, "v")], undefined, f.createBlock([
        f.createVariableStatement(undefined, f.createVariableDeclarationList([f.createVariableDeclaration("s", undefined, undefined, self("$s"))], ts.NodeFlags.Const)),
        f.createIfStatement(fast, hot),
        f.createReturnStatement(f.createCallExpression(rt("resume"), undefined, [f.createThis(), v, f.createNumericLiteral(0)])),
      ], true));
  }

  /** Constructor parameters: `$t` (if `this` is used), `$a` (if `arguments`), then the parameters' bound names. */
  ctorParams(): string[] {
    const { sm } = this.input;
    return [...(sm.usesThis ? ["$t"] : []), ...(sm.usesSuper ? ["$super"] : []), ...(sm.usesArguments ? ["$a"] : []), ...this.input.paramFields];
  }

  private constructorDecl(own: string[]): ts.ConstructorDeclaration {
    const f = this.f;
    const { sm } = this.input;
    const params = [...own, ...this.ctorParams()];
    const paramNames = params.map((_, i) => `p${i}`);
    // The base fields, as the runtime's base constructors would set them (DESIGN.md §1): the class
    // has no `extends` (the runtime links it under its base: `frameClass`), so nothing else does.
    const set = (name: string, value: ts.Expression) => f.createExpressionStatement(f.createAssignment(f.createPropertyAccessExpression(f.createThis(), name), value));
    const body: ts.Statement[] = [set("$s", f.createNumericLiteral(CREATED)), set("$yf", f.createNull()), set("$own", f.createNull())];
    if (this.input.base === "AsyncGenerator") body.push(set("$ag", f.createNumericLiteral(0)));
    params.forEach((p, i) => body.push(f.createExpressionStatement(f.createAssignment(f.createPropertyAccessExpression(f.createThis(), p), this.id(paramNames[i])))));
    for (const fld of sm.fields) {
      if (params.includes(fld.name)) continue;
      body.push(f.createExpressionStatement(f.createAssignment(f.createPropertyAccessExpression(f.createThis(), fld.name), f.createVoidZero())));
    }
    return f.createConstructorDeclaration(undefined, paramNames.map((p) => f.createParameterDeclaration(undefined, undefined, p)), f.createBlock(body, true));
  }

  /** The step's parameters and body (a method `$step`, or a closure's function expression). */
  private step(): { params: ts.ParameterDeclaration[]; body: ts.Block } {
    const f = this.f;
    const { sm } = this.input;
    const n = this.n;
    const hasHandlers = sm.blocks.length > 0;
    const cases = this.cases();
    const dispatch = f.createSwitchStatement(this.id(n.state), f.createCaseBlock(cases));
    // m > 0: throw `v` in at the resume point; m <= 0: a send (-m: the inline depth, DESIGN.md §6).
    const throwIn = (reset: boolean) => f.createIfStatement(f.createGreaterThan(this.id(n.mode), f.createNumericLiteral(0)),
      f.createBlock([...(reset ? [f.createExpressionStatement(f.createAssignment(this.id(n.mode), f.createNumericLiteral(0)))] : []), f.createThrowStatement(this.id(n.sent))]));
    const body: ts.Statement[] = [
      f.createVariableStatement(undefined, f.createVariableDeclarationList([f.createVariableDeclaration(n.frame, undefined, undefined, f.createThis())], ts.NodeFlags.Const)),
    ];
    const awaits = sm.ops.some((op) => op.kind === "delegate" && op.how === "await");
    const locals = [...sm.stepLocals, ...(awaits ? [n.awaited] : [])];
    if (locals.length) {
      body.push(f.createVariableStatement(undefined, f.createVariableDeclarationList(locals.map((n) => f.createVariableDeclaration(n)), ts.NodeFlags.Let)));
    }
    if (sm.blocks.some((b) => b.catchLabel !== undefined)) {
      body.push(f.createVariableStatement(undefined, f.createVariableDeclarationList([f.createVariableDeclaration(n.caught)], ts.NodeFlags.Let)));
    }
    // An exception leaving the step ends the frame: it forgets its locals first, as a return does.
    const raise = () => [...(this.cleared.length ? [this.reset()] : []), f.createThrowStatement(this.id(n.exc))];
    if (hasHandlers) {
      const loopBody = f.createBlock([f.createTryStatement(f.createBlock([throwIn(true), dispatch], true),
        f.createCatchClause(n.exc, f.createBlock([this.handlerDispatch(), ...raise()], true)), undefined)], true);
      body.push(f.createLabeledStatement(n.loop, f.createForStatement(undefined, undefined, undefined, loopBody)));
    } else if (this.cleared.length) {
      const loop = f.createLabeledStatement(n.loop, f.createForStatement(undefined, undefined, undefined, dispatch));
      body.push(f.createTryStatement(f.createBlock([throwIn(false), loop], true), f.createCatchClause(n.exc, f.createBlock(raise(), true)), undefined));
    } else {
      body.push(throwIn(false), f.createLabeledStatement(n.loop, f.createForStatement(undefined, undefined, undefined, dispatch)));
    }
    return { params: [n.state, n.sent, n.mode].map((p) => f.createParameterDeclaration(undefined, undefined, p)), body: f.createBlock(body, true) };
  }

  /** Labels in order of their offsets: each one the dispatch can enter opens a case (flow). */
  private orderedLabels(): Label[] {
    const { sm } = this.input;
    const labels: Label[] = [];
    sm.labelOffsets.forEach((off, l) => { if (off >= 0) labels.push(l); });
    return labels.sort((a, b) => sm.labelOffsets[a] - sm.labelOffsets[b] || a - b);
  }

  private cases(): ts.CaseClause[] {
    const f = this.f;
    const { sm } = this.input;
    const labels = this.orderedLabels();
    const { reached, entered } = this.flow();
    const clauses: { label: Label; stmts: ts.Statement[] }[] = [];
    labels.forEach((label, i) => {
      // (a label no path reaches opens no code: its ops are dead; one reached only by falling into
      // it opens no `case`: its ops join the case before it, which falls through to them — flow())
      if (!reached.has(label)) return;
      const start = sm.labelOffsets[label];
      const nextLabel = labels[i + 1];
      const end = nextLabel === undefined ? sm.ops.length : sm.labelOffsets[nextLabel];
      const stmts: ts.Statement[] = [];
      let terminal = false;
      // (ops after a terminal op of the same case are unreachable: the implicit end's `return`
      // after an explicit one; not rendered, as that return would now carry the field resets)
      this.from = label;
      for (let k = start; k < end && !terminal; k++) {
        const op = sm.ops[k];
        stmts.push(...this.render(op));
        terminal = this.ends(op);
      }
      this.from = undefined;
      // Falling into a case of another exception region: make the state say so first.
      if (!terminal && nextLabel !== undefined && sm.labelRegions[nextLabel] !== sm.labelRegions[label]) {
        stmts.push(f.createExpressionStatement(f.createAssignment(this.id(this.n.state), this.num(nextLabel))));
      }
      if (entered.has(label) || clauses.length === 0) clauses.push({ label, stmts });
      else clauses[clauses.length - 1].stmts.push(...stmts);
    });
    return clauses.map((c) => f.createCaseClause(this.num(c.label), c.stmts));
  }

  /** After this op the case's code does not go on (what `cases` stops rendering at). */
  private ends(op: Op): boolean {
    return isTerminal(op) || (op.kind === "stmt" && (ts.isReturnStatement(op.node) || ts.isThrowStatement(op.node)));
  }

  /**
   * Which labels the step can reach, and which of them need a `case` (s7-emit, issue 12).
   *
   * `entered`: the states the dispatch can be entered at — 0 (the entry), a resume label of a
   * reachable suspension (the runtime calls `$step` with it), the target of a reachable jump or
   * branch not threaded into a return (`returnAt`), a finally's recorded continuation (`complete`
   * K, continued at by `endfinally`), the enclosing finally an `endfinally`'s return goes to, and
   * the catch or finally label of the handler of every reachable label's region (the `catch`
   * dispatch jumps there). `reached`: those plus the labels reached only by falling into them from
   * a reachable label whose case does not end in a terminal op. A reachable label outside
   * `entered` needs no `case` (nothing dispatches to it); a label outside `reached` has dead code.
   * No label is renumbered: `$meta.lines` (f_lineno, tracebacks, graph.ts) and `handled` are
   * indexed by the state stored in `$f.$s`, always a resume label, always kept.
   *
   * Measured with tailAt (s7-emit; a lone `send` on `for (;;) { yield i; i = (i + 1) & 127; }`,
   * fresh processes alternating, CPU time, medians of 6 each, load ~4): 5.82 ns before, 4.72 with
   * the dead cases and fall-only labels gone, 3.64 with the back edge's tail duplicated; the step's
   * bytecode 93 -> 77 -> 75 bytes.
   */
  private flowed?: { reached: Set<Label>; entered: Set<Label> };
  flow(): { reached: Set<Label>; entered: Set<Label> } {
    return this.flowed ??= this.computeFlow();
  }

  private computeFlow(): { reached: Set<Label>; entered: Set<Label> } {
    const { sm } = this.input;
    const labels = this.orderedLabels();
    const next = new Map<Label, Label | undefined>(labels.map((l, i) => [l, labels[i + 1]]));
    const reached = new Set<Label>(), entered = new Set<Label>();
    const work: Label[] = [];
    const reach = (l: Label) => { if (!reached.has(l)) { reached.add(l); work.push(l); } };
    const enter = (l: Label) => { entered.add(l); reach(l); };
    const visit = (op: Op): void => {
      switch (op.kind) {
        case "jump": {
          if (this.returnAt(op.target)) break;
          const tail = this.tailAt(op.target);
          if (tail) tail.forEach(visit);
          else enter(op.target);
          break;
        }
        case "branch": if (!this.returnAt(op.target)) enter(op.target); break;
        case "yield": case "delegate": enter(op.resume); break;
        case "complete": if (typeof op.code === "number") enter(op.code); break;
        case "endfinally": {
          const outer = finallysBetween(sm, sm.blocks[op.block].outer, undefined)[0];
          if (outer) enter(outer.finallyLabel!);
          break;
        }
        case "stmt": {
          const from = this.from;
          this.from = undefined;
          for (const e of op.exits ?? []) e.ops.forEach(visit);
          this.from = from;
          break;
        }
      }
    };
    enter(0);
    while (work.length) {
      const label = work.pop()!;
      const h = handlerOf(sm, sm.labelRegions[label]);
      if (h.kind === "catch") enter(h.block.catchLabel!);
      else if (h.kind === "finally") enter(h.block.finallyLabel!);
      const after = next.get(label);
      const end = after === undefined ? sm.ops.length : sm.labelOffsets[after];
      let terminal = false;
      this.from = label;
      for (let k = sm.labelOffsets[label]; k < end && !terminal; k++) {
        visit(sm.ops[k]);
        terminal = this.ends(sm.ops[k]);
      }
      this.from = undefined;
      if (!terminal && after !== undefined) {
        reach(after);
        // (falling into another region sets `$s` to it first: the `catch` dispatch must know it)
        if (sm.labelRegions[after] !== sm.labelRegions[label]) entered.add(after);
      }
    }
    return { reached, entered };
  }

  /** The body of the `catch`: route by state to the handler of its region. */
  private handlerDispatch(): ts.Statement {
    const f = this.f;
    const { sm } = this.input;
    const groups = new Map<string, { states: Label[]; stmts: ts.Statement[] }>();
    // (only the states `$s` can hold when an exception is raised: flow()'s `entered`)
    const { entered } = this.flow();
    for (const label of this.orderedLabels()) {
      if (!entered.has(label)) continue;
      const h = handlerOf(sm, sm.labelRegions[label]);
      if (h.kind === "none") continue;
      const key = `${h.kind}:${h.block.id}`;
      let g = groups.get(key);
      if (!g) {
        const e = this.id(this.n.exc);
        const stmts = h.kind === "catch"
          ? [f.createExpressionStatement(f.createAssignment(this.id(this.n.caught), e)), ...this.goto(h.block.catchLabel!)]
          : [...this.render({ kind: "complete", block: h.block.id, code: "throw", value: e }), ...this.goto(h.block.finallyLabel!)];
        g = { states: [], stmts };
        groups.set(key, g);
      }
      g.states.push(label);
    }
    const clauses: ts.CaseClause[] = [];
    for (const g of groups.values()) {
      g.states.forEach((s, i) => clauses.push(f.createCaseClause(this.num(s), i === g.states.length - 1 ? g.stmts : [])));
    }
    return f.createSwitchStatement(this.id(this.n.state), f.createCaseBlock(clauses));
  }

  private metaProperty(name: string): ts.PropertyDeclaration {
    const f = this.f;
    const { sm } = this.input;
    const str = (s: string) => f.createStringLiteral(s);
    const locals = sm.fields.filter((x) => x.user !== undefined).map((x) => f.createArrayLiteralExpression([str(x.name), str(x.user!)]));
    const lines = sm.labelLines.map((l) => f.createNumericLiteral(l));
    const meta = f.createObjectLiteralExpression([
      f.createPropertyAssignment("name", str(sm.name)),
      f.createPropertyAssignment("qualname", str(sm.qualname)),
      f.createPropertyAssignment("file", str(sm.file)),
      f.createPropertyAssignment("line", f.createNumericLiteral(sm.line)),
      f.createPropertyAssignment("kind", str(sm.kind)),
      f.createPropertyAssignment("locals", f.createArrayLiteralExpression(locals)),
      f.createPropertyAssignment("lines", f.createArrayLiteralExpression(lines)),
      // a generator's resume states inside a try block (a catch or finally would run on close: frame.ts `handled`)
      ...(this.input.base === "Generator" || this.input.base === "GeneratorCoroutine" ? [f.createPropertyAssignment("handled", f.createArrayLiteralExpression([...sm.resumeLabels]
        .filter((l) => handlerOf(sm, sm.labelRegions[l]).kind !== "none").sort((a, b) => a - b).map((l) => f.createNumericLiteral(l))))] : []),
    ], false);
    return f.createPropertyDeclaration([f.createModifier(ts.SyntaxKind.StaticKeyword)], "$meta", undefined, undefined, meta);
  }
}

/**
 * The fields a finished frame resets (its locals, parameters, temporaries, `$t`, `$super`, `$a`):
 * all but a finally's completion code (a number: holds nothing, and a Smi field stays a Smi field)
 * and the fields a nested function or class of the body reads (`$f.x` in a closure that may
 * outlive the frame); none when a nested function holds the frame itself (`$f` other than as
 * `$f.name`). A closure's read of a field in its temporal dead zone, `RT.tdz($f, "x", "x").x`
 * (rename.ts), reads that one field: it keeps `x` only (found by the fuzzer, s6-fuzz: a closure
 * reading a `let` declared after it kept every local of the frame).
 */
function clearedFields(sm: StateMachine, frame: string, runtime: string): string[] {
  const kept = new Set(sm.blocks.map((b) => b.completionField).filter((x): x is string => x !== undefined));
  let whole = false;
  const isFrame = (n: ts.Node) => ts.isIdentifier(n) && n.text === frame;
  const scan = (n: ts.Node, inner: boolean): void => {
    if (inner && ts.isPropertyAccessExpression(n) && isFrame(n.expression)) {
      kept.add(n.name.text);
      return;
    }
    if (inner && ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && n.expression.name.text === "tdz" &&
      ts.isIdentifier(n.expression.expression) && n.expression.expression.text === runtime &&
      n.arguments.length === 3 && isFrame(n.arguments[0]) && ts.isStringLiteral(n.arguments[1])) {
      kept.add(n.arguments[1].text);
      return;
    }
    // (reached only when not the object of a property access: checked above, top-down, since
    // synthesized nodes have no parent)
    if (inner && ts.isIdentifier(n) && n.text === frame) { whole = true; return; }
    const deeper = inner || ts.isFunctionLike(n) || ts.isClassLike(n);
    ts.forEachChild(n, (c) => scan(c, deeper));
  };
  const nodes = (op: Op): (ts.Node | undefined)[] => {
    switch (op.kind) {
      case "stmt": return [op.node, ...(op.exits ?? []).flatMap((e) => e.ops.flatMap(nodes))];
      case "assign": return [op.target, op.value];
      case "branch": return [op.cond];
      case "yield": case "return": case "complete": return [op.value];
      case "delegate": case "throw": return [op.value];
      default: return [];
    }
  };
  for (const op of sm.ops) for (const n of nodes(op)) if (n) scan(n, false);
  if (whole) return [];
  // (`this`, the `super` accessor and `arguments` too: CPython's frame drops `self` and the
  // arguments with the other locals)
  const own = [...(sm.usesThis ? ["$t"] : []), ...(sm.usesSuper ? ["$super"] : []), ...(sm.usesArguments ? ["$a"] : [])];
  // (not the fields declared as numbers or booleans: they hold no memory; hoist.ts isScalar)
  return [...sm.fields.filter((x) => !x.scalar).map((x) => x.name), ...own].filter((name) => !kept.has(name));
}

/** A block's statements (to splice into an enclosing block), or the statement alone. */
function unblock(s: ts.Statement): ts.Statement[] {
  return ts.isBlock(s) ? [...s.statements] : [s];
}

/** Reading it runs no user code: a literal, a local, or a frame field. */
function isInert(e: ts.Expression, frame: string): boolean {
  return ts.isLiteralExpression(e) || e.kind === ts.SyntaxKind.TrueKeyword || e.kind === ts.SyntaxKind.FalseKeyword ||
    e.kind === ts.SyntaxKind.NullKeyword || (ts.isVoidExpression(e) && ts.isLiteralExpression(e.expression)) ||
    (ts.isPropertyAccessExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === frame);
}

function isTerminal(op: Op): boolean {
  return op.kind === "jump" || op.kind === "yield" || (op.kind === "delegate" && op.how === "yieldFrom") || op.kind === "return" || op.kind === "throw" || op.kind === "endfinally";
}
