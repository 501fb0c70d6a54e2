/**
 * temps.ts — temporaries that never live across a suspension move from the frame to the step.
 *
 * `lower` gives every temporary of the spill pass (`$tN`: an operand cached before a later
 * operand suspends, the value of a `?:` or `&&` whose branches suspend) a frame field, because
 * while it lowers one statement it cannot see which of them will be read after a suspension. This
 * pass looks at the whole op list and keeps in the frame only the temporaries that are live at a
 * resume point; the others become locals of `$step` (no field in every frame, no store in the
 * constructor, a register instead of a property in the step).
 *
 * Input (ops of `level`: `return d === 0 ? await leaf(x) : await level(d - 1, x)`):
 *
 *   branch !(d === 0) -> 1;  delegate await leaf($f.x) -> 3
 *   3: assign $f.$t0 = %sent%;  jump 2
 *   1: delegate await level($f.d - 1, $f.x) -> 4
 *   4: assign $f.$t0 = %sent%
 *   2: return $f.$t0
 *
 * Output: the same ops with `$f.$t0` replaced by the step local `$t0` (it is written after each
 * resume and read before the next suspension), and `$t0` gone from the machine's fields.
 *
 * The analysis is classic backward liveness over the ops' control-flow graph. Edges: fall-through,
 * jumps and branches, the exits of verbatim statements (their own jump ops, ir/machine.ts Exit), an
 * `endfinally`'s possible continuations (the labels its `complete` ops record, in the op list or in
 * exits, and the enclosing finally), and from every op of a region to the region's handler (conservative: an exception may
 * leave anywhere). A yield or delegation does not fall through: its resume label is entered by a
 * later `$step` call, so a temporary live there must be a field. Reading a temporary anywhere but
 * as the whole target of an `assign` counts as a use; that errs towards keeping the field.
 */
import ts from "typescript";
import type { Label, Op, StateMachine } from "../ir/machine.js";
import { handlerOf, finallysBetween } from "../ir/regions.js";

export interface TempNames {
  /** The frame's identifier in the ops (`$f`, `$f1` in nested machines). */
  readonly frame: string;
  /** A fresh step-local name for the temporary field `field`. */
  local(field: string): string;
}

/** `sm` with its step-local temporaries moved out of the frame (into `stepLocals`). */
export function localizeTemps(sm: StateMachine, names: TempNames, ctx: ts.TransformationContext): StateMachine {
  const temps = new Set(sm.fields.filter((f) => f.kind === "temp").map((f) => f.name));
  if (temps.size === 0) return sm;
  const live = liveAtResume(sm, temps, names.frame);
  const captured = capturedTemps(sm, temps, names.frame);
  const moved = new Map<string, string>();
  for (const t of temps) if (!live.has(t) && !captured.has(t)) moved.set(t, names.local(t));
  if (moved.size === 0) return sm;
  const rename = <T extends ts.Node>(node: T): T => {
    const visit = (n: ts.Node): ts.Node => {
      if (ts.isPropertyAccessExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === names.frame && ts.isIdentifier(n.name) && moved.has(n.name.text)) {
        return ts.setTextRange(ctx.factory.createIdentifier(moved.get(n.name.text)!), n);
      }
      return ts.visitEachChild(n, visit, ctx);
    };
    return visit(node) as T;
  };
  const renameOp = (op: Op): Op => {
    switch (op.kind) {
      // (the placeholders of exits hold no temporary: rename keeps them as they are)
      case "stmt": return { ...op, node: rename(op.node), ...(op.exits && { exits: op.exits.map((e) => ({ at: e.at, ops: e.ops.map(renameOp) })) }) };
      case "assign": return { ...op, target: rename(op.target), value: rename(op.value) };
      case "branch": return { ...op, cond: rename(op.cond) };
      case "yield": case "return": return { ...op, value: op.value && rename(op.value) };
      case "delegate": case "throw": return { ...op, value: rename(op.value) };
      case "complete": return { ...op, value: op.value && rename(op.value) };
      default: return op;
    }
  };
  const ops = sm.ops.map(renameOp);
  return { ...sm, ops, fields: sm.fields.filter((f) => !moved.has(f.name)), stepLocals: [...sm.stepLocals, ...moved.values()] };
}

