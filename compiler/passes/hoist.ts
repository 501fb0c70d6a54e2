/**
 * hoist.ts — storage planning: decide where each local of a marked function lives (rename.ts then
 * rewrites the references).
 *
 * A local survives a suspension only if it lives in the frame. This pass looks at every binding
 * the scope resolver found and gives it one of five homes (the `Home` type):
 *
 * | home     | which bindings                                                   | a reference becomes   |
 * | -------- | ---------------------------------------------------------------- | --------------------- |
 * | native   | declared in a statement that contains no suspension (it stays    | `x` (unchanged)       |
 * |          | verbatim, so JavaScript's own scoping applies, closures included)|                       |
 * | field    | parameters; `var`s; block bindings of a block that is lowered    | `$f.x`                |
 * | step     | block bindings of a lowered block that no suspension can follow  | `x_` (a local of the  |
 * |          | while they are live: after the declaration, the rest of its      | step method)          |
 * |          | block does not suspend (and no closure captures it)              |                       |
 * | env      | block bindings of a lowered block inside a lowered loop that a   | `$f.$env1.x` (in the  |
 * |          | closure captures: each entry of the block gets a fresh object,   | body), `$env1.x` (in  |
 * |          | and a closure binds the object current when it was created       | the closure)          |
 * | self     | the marked function expression's own name                        | `$f.constructor.$fn`, |
 * |          |                                                                  | `$f.$fn` in a closure |
 *
 * The env home is what keeps `for (let i ...) { fns.push(() => i); yield; }` correct: hoisting
 * such a binding to one field would make every closure see the last value (babel#15594,
 * regenerator#65).
 *
 * Before:                                   After (body of the step method):
 *   let x = 1;                                $f.x = 1;
 *   for (let i = 0; i < 3; i++) {             $f.$env1 = { i: 0 }; ...
 *     fns.push(() => i); yield i;             fns.push((($env1) => () => $env1.i)($f.$env1)); ...
 *   }
 *
 * `this` and `arguments` of the marked function become `$f.$t` and `$f.$a`.
 */
import ts from "typescript";
import type { Binding, ScopeInfo, Scope } from "./scope.js";
import type { Field } from "../ir/machine.js";

/** Names a frame field may not take: the runtime's own fields and the protocol's methods. */
const RESERVED = new Set([
  "constructor", "send", "throw", "close", "next", "return", "then", "toString", "valueOf", "toJSON",
  "hasOwnProperty", "isPrototypeOf", "propertyIsEnumerable", "toLocaleString", "__proto__",
  "gi_running", "gi_suspended", "gi_yieldfrom", "gi_frame", "gi_code", "__name__", "__qualname__",
  "cr_running", "cr_suspended", "cr_await", "cr_frame", "cr_code", "cr_origin",
  "ag_running", "ag_await", "ag_frame", "ag_code", "__await__", "__aiter__", "__anext__",
  "asend", "athrow", "aclose",
]);

export type Home =
  | { kind: "native" }
  /** The marked function's own name: the function the runtime made (`$f.constructor.$fn`). */
  | { kind: "self" }
  /** Not live across any suspension: a local variable of the step method. */
  | { kind: "step"; name: string }
  | { kind: "field"; field: string }
  | { kind: "env"; env: EnvScope };

export interface EnvScope {
  readonly id: number;
  /** Frame field holding the current environment object. */
  readonly field: string;
  /** Identifier a closure receives it as. */
  readonly param: string;
  readonly scope: Scope;
  readonly bindings: Binding[];
}

