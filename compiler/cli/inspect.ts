/**
 * inspect.ts — print the state machines of a file (`pycoro inspect`): the same IR the emitter
 * turned into code, as text, JSON, Graphviz DOT or Mermaid.
 *
 * Each state lists its ops (a verbatim statement shows its exits, the jumps out of it, where they
 * stand: `{ jump 4; }`); edges are jumps and branches (solid, exits included), fall-through (plain), yields
 * and delegations (dashed: the machine suspends and resumes there) and exception handlers
 * (dotted: where an exception raised in the state goes).
 */
import ts from "typescript";
import type { StateMachine, Op, Exit, Label } from "../ir/machine.js";
import { handlerOf } from "../ir/regions.js";

export type InspectFormat = "text" | "json" | "dot" | "mermaid";

const printer = ts.createPrinter({ removeComments: true, newLine: ts.NewLineKind.LineFeed });
const scratch = ts.createSourceFile("inspect.ts", "", ts.ScriptTarget.ES2022);
let current: ts.SourceFile = scratch;
const print = (n: ts.Node): string => printer.printNode(ts.EmitHint.Unspecified, n, current).replace(/\s*\n\s*/g, " ");

export interface StateView {
  readonly state: Label;
  readonly line: number;
  readonly region: string;
  readonly resume: boolean;
  readonly ops: string[];
  readonly edges: { to: Label; kind: "jump" | "branch" | "fallthrough" | "yield" | "delegate" | "handler" | "completion" }[];
}

function describeOp(op: Op): string {
  switch (op.kind) {
    case "stmt": return print(op.exits ? showExits(op.node, op.exits) : op.node);
    case "assign": return `${print(op.target)} = ${print(op.value)}`;
    case "jump": return `jump ${op.target}`;
    case "branch": return `if (${op.when ? "" : "!"}(${print(op.cond)})) jump ${op.target}`;
    case "yield": return `yield ${op.value ? print(op.value) : "undefined"} -> resume ${op.resume}`;
    case "delegate": return `${op.how === "await" ? "await" : "yield*"} ${print(op.value)} -> resume ${op.resume}`;
    case "return": return `return ${op.value ? print(op.value) : ""}`.trimEnd();
    case "throw": return `throw ${print(op.value)}`;
    case "complete": return `finally#${op.block} pending: ${typeof op.code === "number" ? `continue at ${op.code}` : op.code}${op.value ? ` ${print(op.value)}` : ""}`;
    case "endfinally": return `endfinally#${op.block}`;
  }
}

/** The statement with each exit's placeholder shown as its ops: `{ finally#0 pending: continue at 4; jump 2; }`. */
function showExits(node: ts.Statement, exits: readonly Exit[]): ts.Node {
  const at = new Map<ts.Node, readonly Op[]>(exits.map((e) => [e.at, e.ops]));
  const show = (ctx: ts.TransformationContext) => (root: ts.Node): ts.Node => {
    const visit = (n: ts.Node): ts.Node => {
      const ops = at.get(n);
      if (!ops) return ts.visitEachChild(n, visit, ctx);
      return ctx.factory.createBlock(ops.map((op) => ctx.factory.createExpressionStatement(ctx.factory.createIdentifier(describeOp(op)))), false);
    };
    return visit(root);
  };
  return ts.transform(node, [show]).transformed[0];
}

/** Where control can go from an op (or from the exits of a verbatim statement). */
function opEdges(op: Op, edges: StateView["edges"]): void {
  if (op.kind === "jump") edges.push({ to: op.target, kind: "jump" });
  if (op.kind === "branch") edges.push({ to: op.target, kind: "branch" });
  if (op.kind === "yield") edges.push({ to: op.resume, kind: "yield" });
  if (op.kind === "delegate") edges.push({ to: op.resume, kind: "delegate" });
  if (op.kind === "complete" && typeof op.code === "number") edges.push({ to: op.code, kind: "completion" });
  if (op.kind === "stmt") for (const e of op.exits ?? []) for (const x of e.ops) opEdges(x, edges);
}

