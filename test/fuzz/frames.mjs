// The finished-frame check of the differential fuzzer (issue 12, s6-fuzz): once a compiled
// generator or coroutine has finished — returned, raised, or been closed by a GeneratorExit it
// raised — its frame holds none of its locals (compiler/passes/emit.ts `finish`; CPython frees a
// finished frame's locals too). A pycoro generator object *is* its frame (DESIGN.md §1): the
// locals are its own fields, named as in the source; the `$` fields are the runtime's and the
// compiler's temporaries.
//
// Allowed to stay (emit.ts `clearedFields`): the fields a nested function or class of the body
// reads (a closure outlives the frame, as a CPython cell does), found here from the program's
// source, independently of the compiler; and scalar fields, which hold no object (only object and
// function values are reported). Frames come from the module's `frames` list (gen.mjs `track`)
// plus the program's own generator.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
let ts;

/** Fields of the runtime's frame layout, never locals: state, delegation, owner, closure step. */
const STRUCTURAL = new Set(["$s", "$yf", "$own", "$ag", "$step", "$fn"]);
/** A finally's completion code (a number; emit.ts keeps it). */
const COMPLETION = /^\$c\d+$/;

/**
 * For the program's source (`printProgram`), the names each frame function's closures read:
 * tag -> Set of identifiers appearing in any function nested in that frame function. "program"
 * is the outermost function; a nested marked generator is named by its `track("tag", ...)` call.
 * (An over-approximation: any identifier, so a property name or a closure's own local too; it
 * can only excuse a field, never blame one.)
 */
export function closureReads(source) {
  ts ??= require("typescript");
  const sf = ts.createSourceFile("program.ts", source, ts.ScriptTarget.ES2022, true);
  const isClosure = (n) => ts.isFunctionLike(n) || ts.isClassLike(n);
  // `this` and `arguments` of the frame function live in its fields `$t` and `$a`: an arrow
  // function sees them (not through a function of its own).
  const identifiers = (n, into, own) => {
    if (ts.isIdentifier(n)) into.add(n.text === "arguments" && own ? "$a" : n.text);
    if (n.kind === ts.SyntaxKind.ThisKeyword && own) into.add("$t");
    const ownNext = own && !(isClosure(n) && !ts.isArrowFunction(n));
    ts.forEachChild(n, (c) => identifiers(c, into, ownNext));
  };
  /** Identifiers inside the functions and classes nested in `fn` (at any depth). */
  const nestedReads = (fn) => {
    const reads = new Set();
    const go = (c) => (isClosure(c) ? identifiers(c, reads, true) : ts.forEachChild(c, go));
    ts.forEachChild(fn, go);
    return reads;
  };
  /** `track("tag", marker(function* ...))`: the tag of the function*, else undefined. */
  const tagOf = (fn) => {
    const marker = fn.parent;
    const tracked = marker && ts.isCallExpression(marker) ? marker.parent : undefined;
    if (tracked && ts.isCallExpression(tracked) && ts.isIdentifier(tracked.expression) && tracked.expression.text === "track" && ts.isStringLiteral(tracked.arguments[0])) return tracked.arguments[0].text;
    return undefined;
  };
  const out = new Map();
  const walk = (n, outermost) => {
    if (isClosure(n)) {
      // (the program: the outermost function, a function* or, printed as a coroutine, an async function)
      const tag = outermost ? "program" : n.asteriskToken ? tagOf(n) : undefined;
      if (tag !== undefined) out.set(tag, nestedReads(n));
      ts.forEachChild(n, (c) => walk(c, false));
      return;
    }
    ts.forEachChild(n, (c) => walk(c, outermost));
  };
  walk(sf, true);
  return out;
}

/** Has this pycoro generator / coroutine finished (`gi_frame` / `cr_frame` is null)? */
export function finished(g) {
  if (g === null || typeof g !== "object") return false;
  if ("gi_frame" in g) return g.gi_frame === null;
  if ("cr_frame" in g) return g.cr_frame === null;
  if ("ag_frame" in g) return g.ag_frame === null;
  return false;
}

const describe = (v) => (typeof v === "function" ? "a function" : Array.isArray(v) ? `an array (${v.length})` : `an object (${v.constructor?.name ?? "null prototype"})`);

/**
 * The locals finished frames still hold: `entries` are [tag, generator] pairs; `reads` is
 * closureReads(). Returns one line per field kept ("tag.field: an array (2)"), none when clean.
 */
export function finishedFrameLeaks(entries, reads) {
  const out = [];
  const seen = new Set();
  for (const [tag, g] of entries) {
    if (seen.has(g) || !finished(g)) continue;
    seen.add(g);
    const allowed = reads.get(tag) ?? new Set();
    for (const k of Object.keys(g)) {
      if (STRUCTURAL.has(k) || COMPLETION.test(k) || allowed.has(k)) continue;
      const v = g[k];
      if ((typeof v === "object" && v !== null) || typeof v === "function") out.push(`${tag}.${k}: ${describe(v)}`);
    }
  }
  return out;
}
