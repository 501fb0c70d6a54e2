/**
 * builder.ts — the one emission API of the lowering: an op list under construction.
 *
 * The statement lowerer (lower.ts, a subclass) and the expression spiller (spill.ts) both write
 * ops through it: labels and where they start, the current exception region and source line,
 * yields and delegations with their resume labels, temporaries, jumps that cross finally blocks
 * (with their trampolines), and the renaming of code kept verbatim (rename.ts), whose jumps out
 * become the exits of the next `stmt` op. The spiller depends on this class only, so lower.ts ->
 * spill.ts -> builder.ts has no cycle.
 */
import ts from "typescript";
import type { Label, Op, Exit, Region, ExceptionBlock, StateMachine } from "../ir/machine.js";
import { finallysBetween } from "../ir/regions.js";
import type { StoragePlan } from "./hoist.js";
import { Renamer, type RewriteHooks } from "./rename.js";
import type { ScopeInfo } from "./scope.js";
import type { Diagnostics } from "../diagnostics.js";

export interface LowerInput {
  readonly fn: ts.FunctionLikeDeclaration;
  readonly kind: StateMachine["kind"];
  readonly name: string;
  readonly qualname: string;
  readonly file: string;
  readonly scopes: ScopeInfo;
  readonly plan: StoragePlan;
  readonly suspends: (n: ts.Node) => boolean;
  readonly ctx: ts.TransformationContext;
  readonly runtime: string;
  readonly diagnostics: Diagnostics;
  readonly nested?: (node: ts.Node) => ts.Node | undefined;
  /** Told each statement as it is lowered (the pipeline names it if lowering fails). */
  readonly track?: (node: ts.Node) => void;
}

export abstract class OpBuilder {
  readonly f: ts.NodeFactory;
  readonly renamer: Renamer;
  readonly ops: Op[] = [];
  readonly labelOffsets: number[] = [0];
  readonly labelRegions: number[] = [0];
  readonly labelLines: number[];
  readonly resumeLabels = new Set<Label>();
  readonly regions: Region[] = [{ id: 0, part: "function", parent: 0 }];
  readonly blocks: ExceptionBlock[] = [];
  /** The exception region ops are being written in. */
  protected region = 0;
  /** Trampoline states of jumps crossing several finallys, written after the body. */
  protected readonly trampolines: (() => void)[] = [];
  private pendingExits: Exit[] = [];
  private tempCount = 0;
  private readonly temps: string[] = [];
  /** The source line of the statement being lowered (recorded for each label). */
  protected line: number;
  readonly sourceFile: ts.SourceFile;

  constructor(readonly input: LowerInput) {
    this.f = input.ctx.factory;
    this.renamer = new Renamer(input.ctx, input.scopes, input.plan, input.nested, input.runtime);
    this.sourceFile = input.fn.getSourceFile();
    this.line = this.lineOf(input.fn);
    this.labelLines = [this.line];
  }

  /** The ops of a break/continue out of verbatim code whose target is lowered, else undefined (it stays native). */
  protected abstract findTarget(node: ts.BreakStatement | ts.ContinueStatement): Op[] | undefined;

  // ---------------------------------------------------------------- building blocks

  lineOf(node: ts.Node): number {
    return this.sourceFile.getLineAndCharacterOfPosition(node.getStart(this.sourceFile)).line + 1;
  }
  get names() { return this.input.plan.names; }
  get suspends() { return this.input.suspends; }
  runtime(name: string): ts.Expression { return this.f.createPropertyAccessExpression(this.f.createIdentifier(this.input.runtime), name); }
  sent(): ts.Identifier { return this.f.createIdentifier(this.names.sent); }
  field(name: string): ts.PropertyAccessExpression { return this.renamer.field(name); }

  defineLabel(): Label { this.labelOffsets.push(-1); this.labelRegions.push(-1); this.labelLines.push(this.line); return this.labelOffsets.length - 1; }
  markLabel(label: Label, region = this.region): void {
    this.labelOffsets[label] = this.ops.length;
    this.labelRegions[label] = region;
    this.labelLines[label] = this.line;
  }
  emit(op: Op): void {
    if (this.pendingExits.length) throw new Error(`pycoro: internal error: jumps out of verbatim code before a ${op.kind} op`);
    this.ops.push(op);
  }
  /** A verbatim statement; the jumps out of it found while renaming it become its exits. */
  emitStmt(node: ts.Statement): void {
    const exits = this.pendingExits;
    this.pendingExits = [];
    this.emit(exits.length ? { kind: "stmt", node, exits } : { kind: "stmt", node });
  }
  emitAssign(target: ts.Expression, value: ts.Expression, loc?: ts.Node): void { this.emit({ kind: "assign", target, value, loc }); }
  emitJump(target: Label): void { this.emit({ kind: "jump", target }); }
  emitBranch(cond: ts.Expression, target: Label, when: boolean): void { this.emit({ kind: "branch", cond, target, when }); }