export function stateViews(sm: StateMachine): StateView[] {
  current = sm.source ?? scratch;
  const labels: Label[] = [];
  sm.labelOffsets.forEach((off, l) => { if (off >= 0) labels.push(l); });
  labels.sort((a, b) => sm.labelOffsets[a] - sm.labelOffsets[b] || a - b);
  return labels.map((label, i) => {
    const next = labels[i + 1];
    const end = next === undefined ? sm.ops.length : sm.labelOffsets[next];
    const ops = sm.ops.slice(sm.labelOffsets[label], end);
    const edges: StateView["edges"] = [];
    let terminal = false;
    for (const op of ops) {
      opEdges(op, edges);
      terminal = ["jump", "yield", "delegate", "return", "throw", "endfinally"].includes(op.kind);
    }
    if (!terminal && next !== undefined) edges.push({ to: next, kind: "fallthrough" });
    const h = handlerOf(sm, sm.labelRegions[label]);
    if (h.kind === "catch") edges.push({ to: h.block.catchLabel!, kind: "handler" });
    if (h.kind === "finally") edges.push({ to: h.block.finallyLabel!, kind: "handler" });
    const r = sm.regions[sm.labelRegions[label]];
    return {
      state: label, line: sm.labelLines[label], resume: sm.resumeLabels.has(label),
      region: r.part === "function" ? "function" : `${r.part}#${r.block}`,
      ops: ops.map(describeOp), edges,
    };
  });
}

export function formatMachines(machines: StateMachine[], format: InspectFormat): string {
  switch (format) {
    case "json": return `${JSON.stringify(machines.map((sm) => ({
      name: sm.name, qualname: sm.qualname, kind: sm.kind, file: sm.file, line: sm.line,
      fields: sm.fields, stepLocals: sm.stepLocals, states: stateViews(sm),
    })), null, 2)}\n`;
    case "dot": return machines.map(toDot).join("\n");
    case "mermaid": return machines.map(toMermaid).join("\n");
    default: return machines.map(toText).join("\n");
  }
}

function toText(sm: StateMachine): string {
  const lines = [`${sm.kind} ${sm.qualname}  (${sm.file}:${sm.line})`,
    `  fields: ${sm.fields.map((f) => (f.user && f.user !== f.name ? `${f.name} (${f.user})` : f.name)).join(", ") || "(none)"}`];
  if (sm.stepLocals.length) lines.push(`  step locals: ${sm.stepLocals.join(", ")}`);
  for (const s of stateViews(sm)) {
    const h = s.edges.find((e) => e.kind === "handler");
    lines.push(`  state ${s.state}${s.resume ? " (resume)" : ""}  line ${s.line}  [${s.region}]${h ? `  on exception -> ${h.to}` : ""}`);
    for (const op of s.ops) lines.push(`    ${op}`);
  }
  return `${lines.join("\n")}\n`;
}

const quote = (s: string) => s.replace(/\\/g, "\\\\").replace(/"/g, '\\"');

function toDot(sm: StateMachine): string {
  const out = [`digraph "${quote(sm.qualname)}" {`, "  node [shape=box, fontname=monospace, fontsize=10];"];
  for (const s of stateViews(sm)) {
    out.push(`  s${s.state} [label="${quote([`state ${s.state} [${s.region}]`, ...s.ops].join("\\l"))}\\l"];`);
    for (const e of s.edges) {
      const style = e.kind === "yield" || e.kind === "delegate" ? ' [style=dashed, label="' + e.kind + '"]'
        : e.kind === "handler" ? ' [style=dotted, color=red, label="except"]'
        : e.kind === "completion" ? ' [style=dotted, label="after finally"]' : "";
      out.push(`  s${s.state} -> s${e.to}${style};`);
    }
  }
  out.push("}");
  return `${out.join("\n")}\n`;
}

function toMermaid(sm: StateMachine): string {
  const out = ["stateDiagram-v2", `  %% ${sm.kind} ${sm.qualname} (${sm.file}:${sm.line})`, "  [*] --> s0"];
  for (const s of stateViews(sm)) {
    out.push(`  s${s.state} : ${[`[${s.region}]`, ...s.ops].map((o) => o.replace(/[:;{}]/g, " ")).join(" \\n ")}`);
    for (const e of s.edges) out.push(`  s${s.state} --> s${e.to}${e.kind === "jump" || e.kind === "fallthrough" ? "" : ` : ${e.kind}`}`);
  }
  return `${out.join("\n")}\n`;
}
