/**
 * machine.ts — the state-machine IR: what `lower` produces and what `emit` and `inspect` read.
 *
 * A marked function becomes a flat list of operations. A *label* is a state number: marking a
 * label at an offset starts a `case` there (labels are never renumbered, so lowering can write
 * jumps to a label before it is marked). State 0 is the entry and is never a jump target.
 *
 * | op            | meaning                                              | emitted JavaScript                         |
 * | ------------- | ---------------------------------------------------- | ------------------------------------------ |
 * | stmt S X      | a statement with no suspension inside (verbatim,     | S, each exit's placeholder replaced by     |
 * |               | after renaming locals to frame fields); X: its exits | the exit's ops (Exit below)                |
 * | assign T = E  | store a value                                        | T = E;                                     |
 * | jump L        | unconditional jump                                   | s = L; continue loop;                      |
 * | branch C L w  | jump to L when !!C === w                             | if (C) { s = L; continue loop; }           |
 * | yield E L     | suspend, yielding E; resume at L with the sent value | $f.$s = L; return E;                       |
 * | delegate E L  | `yield* E` / `await E`: push E's frame; resume at L  | return __pycoro.yieldFrom($f, E, L)        |
 * |               | with its return value (or its exception). `await` of | (await: a new coroutine runs inline, else  |
 * |               | a new coroutine runs it inline and falls through     | `awaitOther`; emit.ts awaitOp)             |
 * | return E      | finish with E (only where no finally intervenes)     | return E;                                  |
 * | throw E       | raise E at this point                                | throw E;                                   |
 * | complete B K  | record the pending completion of finally block B     | $f.$cB = K; $f.$xB = E;                    |
 * |               | (K: a label to continue at, "throw", or "return")    |                                            |
 * | endfinally B  | leave finally block B: re-raise, return (through the | if ($f.$cB === -1) throw $f.$xB; ...       |
 * |               | next finally), or continue at the recorded label     |                                            |
 *
 * Exception regions (regions.ts): every label records the region it lies in.
 *
 * In the value positions of ops, `%sent%` (the value a resume delivers) is the identifier the
 * emitter names `$v`; it is only read at the start of a resume case.
 */
import type ts from "typescript";
import type { Region, ExceptionBlock } from "./regions.js";

export type { Region, RegionPart, ExceptionBlock } from "./regions.js";

export type Label = number;

export type Op =
  | { kind: "stmt"; node: ts.Statement; exits?: readonly Exit[] }
  | { kind: "assign"; target: ts.Expression; value: ts.Expression; loc?: ts.Node }
  | { kind: "jump"; target: Label }
  | { kind: "branch"; cond: ts.Expression; target: Label; when: boolean }
  | { kind: "yield"; value: ts.Expression | undefined; resume: Label; loc?: ts.Node }
  | { kind: "delegate"; value: ts.Expression; resume: Label; loc?: ts.Node; how: "yieldFrom" | "await" }
  | { kind: "return"; value: ts.Expression | undefined; loc?: ts.Node }
  | { kind: "throw"; value: ts.Expression; loc?: ts.Node }
  | { kind: "complete"; block: number; code: Label | "throw" | "return"; value?: ts.Expression }
  | { kind: "endfinally"; block: number };

/**
 * A jump out of a verbatim statement (`break`, `continue` or `return` inside code kept as it was,
 * whose target lies in lowered code or behind a finally): `at` is a placeholder statement inside
 * the `stmt` op's node (an empty block, replaced by emit with the rendered `ops`), `ops` are the
 * jump's own ops (`jump`, `complete` + `jump`, `return`). Passes that rewrite the node keep the
 * placeholder object (ts.visitEachChild returns a node with no changed children as it is).
 */
export interface Exit {
  readonly at: ts.Statement;
  readonly ops: readonly Op[];
}

export type FieldKind = "param" | "local" | "temp" | "completion" | "iterator" | "env" | "this" | "arguments";

export interface Field {
  readonly name: string;
  readonly kind: FieldKind;
  /** The user's name for params and locals (what introspection shows). */
  readonly user?: string;
  /**
   * Declared as a number, boolean or bigint (an annotation, or a literal initializer without one):
   * a finished frame need not reset it (emit.ts `clearedFields`), since such a value holds no
   * memory. Only the reset is skipped, so a mistyped value is at worst kept as long as the frame.
   */
  readonly scalar?: boolean;
}

export interface StateMachine {
  readonly name: string;
  readonly qualname: string;
  readonly kind: "generator" | "coroutine" | "generator-coroutine" | "async-generator";
  readonly file: string;
  readonly line: number;
  /** The source file the ops' original nodes come from (for printing them). */
  readonly source?: ts.SourceFile;
  readonly ops: Op[];
  /** label -> op offset where its case starts */
  readonly labelOffsets: number[];
  /** label -> region id */
  readonly labelRegions: number[];
  /** label -> 1-based source line (for frame introspection) */
  readonly labelLines: number[];
  /** labels that are resume points (after a yield or delegation) */
  readonly resumeLabels: Set<Label>;
  readonly regions: Region[];
  readonly blocks: ExceptionBlock[];
  readonly fields: Field[];
  /** Locals of the step method: bindings and temporaries never live across a suspension. */
  readonly stepLocals: readonly string[];
  readonly usesThis: boolean;
  readonly usesArguments: boolean;
  readonly usesSuper: boolean;
}