  /** Suspend yielding `value`; returns the expression that holds the sent value afterwards. */
  emitYield(value: ts.Expression | undefined, loc: ts.Node): ts.Expression {
    const resume = this.defineLabel();
    this.emit({ kind: "yield", value, resume, loc });
    this.markLabel(resume);
    this.resumeLabels.add(resume);
    return this.sent();
  }
  emitDelegate(value: ts.Expression, loc: ts.Node, how: "yieldFrom" | "await"): ts.Expression {
    const resume = this.defineLabel();
    this.emit({ kind: "delegate", value, resume, loc, how });
    this.markLabel(resume);
    this.resumeLabels.add(resume);
    return this.sent();
  }

  /** A frame field for a value that must survive the suspensions of the current statement. */
  temp(): ts.PropertyAccessExpression {
    if (this.tempCount === this.temps.length) this.temps.push(this.input.plan.newField(`$t${this.temps.length}`, "temp"));
    return this.field(this.temps[this.tempCount++]);
  }
  protected resetTemps(): void { this.tempCount = 0; }

  rename<T extends ts.Node>(node: T): T { return this.renamer.visit(node, this.verbatimHooks()); }

  // ---------------------------------------------------------------- jumps through finally blocks

  /** Jump to `target` (lying in `targetRegion`), running every finally in between. */
  jumpOps(target: Label, targetRegion: number | undefined, value?: ts.Expression): Op[] {
    const sm = { regions: this.regions, blocks: this.blocks };
    const fins = finallysBetween(sm, this.region, targetRegion);
    if (targetRegion === undefined) {
      if (fins.length === 0) return [{ kind: "return", value }];
      return [{ kind: "complete", block: fins[0].id, code: "return", value }, { kind: "jump", target: fins[0].finallyLabel! }];
    }
    if (fins.length === 0) return [{ kind: "jump", target }];
    // Chain: finally[0] -> trampoline -> finally[1] -> ... -> target.
    let next = target;
    for (let i = fins.length - 1; i >= 1; i--) {
      const t = this.defineLabel();
      const dest = next, fin = fins[i], region = fins[i - 1].outer;
      this.trampolines.push(() => {
        this.markLabel(t, region);
        this.emit({ kind: "complete", block: fin.id, code: dest });
        this.emitJump(fin.finallyLabel!);
      });
      next = t;
    }
    return [{ kind: "complete", block: fins[0].id, code: next }, { kind: "jump", target: fins[0].finallyLabel! }];
  }

  /**
   * A break/continue/return in verbatim code whose target is lowered (or behind a finally) is
   * replaced by a placeholder; its ops wait in `pendingExits` for the stmt op that holds it.
   */
  protected verbatimHooks(): RewriteHooks {
    return {
      onJump: (node, expr) => {
        const ops = ts.isReturnStatement(node) ? this.jumpOps(0, undefined, expr) : this.findTarget(node);
        // (a return that crosses no finally stays a native return)
        if (!ops || (ts.isReturnStatement(node) && ops.length === 1)) return undefined;
        const at = this.f.createBlock([], true);
        this.pendingExits.push({ at, ops });
        return at;
      },
    };
  }

  // ---------------------------------------------------------------- exception regions of a lowered try

  openTry(hasCatch: boolean, hasFinally: boolean): ExceptionBlock {
    const id = this.blocks.length;
    const block: ExceptionBlock = {
      id, tryLabel: this.defineLabel(), endLabel: this.defineLabel(), outer: this.region,
      catchLabel: hasCatch ? this.defineLabel() : undefined, finallyLabel: hasFinally ? this.defineLabel() : undefined,
    };
    if (hasFinally) {
      block.completionField = this.input.plan.newField(`$c${id}`, "completion");
      block.valueField = this.input.plan.newField(`$x${id}`, "completion");
    }
    this.blocks.push(block);
    this.region = this.newRegion("try", id, block.outer);
    this.markLabel(block.tryLabel);
    return block;
  }
  private newRegion(part: Region["part"], block: number, parent: number): number {
    const id = this.regions.length;
    this.regions.push({ id, part, block, parent });
    return id;
  }
  /** Normal completion of the try or catch part: go to the finally (or the end). */
  closeTryPart(block: ExceptionBlock): void {
    if (block.finallyLabel !== undefined) {
      this.emit({ kind: "complete", block: block.id, code: block.endLabel });
      this.emitJump(block.finallyLabel);
    } else this.emitJump(block.endLabel);
    this.region = block.outer;
  }
  beginCatch(block: ExceptionBlock): void {
    this.region = this.newRegion("catch", block.id, block.outer);
    this.markLabel(block.catchLabel!);
  }
  beginFinally(block: ExceptionBlock): void {
    this.region = this.newRegion("finally", block.id, block.outer);
    this.markLabel(block.finallyLabel!);
  }
  endTry(block: ExceptionBlock): void {
    if (block.finallyLabel !== undefined) this.emit({ kind: "endfinally", block: block.id });
    this.region = block.outer;
    this.markLabel(block.endLabel);
  }
}