export interface StoragePlan {
  readonly homes: Map<Binding, Home>;
  readonly fields: Field[];
  readonly envs: Map<ts.Node, EnvScope>;
  /** Step-method locals (bindings never live across a suspension), declared at the top of `$step`. */
  readonly stepLocals: string[];
  /**
   * Emitted as a marked closure (transformer.ts): one frame class per source function, each frame
   * holding its `$step` and, if the function names itself, its function (`$fn`).
   */
  readonly closure: boolean;
  /** Fresh identifiers for the step's own variables (chosen to avoid every name in the source). */
  readonly names: { frame: string; state: string; sent: string; mode: string; exc: string; caught: string; loop: string; awaited: string };
  newField(base: string, kind: Field["kind"], user?: string, scalar?: boolean): string;
  /** A fresh step-method local (added to `stepLocals`). */
  newStepLocal(base: string): string;
  /** References to a frame-held let/const/class that may run before its declaration (checked: TDZ). */
  readonly tdzRefs: ReadonlySet<ts.Identifier>;
  /** Bindings with such references: their home holds `TDZ` from the entry of their scope. */
  readonly tdzBindings: ReadonlySet<Binding>;
}

export interface HoistInput {
  readonly fn: ts.FunctionLikeDeclaration;
  readonly scopes: ScopeInfo;
  /** Does this node contain a suspension point (not counting nested functions)? */
  readonly suspends: (node: ts.Node) => boolean;
  /** Nesting depth among marked functions: a nested machine's frame must not shadow its parent's. */
  readonly depth?: number;
  /** Emitted as a marked closure (see StoragePlan.closure). */
  readonly closure?: boolean;
}