/** The temporaries live at the start of some resume label's case. */
function liveAtResume(sm: StateMachine, temps: Set<string>, frame: string): Set<string> {
  const n = sm.ops.length;
  const at = (l: Label) => sm.labelOffsets[l];
  // The labels whose case each op belongs to (several labels may start at one offset), for the
  // exception regions the op can raise in.
  const casesOf: Label[][] = new Array(n);
  const starts = sm.labelOffsets.map((off, l) => [off, l] as const).filter(([off]) => off >= 0).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  for (let k = 0, j = 0, cur: Label[] = [0]; k < n; k++) {
    if (j < starts.length && starts[j][0] <= k) cur = [];
    for (; j < starts.length && starts[j][0] <= k; j++) cur.push(starts[j][1]);
    casesOf[k] = cur;
  }
  const continuations = new Map<number, Label[]>(); // finally block -> labels its `complete` ops record
  for (const op of allOps(sm.ops)) {
    if (op.kind === "complete" && typeof op.code === "number") {
      const list = continuations.get(op.block) ?? [];
      list.push(op.code);
      continuations.set(op.block, list);
    }
  }

  const succ: number[][] = sm.ops.map((op, i) => {
    const out: number[] = [];
    switch (op.kind) {
      case "jump": out.push(at(op.target)); break;
      case "branch": out.push(at(op.target), i + 1); break;
      case "yield": case "delegate": case "return": case "throw": break;
      case "endfinally": {
        for (const l of continuations.get(op.block) ?? []) out.push(at(l));
        const b = sm.blocks[op.block];
        const outer = finallysBetween(sm, b.outer, undefined)[0];
        if (outer) out.push(at(outer.finallyLabel!));
        break;
      }
      case "stmt":
        for (const e of op.exits ?? []) for (const x of e.ops) if (x.kind === "jump") out.push(at(x.target));
        out.push(i + 1);
        break;
      default: out.push(i + 1);
    }
    for (const l of casesOf[i]) {
      const h = handlerOf(sm, sm.labelRegions[l]);
      if (h.kind !== "none") out.push(at(h.kind === "catch" ? h.block.catchLabel! : h.block.finallyLabel!));
    }
    return out.filter((j) => j >= 0 && j < n);
  });
  const uses = sm.ops.map((op) => tempRefs(op, temps, frame));

  // Backward liveness to a fixed point.
  const liveIn: Set<string>[] = sm.ops.map(() => new Set());
  for (let changed = true; changed;) {
    changed = false;
    for (let i = n - 1; i >= 0; i--) {
      const s = new Set<string>();
      for (const j of succ[i]) for (const t of liveIn[j]) s.add(t);
      const { read, written } = uses[i];
      if (written !== undefined) s.delete(written);
      for (const t of read) s.add(t);
      if (s.size !== liveIn[i].size) {
        liveIn[i] = s;
        changed = true;
      }
    }
  }
  const live = new Set<string>();
  for (const l of sm.resumeLabels) if (at(l) >= 0 && at(l) < n) for (const t of liveIn[at(l)]) live.add(t);
  return live;
}

/** Temporaries an op reads, and the one it overwrites as a whole (`assign $f.$tN = ...`). */
function tempRefs(op: Op, temps: Set<string>, frame: string): { read: Set<string>; written?: string } {
  const read = new Set<string>();
  const scan = (node: ts.Node | undefined): void => {
    if (!node) return;
    const t = tempOf(node, temps, frame);
    if (t !== undefined) read.add(t);
    ts.forEachChild(node, scan);
  };
  let written: string | undefined;
  switch (op.kind) {
    case "stmt":
      scan(op.node);
      for (const e of op.exits ?? []) for (const x of e.ops) if (x.kind === "return" || x.kind === "complete") scan(x.value);
      break;
    case "assign": {
      written = tempOf(op.target, temps, frame);
      if (written === undefined) scan(op.target);
      scan(op.value);
      break;
    }
    case "branch": scan(op.cond); break;
    case "yield": case "return": case "delegate": case "throw": case "complete": scan(op.value); break;
  }
  // A temporary both read and written by the op (`$t0 = f($t0)`) is live before it.
  return { read, written: written !== undefined && read.has(written) ? undefined : written };
}

/** Temporaries referenced inside a nested function (a closure may run after the step returns): they stay fields. */
function capturedTemps(sm: StateMachine, temps: Set<string>, frame: string): Set<string> {
  const out = new Set<string>();
  const scan = (node: ts.Node, inFunction: boolean): void => {
    const t = inFunction ? tempOf(node, temps, frame) : undefined;
    if (t !== undefined) out.add(t);
    ts.forEachChild(node, (c) => scan(c, inFunction || ts.isFunctionLike(c)));
  };
  for (const op of sm.ops) {
    for (const node of Object.values(op)) if (node && typeof node === "object" && "kind" in node) scan(node as ts.Node, false);
  }
  return out;
}

function tempOf(node: ts.Node, temps: Set<string>, frame: string): string | undefined {
  return ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === frame &&
    ts.isIdentifier(node.name) && temps.has(node.name.text) ? node.name.text : undefined;
}

/** The ops of the list and of its statements' exits. */
function* allOps(ops: readonly Op[]): Iterable<Op> {
  for (const op of ops) {
    yield op;
    if (op.kind === "stmt") for (const e of op.exits ?? []) yield* allOps(e.ops);
  }
}