export function planStorage({ fn, scopes, suspends, depth = 0, closure = false }: HoistInput): StoragePlan {
  const used = new Set<string>();
  const fields: Field[] = [];
  const newField = (base: string, kind: Field["kind"], user?: string, scalar?: boolean): string => {
    let name = base;
    if (RESERVED.has(name) || (name.startsWith("$") && kind !== "temp" && kind !== "completion" && kind !== "iterator" && kind !== "env" && kind !== "this" && kind !== "arguments")) name = `${name}_`;
    for (let i = 1; used.has(name); i++) name = `${base}${kind === "temp" || kind === "completion" || kind === "iterator" || kind === "env" ? "" : "_"}${i}`;
    used.add(name);
    fields.push(scalar ? { name, kind, user, scalar } : { name, kind, user });
    return name;
  };
  const fresh = (base: string): string => {
    let n = base;
    for (let i = 1; scopes.allNames.has(n); i++) n = `${base}${i}`;
    return n;
  };
  const names = {
    frame: fresh(depth ? `$f${depth}` : "$f"), state: fresh("$s"), sent: fresh("$v"), mode: fresh("$m"),
    exc: fresh("$e"), caught: fresh("$err"), loop: fresh("$loop"), awaited: fresh("$w"),
  };

  const homes = new Map<Binding, Home>();
  const envs = new Map<ts.Node, EnvScope>();
  const bodySuspends = suspends(fn.body!);

  // Which own scopes are lowered (their node contains a suspension)? The function scope is
  // lowered when the body suspends anywhere.
  const isLowered = (scope: Scope): boolean => (scope.node === fn ? bodySuspends : suspends(scope.node));
  // Is this scope re-entered while the frame lives, i.e. inside a lowered loop?
  const inLoweredLoop = (scope: Scope): boolean => {
    for (let n: ts.Node | undefined = scope.node; n && n !== fn; n = n.parent) {
      if (isIterationStatement(n) && suspends(n)) return true;
    }
    return false;
  };

  // Liveness: a let/const/class binding is dead at every suspension point if, after its
  // declaration, the rest of its block never suspends (a use before the declaration is a TDZ
  // error, so a suspension earlier in the block, or in an enclosing loop, is followed by the
  // declaration again before any use). Closures could read it after a suspension: captured
  // bindings always live in the frame.
  const stepLocals: string[] = [];
  const usedStep = new Set<string>();
  const statementsOf = (node: ts.Node): readonly ts.Statement[] | undefined =>
    node === fn ? (ts.isBlock(fn.body!) ? fn.body.statements : undefined)
    : ts.isBlock(node) ? node.statements
    : ts.isCaseBlock(node) ? node.clauses.flatMap((c) => [...c.statements]) : undefined;
  const deadAtSuspensions = (b: Binding): boolean => {
    if (b.captured || (b.kind !== "let" && b.kind !== "const" && b.kind !== "class") || b.declarations.length !== 1) return false;
    const list = statementsOf(b.scope.node);
    if (!list) return false;
    let d: ts.Node = b.declarations[0];
    while (d.parent && !list.includes(d as ts.Statement)) d = d.parent;
    if (!d.parent) return false;
    if (ts.isVariableStatement(d)) {
      const list = d.declarationList;
      // `await using` awaits __aenter__/__aexit__ around the rest of the block.
      if ((list.flags & ts.NodeFlags.AwaitUsing) === ts.NodeFlags.AwaitUsing) return false;
      if (list.declarations.some((x) => suspends(x.name))) return false;
      // A later declarator of the same statement may suspend after this one is assigned.
      const own = list.declarations.findIndex((x) => x.pos <= b.declarations[0].pos && b.declarations[0].end <= x.end);
      if (list.declarations.slice(own + 1).some(suspends)) return false;
    }
    return !list.slice(list.indexOf(d as ts.Statement) + 1).some(suspends);
  };
  const stepName = (name: string): string => {
    let n = `${name}_`;
    for (let i = 1; scopes.allNames.has(n) || usedStep.has(n); i++) n = `${name}_${i}`;
    usedStep.add(n);
    stepLocals.push(n);
    return n;
  };

  const { tdzRefs, tdzBindings } = findTdzReads(fn, scopes);
  for (const p of fn.parameters) collectNames(p.name, (id) => {
    const b = scopes.refs.get(id);
    if (b && !homes.has(b)) homes.set(b, { kind: "field", field: newField(b.name, "param", b.name, isScalar(b)) });
  });
  if (scopes.selfBinding) homes.set(scopes.selfBinding, { kind: "self" });
  for (const b of scopes.bindings) {
    if (homes.has(b)) continue;
    if (b.kind === "var" || b.kind === "param") {
      homes.set(b, bodySuspends || b.scope.node === fn ? { kind: "field", field: newField(b.name, "local", b.name, isScalar(b)) } : { kind: "native" });
      continue;
    }
    if (b.scope.node === fn && !bodySuspends) { homes.set(b, { kind: "native" }); continue; }
    if (!isLowered(b.scope)) { homes.set(b, { kind: "native" }); continue; }
    if (!tdzBindings.has(b) && deadAtSuspensions(b)) { homes.set(b, { kind: "step", name: stepName(b.name) }); continue; }
    if (b.captured && inLoweredLoop(b.scope)) {
      let env = envs.get(b.scope.node);
      if (!env) {
        const id = envs.size + 1;
        env = { id, field: newField(`$env${id}`, "env"), param: fresh(depth ? `$env${depth}_${id}` : `$env${id}`), scope: b.scope, bindings: [] };
        envs.set(b.scope.node, env);
      }
      env.bindings.push(b);
      homes.set(b, { kind: "env", env });
      continue;
    }
    homes.set(b, { kind: "field", field: newField(b.name, "local", b.name, isScalar(b)) });
  }
  // Native bindings keep JavaScript's own TDZ: only frame-held ones need the check.
  for (const b of [...tdzBindings]) if (homes.get(b)?.kind === "native") tdzBindings.delete(b);
  for (const id of [...tdzRefs]) if (!tdzBindings.has(scopes.refs.get(id)!)) tdzRefs.delete(id);
  return { homes, fields, envs, stepLocals, closure, names, newField, newStepLocal: stepName, tdzRefs, tdzBindings };
}

/**
 * The temporal dead zone: reading (or writing) a let/const/class before its declaration ran
 * throws a ReferenceError. Once its home is a frame field, JavaScript no longer checks that, so
 * the compiler checks the references that *can* run before the declaration, and only those:
 *
 * - in the frame's own code, a reference before the end of the declaration (`f(x); let x = 1`,
 *   `let x = x + 1`), or in another `case` of the switch that declares it;
 * - in a closure, one created before that point (a hoisted function declaration of the same
 *   block is created on entry to the block).
 *
 * Any other reference comes after the declaration in the same block entry, so it is initialized.
 * A class's references to itself inside its own body read the class's inner name (kept native).
 */
function findTdzReads(fn: ts.FunctionLikeDeclaration, scopes: ScopeInfo): { tdzRefs: Set<ts.Identifier>; tdzBindings: Set<Binding> } {
  const tdzRefs = new Set<ts.Identifier>();
  const tdzBindings = new Set<Binding>();
  for (const [id, b] of scopes.refs) {
    if ((b.kind !== "let" && b.kind !== "const" && b.kind !== "class") || b.declarations.includes(id)) continue;
    const decl = declarationOf(b.declarations[0]);
    if (!decl || (ts.isClassDeclaration(decl) && isWithin(id, decl))) continue;
    // Where the reference runs: the closure holding it is created at `created`, else it runs in place.
    let created = id.getStart();
    for (let n: ts.Node = id; n.parent && n !== fn; n = n.parent) {
      if (isClosure(n)) created = ts.isFunctionDeclaration(n) ? n.parent.pos : n.getStart();
    }
    const otherCase = ts.isCaseBlock(b.scope.node) && caseOf(id) !== caseOf(decl);
    if (created < decl.end || otherCase) { tdzRefs.add(id); tdzBindings.add(b); }
  }
  return { tdzRefs, tdzBindings };
}

/** The node whose completion initializes the binding: its VariableDeclaration or ClassDeclaration. */
function declarationOf(id: ts.Identifier): ts.Node | undefined {
  for (let n: ts.Node | undefined = id; n; n = n.parent) {
    if (ts.isVariableDeclaration(n) || ts.isClassDeclaration(n) || ts.isClassExpression(n)) return n;
    if (ts.isFunctionLike(n)) return undefined;
  }
  return undefined;
}
function isWithin(n: ts.Node, outer: ts.Node): boolean {
  for (let p: ts.Node | undefined = n; p; p = p.parent) if (p === outer) return true;
  return false;
}
function caseOf(n: ts.Node): ts.Node | undefined {
  for (let p: ts.Node | undefined = n; p; p = p.parent) if (ts.isCaseClause(p) || ts.isDefaultClause(p)) return p;
  return undefined;
}
function isClosure(n: ts.Node): boolean {
  return ts.isFunctionLike(n) || ts.isClassLike(n);
}

export function isIterationStatement(n: ts.Node): n is ts.IterationStatement {
  return ts.isForStatement(n) || ts.isForInStatement(n) || ts.isForOfStatement(n) || ts.isWhileStatement(n) || ts.isDoStatement(n);
}

export function collectNames(name: ts.BindingName, f: (id: ts.Identifier) => void): void {
  if (ts.isIdentifier(name)) return f(name);
  for (const el of name.elements) if (!ts.isOmittedExpression(el)) collectNames(el.name, f);
}

/**
 * Every declaration of the binding says it holds a number, boolean or bigint: a `: number` /
 * `: boolean` / `: bigint` annotation, or no annotation and a numeric, bigint or boolean literal
 * initializer (`let i = 0`). Why: a finished frame resets its fields (emit.ts), and those resets
 * cost the coroutine call tree (bench `coroutines`, ten coroutines finishing per tree, all of
 * whose fields are numbers) about 8%: 120.6 -> 129 ns per tree.
 */
function isScalar(b: Binding): boolean {
  return b.declarations.length > 0 && b.declarations.every((id) => {
    const d = id.parent;
    if (!(ts.isParameter(d) || ts.isVariableDeclaration(d)) || d.name !== id) return false;
    if (ts.isParameter(d) && d.dotDotDotToken) return false;
    if (d.type) return d.type.kind === ts.SyntaxKind.NumberKeyword || d.type.kind === ts.SyntaxKind.BooleanKeyword || d.type.kind === ts.SyntaxKind.BigIntKeyword;
    const init = d.initializer;
    return ts.isVariableDeclaration(d) && init !== undefined && (ts.isNumericLiteral(init) || ts.isBigIntLiteral(init) ||
      init.kind === ts.SyntaxKind.TrueKeyword || init.kind === ts.SyntaxKind.FalseKeyword ||
      (ts.isPrefixUnaryExpression(init) && init.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(init.operand)));
  });
}
