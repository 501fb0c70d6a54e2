// Seeded generator of random generator-function bodies for the differential fuzzer.
//
// A program is a JSON-serialisable AST (so failures can be saved, replayed and reduced) of the
// body of `function* (log, a)`: nested for / while / do / for-of loops with labels and labelled
// break/continue, labelled blocks, if/else, switch with fall-through, try/catch/finally with
// yields in every block and return/break/continue/throw inside finally, yields inside expressions
// (`a + (yield x)`, `x += yield`, ?:, &&, ||, ??, calls with yield arguments, templates, arrays),
// `yield*` to helper generators and (rarely) to arrays, for-of and array patterns over a marked
// generator (issue 12: the lowered loop drives its frame directly), and let/const per-iteration closures pushed
// to an array and called later. Every loop is bounded by construction (counters live in the loop
// header; loop variables are never assigned), so every program terminates natively.
// Issue 8's shapes: reads of a let before its declaration (TDZ, directly and through a closure),
// `delete` of a spilled operand and of members, marked generators under reserved-word keys, and
// non-Error values ("s", 0, null, undefined) thrown, caught, and thrown out of the program (the
// rule of issue 8 item 5: they stay those values; PYCORO_FUZZ_NON_ERROR_THROWS=0 turns the
// escaping ones off). plantEarlyError() makes a program V8 refuses.
// Session 5 (s5-iter): calls that must see `this` undefined — a marked generator or generator-based
// coroutine calling itself (by its own name or by the const holding it), a function held in a
// frame field called after a yield, plainly and as a tag — calls of values that are not
// functions (V8's TypeError message must survive compilation: plain, member, spilled, `new`), and
// spreads and simple array patterns over marked generators (rename.ts `spreadOperand` / `take`).

export function makeRng(seed) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    range: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    chance: (p) => next() < p,
    pick: (arr) => arr[Math.floor(next() * arr.length)],
  };
}

/** Module-level helpers shared by every program (compiled by pycoro too: `sub*` are marked). */
export const PRELUDE = `import { generator, coroutine } from "pycoro";

const f2 = (p: any, q: any): string => String(p) + "/" + String(q);
const f3 = (p: any, q: any, r: any): any => (typeof p === "number" ? p : 0) + String(q) + String(r);
// a callee named gather: spread calls to it take rename.ts \`argsCall\` (arguments as one array literal)
function gather(this: any, ...a: any[]): string { return (this === undefined ? "u" : "t") + a.length + ":" + a.join("|"); }
const mo: any = { p: 0, q: [1, 2] };
const chk = (v: any): any => {
  if (v === 3) throw new Error("chk3");
  return v;
};

// Every generator object a tracked marked function makes (test/fuzz/run.mjs checks the finished ones
// hold no locals; the frame *is* the object a marked function returns). Emptied before each drive.
export const frames: [string, any][] = [];
const track = <F extends (...args: any[]) => any>(tag: string, fn: F): F =>
  function (this: any, ...args: any[]) {
    const g = fn.apply(this, args);
    frames.push([tag, g]);
    return g;
  } as any;

// (the coroutine variant's yields: "await echo(x)" runs it inline and gives x back)
const echo = coroutine(async function (x: any): Promise<any> {
  return x;
});

const sub = track("sub", generator(function* (n: number): any {
  let t = 0;
  for (let i = 0; i < n; i++) {
    const r: any = yield "s" + i;
    t += typeof r === "number" ? r : 1;
  }
  return "sub" + t;
}));

const subTry = track("subTry", generator(function* (log: any[], n: number): any {
  try {
    for (let i = 0; i < n; i++) yield "t" + i;
    return "subR";
  } catch (e: any) {
    log.push("subC:" + e.message);
    yield "tc";
    return "subC";
  } finally {
    log.push("subF");
  }
}));
`;

const VARS = ["a", "v0", "v1", "v2"];

class Gen {
  constructor(rng, opts) {
    this.r = rng;
    this.n = 0; // unique id counter
    this.budget = opts.budget;
    this.maxDepth = opts.maxDepth;
    this.foreign = false;
    this.nonError = !!opts.nonErrorThrows;
  }
  id() {
    return ++this.n;
  }

  // ---- expressions -------------------------------------------------------------------------
  /** An expression; `y` = may contain yield. Returns AST. */
  expr(ctx, y, d = 0) {
    const r = this.r;
    const leaf = d >= 2 || r.chance(0.35);
    if (leaf) {
      if (y && r.chance(0.3)) return r.chance(0.15) ? { e: "yield", arg: null } : { e: "yield", arg: this.expr(ctx, false, d + 1) };
      if (y && r.chance(0.04)) return { e: "delegate", callee: "sub", n: r.range(0, 2) };
      return this.atom(ctx);
    }
    const k = r.int(10);
    switch (k) {
      case 0:
      case 1:
        return { e: "bin", op: r.pick(["+", "-", "*", "%"]), l: this.expr(ctx, y, d + 1), rr: this.expr(ctx, y, d + 1) };
      case 2:
        return { e: "cmp", op: r.pick(["<", ">", "===", "!=="]), l: this.expr(ctx, y, d + 1), rr: this.expr(ctx, y, d + 1) };
      case 3:
        return { e: "cond", c: this.expr(ctx, y, d + 1), t: this.expr(ctx, y, d + 1), f: this.expr(ctx, y, d + 1) };
      case 4:
        return { e: "logic", op: r.pick(["&&", "||", "??"]), l: this.expr(ctx, y, d + 1), rr: this.expr(ctx, y, d + 1) };
      case 5:
        return r.chance(0.5)
          ? { e: "call", f: "f2", args: [this.expr(ctx, y, d + 1), this.expr(ctx, y, d + 1)] }
          : { e: "call", f: "f3", args: [this.expr(ctx, y, d + 1), this.expr(ctx, y, d + 1), this.expr(ctx, y, d + 1)] };
      case 6:
        return { e: "tmpl", parts: [this.expr(ctx, y, d + 1), this.expr(ctx, y, d + 1)] };
      case 7:
        if (r.chance(0.3)) return { e: "unary", op: r.pick(["!", "-", "typeof ", "void "]), arg: this.expr(ctx, y, d + 1) };
        if (r.chance(0.3)) return { e: "seq", items: [this.expr(ctx, y, d + 1), this.expr(ctx, y, d + 1)] };
        return { e: "arr", items: [this.expr(ctx, y, d + 1), this.expr(ctx, y, d + 1)] };
      case 8:
        if (r.chance(0.5)) return { e: "chk", arg: this.expr(ctx, y, d + 1) };
      // fallthrough
      default:
        return y ? { e: "yield", arg: this.expr(ctx, false, d + 1) } : this.atom(ctx);
    }
  }
  atom(ctx) {
    const r = this.r;
    if (r.chance(0.3)) return { e: "num", v: r.int(10) };
    if (r.chance(0.1)) return r.pick(ctx.inner ? [{ e: "member", name: "p" }, { e: "member", name: "q" }] : [{ e: "this" }, { e: "argc" }, { e: "member", name: "p" }, { e: "member", name: "q" }]);
    if (r.chance(0.02)) return { e: "spread", n: r.range(0, 2) };
    return { e: "var", name: r.pick([...VARS, ...ctx.scope]) };
  }
  cond(ctx, y) {
    const r = this.r;
    const v = r.pick([...VARS, ...ctx.scope]);
    if (y && r.chance(0.2)) return { e: "cmp", op: r.pick(["<", ">"]), l: { e: "yield", arg: { e: "var", name: v } }, rr: { e: "num", v: r.int(8) } };
    return r.pick([
      () => ({ e: "mod", l: { e: "var", name: v }, m: r.range(2, 3), k: r.int(2) }),
      () => ({ e: "cmp", op: r.pick(["<", ">"]), l: { e: "var", name: v }, rr: { e: "num", v: r.int(8) } }),
      () => this.expr(ctx, false, 1),
    ])();
  }

  // ---- statements --------------------------------------------------------------------------
  block(ctx, min, max) {
    const out = [];
    const n = this.r.range(min, max);
    for (let i = 0; i < n && this.budget > 0; i++) out.push(this.stmt(ctx));
    // A jump may end a block (never in its middle: no unreachable code).
    if (this.r.chance(0.2)) {
      const j = this.jump(ctx);
      if (j) out.push(j);
    }
    return out;
  }
  jump(ctx) {
    const r = this.r;
    const opts = [];
    if (ctx.breakable) opts.push(() => ({ s: "break", label: null }));
    if (ctx.loop) opts.push(() => ({ s: "continue", label: null }));
    const loopLabels = ctx.labels.filter((l) => l.loop);
    if (loopLabels.length) opts.push(() => ({ s: "continue", label: r.pick(loopLabels).name }));
    if (ctx.labels.length) opts.push(() => ({ s: "break", label: r.pick(ctx.labels).name }));
    opts.push(() => ({ s: "return", arg: r.chance(0.7) ? this.expr(ctx, true) : null }));
    opts.push(() => ({ s: "throw", tag: "x" + this.id() }));
    if (this.nonError) opts.push(() => ({ s: "throwv", v: r.pick(NON_ERRORS) }));
    const j = r.pick(opts)();
    // Mostly conditional, so the rest of the enclosing construct still runs sometimes.
    return r.chance(0.75) ? { s: "if", c: this.cond(ctx, false), then: [j], else: null } : j;
  }
  child(ctx, extra) {
    return { ...ctx, depth: ctx.depth + 1, labels: [...ctx.labels], scope: [...ctx.scope], ...extra };
  }
  maybeLabel(ctx, loop) {
    if (!this.r.chance(0.35)) return null;
    return { name: "L" + this.id(), loop };
  }
  stmt(ctx) {
    this.budget--;
    const r = this.r;
    const deep = ctx.depth >= this.maxDepth;
    const k = deep ? r.int(7) : r.int(19);
    switch (k) {
      case 0:
      case 1:
        return { s: "log", tag: "p" + this.id(), e: this.expr(ctx, true) };
      case 2:
        return { s: "yield", arg: r.chance(0.1) ? null : this.expr(ctx, true) };
      case 3: {
        if (r.chance(0.25)) {
          // Member targets: the reference is evaluated before the right-hand side (and its yield).
          const target = r.chance(0.5) ? { e: "member", name: "p" } : { e: "index", arg: this.expr(ctx, true, 1) };
          return { s: "massign", target, op: r.pick(["=", "+=", "||=", "??="]), e: this.expr(ctx, true) };
        }
        const form = r.pick(["=", "+=", "=+", "+=y", "-=", "||=", "&&=", "??="]);
        const e = form === "+=y" ? (r.chance(0.3) ? null : this.expr(ctx, false, 1)) : this.expr(ctx, true);
        return { s: "assign", v: r.pick(["v0", "v1", "v2"]), form, e };
      }
      case 4:
        if (ctx.loop && ctx.scope.length) return { s: "closure", e: this.expr(ctx, false, 1), mut: r.chance(0.3) ? r.pick(["v0", "v1", "v2"]) : null };
        return { s: "log", tag: "q" + this.id(), e: this.expr(ctx, true) };
      case 5:
        return { s: "callfns", tag: "F" + this.id() };
      case 6: {
        if (r.chance(0.3)) {
          const n1 = "s" + this.id(), n2 = "s" + this.id();
          const st = r.chance(0.5)
            ? { s: "destr", form: "arr", kind: r.pick(["let", "const"]), names: [n1, n2], items: [this.expr(ctx, true, 1), this.expr(ctx, true, 1)], gen: r.chance(0.3) ? r.range(0, 3) : null }
            : { s: "destr", form: "obj", kind: r.pick(["let", "const"]), names: [n1, n2], items: [this.expr(ctx, true, 1), this.expr(ctx, true, 1)] };
          ctx.scope.push(n1, n2);
          return st;
        }
        const name = "s" + this.id();
        const st = { s: "decl", kind: r.pick(["let", "const"]), name, e: this.expr(ctx, true) };
        ctx.scope.push(name); // visible to the rest of this block
        return st;
      }
      case 7:
        return { s: "if", c: this.cond(ctx, true), then: this.block(this.child(ctx, {}), 1, 3), else: r.chance(0.5) ? this.block(this.child(ctx, {}), 1, 3) : null };
      case 8: {
        const label = this.maybeLabel(ctx, true);
        const i = "i" + this.id();
        const c = this.child(ctx, { loop: true, breakable: true });
        if (label) c.labels.push(label);
        c.scope.push(i);
        // Yields in the header: the test (after the bound check) and the update (result unused).
        const hy = r.chance(0.25) ? { test: r.chance(0.5) ? this.expr(ctx, true, 2) : null, update: r.chance(0.5) ? this.expr(ctx, true, 2) : null } : null;
        return { s: "for", label: label?.name ?? null, v: i, n: r.range(0, 3), hy, body: this.block(c, 1, 4) };
      }
      case 9: {
        const label = this.maybeLabel(ctx, true);
        const c = this.child(ctx, { loop: true, breakable: true });
        if (label) c.labels.push(label);
        return { s: r.pick(["while", "do"]), label: label?.name ?? null, v: "w" + this.id(), n: r.range(0, 3), body: this.block(c, 1, 4) };
      }
      case 10: {
        const label = this.maybeLabel(ctx, true);
        const x = "x" + this.id();
        const c = this.child(ctx, { loop: true, breakable: true });
        if (label) c.labels.push(label);
        c.scope.push(x);
        const items = Array.from({ length: r.range(0, 3) }, () => r.int(10));
        const forin = r.chance(0.25);
        // Issue 12: for-of over a marked generator (its frame driven directly by the lowered loop).
        const gen = !forin && r.chance(0.4) ? r.range(0, 3) : null;
        return { s: "forof", label: label?.name ?? null, v: x, items, forin, gen, body: this.block(c, 1, 4) };
      }
      case 11: {
        const cases = [];
        const keys = [0, 1, 2, null].filter(() => r.chance(0.6));
        if (keys.length === 0) keys.push(r.pick([0, 1, null]));
        const c = this.child(ctx, { breakable: true });
        for (const key of keys) {
          const body = this.block(this.child(c, {}), 0, 2);
          if (r.chance(0.6)) body.push({ s: "break", label: null });
          cases.push({ key, body });
        }
        return { s: "switch", d: this.expr(ctx, true, 1), cases };
      }
      case 12:
      case 13: {
        const form = r.pick(["tc", "tf", "tcf", "tcf"]);
        const t = { s: "try", block: this.block(this.child(ctx, {}), 1, 3), param: null, handler: null, finalizer: null };
        if (form.includes("c")) {
          t.param = "e" + this.id();
          t.handler = [{ s: "logerr", tag: "c" + this.id(), v: t.param }, ...this.block(this.child(ctx, {}), 0, 2)];
        }
        if (form.includes("f")) t.finalizer = [{ s: "log", tag: "f" + this.id(), e: { e: "num", v: 0 } }, ...this.block(this.child(ctx, { inFinally: true }), 0, 2)];
        return t;
      }
      case 14: {
        const label = { name: "B" + this.id(), loop: false };
        const c = this.child(ctx, {});
        c.labels.push(label);
        return { s: "lblock", label: label.name, body: this.block(c, 1, 3) };
      }
      case 15: {
        if (!ctx.inner && r.chance(0.15)) {
          // A marked generator defined in the body, closing over (and writing) the frame's locals.
          const name = "g" + this.id();
          const c = { depth: ctx.depth + 1, loop: false, breakable: false, labels: [], scope: [...ctx.scope], inFinally: false, inner: true };
          const body = this.block(c, 1, 4);
          const key = r.chance(0.4) ? r.pick(RESERVED_KEYS) : null;
          return { s: "inner", name, body, v: r.chance(0.6) ? r.pick(["v0", "v1", "v2"]) : null, via: r.pick(["yield*", "yield*", "forof"]), key };
        }
        if (r.chance(0.12)) {
          this.foreign = true;
          return { s: "delegate", v: r.pick(["v0", "v1", "v2"]), callee: "array", items: [r.int(5), r.int(5)] };
        }
        return { s: "delegate", v: r.chance(0.6) ? r.pick(["v0", "v1", "v2"]) : null, callee: r.pick(["sub", "subTry"]), n: r.range(0, 3) };
      }
      case 16:
        return r.pick([
          () => ({ s: "thiscall", id: this.id(), tag: r.chance(0.3), e: this.expr(ctx, true, 1) }),
          // (member callees on a module-level object: a member call on a frame-held local, `o.q[0]()`,
          // still names the frame field in V8's message, `$f.o.q[0] is not a function`: not fixed)
          () => ({ s: "notfn", tag: "N" + this.id(), callee: r.pick(["v0", "v1", "mo.p", "mo.q[0]", "a"]), form: r.pick(["call", "call", "yieldarg", "new", "tag", "method"]), e: this.expr(ctx, true, 1) }),
          () => ({ s: "selfgen", id: this.id(), kind: r.pick(["generator", "coroutine"]), byName: r.chance(0.5), d: r.range(0, 2), v: r.chance(0.5) ? r.pick(["v0", "v1", "v2"]) : null }),
          () => ({ s: "spreadpat", id: this.id(), form: r.pick(["spread", "args", "gather", "many", "hole", "rest", "assign", "empty"]), n: r.range(0, 3), e: this.expr(ctx, true, 1) }),
        ])();
      case 17: {
        // A read of a let before its declaration (its TDZ): directly or through an earlier closure.
        const name = "z" + this.id();
        const st = { s: "tdz", name, closure: r.chance(0.5), e: this.expr(ctx, true) };
        ctx.scope.push(name);
        return st;
      }
      case 18:
        return r.pick([
          () => ({ s: "del", tag: "d" + this.id(), form: r.pick(["yield", "member", "index"]), e: this.expr(ctx, true, 1) }),
          () => ({ s: "tryv", tag: "n" + this.id(), v: r.pick(NON_ERRORS), e: this.expr(ctx, true, 1) }),
        ])();
      default: {
        const j = this.jump(ctx);
        return j ?? { s: "yield", arg: this.expr(ctx, true) };
      }
    }
  }
}

/** Object keys that are reserved words: a marked function stored under one must still load. */
const RESERVED_KEYS = ["delete", "return", "throw", "default", "class", "new", "in", "yield"];
/** Thrown values that are not Errors. */
export const NON_ERRORS = ['"s"', "0", "null", "undefined"];

/**
 * A random program. `opts.budget`: about how many statements; `opts.maxDepth`: nesting.
 * Returns { seed, body, arg, mode, foreign } (JSON).
 */
export function generateProgram(seed, opts = {}) {
  const r = makeRng(seed);
  const big = r.chance(0.2);
  const g = new Gen(r, { budget: opts.budget ?? (big ? r.range(20, 45) : r.range(6, 28)), maxDepth: opts.maxDepth ?? (big ? 4 : 3),
    nonErrorThrows: opts.nonErrorThrows ?? process.env.PYCORO_FUZZ_NON_ERROR_THROWS !== "0" });
  const ctx = { depth: 0, loop: false, breakable: false, labels: [], scope: [], inFinally: false };
  const body = [];
  while (g.budget > 0) body.push(g.stmt(ctx));
  if (r.chance(0.7)) body.push({ s: "return", arg: g.expr(ctx, true) });
  return {
    seed,
    body,
    arg: r.int(10),
    // "steps": a plan of send/throw; "forof": drained by JavaScript for..of.
    mode: r.chance(0.25) ? "forof" : "steps",
    throws: !g.foreign && r.chance(0.6),
  };
}

// ---- printing -------------------------------------------------------------------------------

/**
 * What the body is printed as: "gen" (the program: a generator, also run natively), or, for the
 * finished-frame check only (pycoro alone, run.mjs), "agen" (an async generator: `yield*` becomes a
 * for-of that yields, a return drops its value, Python's rules there) or "coro" (a coroutine: each
 * yield awaits `echo(x)`, a coroutine that returns x at once, so it never suspends).
 */
let MODE = "gen";
/** `yield x` / `yield` in the current mode (`x`: printed operand or ""). */
const Y = (x) => (MODE === "coro" ? `await echo(${x || "undefined"})` : x ? `yield ${x}` : "yield");
/** The body of a nested function*, always printed as a generator. */
function asGenerator(f) {
  const saved = MODE;
  MODE = "gen";
  try {
    return f();
  } finally {
    MODE = saved;
  }
}
/** `[v = ]yield* call;` in the current mode (agen / coro: a for-of over it; `v` then unchanged). */
function delegateStmt(I, v, call) {
  if (MODE === "gen") return `${I}${v ? `${v} = ` : ""}yield* ${call};`;
  return `${I}for (const y$ of ${call}) ${Y("y$")};`;
}

export function printExpr(x) {
  switch (x.e) {
    case "num":
      return String(x.v);
    case "var":
      return x.name;
    case "this":
      return "this.k";
    case "argc":
      return "arguments.length";
    case "member":
      return x.name === "p" ? "o.p" : "o.q.join(\":\")";
    case "index":
      return `o.q[${printExpr(x.arg)} ? 1 : 0]`;
    case "spread":
      return `[...sub(${x.n})].join("")`;
    case "chk":
      return `chk(${printExpr(x.arg)})`;
    case "unary":
      return `(${x.op}${printExpr(x.arg)})`;
    case "seq":
      return `(${printExpr(x.items[0])}, ${printExpr(x.items[1])})`;
    case "yield":
      return `(${Y(x.arg ? printExpr(x.arg) : "")})`;
    case "delegate":
      return MODE === "gen" ? `(yield* ${x.callee}(${x.n}))` : `(${Y(`[...${x.callee}(${x.n})].join("")`)})`;
    case "bin":
      return `(${printExpr(x.l)} ${x.op} ${printExpr(x.rr)})`;
    case "cmp": {
      const l = printExpr(x.l), r = printExpr(x.rr);
      // TypeScript parses "a < (b > (c))" as a generic call a<(b)>(c): flip such a "<".
      if (x.op === "<" && /^[([`]/.test(r)) return `(${r} > ${l})`;
      return `(${l} ${x.op} ${r})`;
    }
    case "mod":
      return `(${printExpr(x.l)} % ${x.m} === ${x.k})`;
    case "cond":
      return `(${printExpr(x.c)} ? ${printExpr(x.t)} : ${printExpr(x.f)})`;
    case "logic":
      return `(${printExpr(x.l)} ${x.op} ${printExpr(x.rr)})`;
    case "call":
      return `${x.f}(${x.args.map(printExpr).join(", ")})`;
    case "tmpl":
      return "`${" + printExpr(x.parts[0]) + "}|${" + printExpr(x.parts[1]) + "}`";
    case "arr":
      return `[${x.items.map(printExpr).join(", ")}].join("-")`;
    default:
      throw new Error(`bad expr ${JSON.stringify(x)}`);
  }
}

function printBlock(stmts, ind) {
  return stmts.map((s) => printStmt(s, ind)).join("\n");
}

const x_target = (t) => (t.e === "member" ? "o.p" : printExpr(t));
const lbl = (s) => (s.label ? `${s.label}: ` : "");

export function printStmt(s, ind = "  ") {
  const I = ind, J = ind + "  ";
  switch (s.s) {
    case "log":
      return `${I}log.push("${s.tag}:" + String(${printExpr(s.e)}));`;
    case "logerr":
      return `${I}log.push("${s.tag}:" + (${s.v} instanceof Error ? ${s.v}.message : "nv " + String(${s.v})));`;
    case "throwv":
      return `${I}throw ${s.v};`;
    case "tryv":
      return `${I}try {\n${J}${Y(printExpr(s.e))};\n${J}throw ${s.v};\n${I}} catch (e: any) {\n${J}log.push("${s.tag}:" + String(e));\n${I}}`;
    case "tdz": {
      const read = s.closure ? `rd_${s.name}()` : s.name;
      return (s.closure ? `${I}const rd_${s.name} = () => ${s.name};\n` : "") +
        `${I}try {\n${J}log.push("${s.name}:" + String(${read}));\n${I}} catch (e: any) {\n${J}log.push("${s.name}:tdz " + (e instanceof ReferenceError));\n${I}}\n` +
        `${I}let ${s.name}: any = ${printExpr(s.e)};`;
    }
    case "del": {
      const op = s.form === "yield" ? `delete (${Y(printExpr(s.e))})` : s.form === "member" ? "delete o.r" : `delete o[${printExpr(s.e)} ? "r" : "s"]`;
      return `${I}log.push("${s.tag}:" + String(${op}) + "/" + String(o.r));`;
    }
    case "early":
      return `${I}/*early*/ ${EARLY_FORMS[s.form]}`;
    case "yield":
      return `${I}${Y(s.arg ? printExpr(s.arg) : "")};`;
    case "thiscall": {
      // a function held in a frame field (used across a yield), called plainly or as a tag: `this` undefined
      const fn = `tf${s.id}`;
      const call = s.tag ? `${fn}\`t\`` : `${fn}()`;
      return `${I}const ${fn} = function (this: any): string { return this === undefined ? "u" : typeof this; };\n` +
        `${I}log.push("T${s.id}:" + ${call} + String(${Y(printExpr(s.e))}) + ${call});`;
    }
    case "notfn": {
      // a call of a value that is no function: V8's message names the callee as written
      const c = `(${s.callee} as any)`;
      const call = s.form === "call" ? `${c}(${printExpr(s.e)})` : s.form === "yieldarg" ? `${c}(${Y(printExpr(s.e))})`
        : s.form === "new" ? `new ${c}(${printExpr(s.e)})` : s.form === "tag" ? `${c}\`x\`` : `mo.nope(${printExpr(s.e)})`;
      return `${I}try {\n${J}log.push("${s.tag}:" + String(${call}));\n${I}} catch (e: any) {\n${J}log.push("${s.tag}:" + (e instanceof Error ? e.constructor.name + " " + e.message : "nv " + String(e)));\n${I}}`;
    }
    case "selfgen": {
      // a marked generator (or generator-based coroutine) calling itself: `this` is undefined in every call
      const name = `gs${s.id}`, own = `gself${s.id}`;
      const callee = s.byName ? own : name;
      return `${I}const ${name} = track("${name}", ${s.kind}(function* ${own}(this: any, d: number): any {\n` +
        `${J}log.push("S${s.id}:" + (this === undefined ? "u" : typeof this) + d);\n` +
        `${J}if (d > 0) return (yield* ${callee}(d - 1)) + d;\n` +
        `${J}yield d;\n${J}return 0;\n${I}}));\n` +
        delegateStmt(I, s.v, `${name}(${s.d})`);
    }
    case "spreadpat": {
      // spreads and simple array patterns over a marked generator (its frame driven directly)
      const g = `sub(${s.n})`, t = `sp${s.id}`;
      switch (s.form) {
        case "spread": return `${I}log.push("P${s.id}:" + [${printExpr(s.e)}, ...${g}].join(","));`;
        case "args": return `${I}log.push("P${s.id}:" + f3(...${g}, ${printExpr(s.e)}));`;
        case "gather": return `${I}log.push("P${s.id}:" + gather(${printExpr(s.e)}, ...${g}, ...[${printExpr(s.e)}]));`;
        // a spread that is not the call's last argument, of any value (V8 reports a non-iterable
        // one there with other messages than a final spread's: lowering-helpers.ts spreadArgsMany)
        case "many": return `${I}try { log.push("P${s.id}:" + f3(...(${printExpr(s.e)} as any), ...${g}, 1)); } catch (e: any) { log.push("P${s.id}! " + e.message); }`;
        case "hole": return `${I}const [${t}a, , ${t}b = "dflt"]: any[] = ${g};\n${I}log.push("P${s.id}:" + ${t}a + "/" + ${t}b + "/" + String(${printExpr(s.e)}));`;
        case "rest": return `${I}const [${t}a, ...${t}r]: any[] = ${g};\n${I}log.push("P${s.id}:" + ${t}a + "/" + ${t}r.join(",") + "/" + String(${printExpr(s.e)}));`;
        case "assign": return `${I}[v1, , v2] = ${g};\n${I}log.push("P${s.id}:" + String(${printExpr(s.e)}));`;
        default: return `${I}const []: any[] = ${g};`;
      }
    }
    case "assign":
      if (s.form === "=+") return `${I}${s.v} = ${s.v} + ${printExpr(s.e)};`;
      if (s.form === "+=y") return `${I}${s.v} += ${Y(s.e ? printExpr(s.e) : "")};`;
      return `${I}${s.v} ${s.form} ${printExpr(s.e)};`;
    case "massign":
      return `${I}${x_target(s.target)} ${s.op} ${printExpr(s.e)};`;
    case "destr":
      // (gen: an array pattern over a marked generator, the second element defaulted: `= sub(n)`)
      if (s.form === "arr" && s.gen != null) return `${I}${s.kind} [${s.names[0]}, ${s.names[1]} = ${printExpr(s.items[1])}]: any[] = sub(${s.gen});`;
      return s.form === "arr"
        ? `${I}${s.kind} [${s.names[0]}, ${s.names[1]}]: any[] = [${printExpr(s.items[0])}, ${printExpr(s.items[1])}];`
        : `${I}${s.kind} { k: ${s.names[0]}, m: ${s.names[1]} = ${printExpr(s.items[1])} }: any = { k: ${printExpr(s.items[0])} };`;
    case "inner": {
      const marked = `track("${s.name}", generator(function* (): any {\n${asGenerator(() => printBlock(s.body, J))}\n${I}}))`;
      const def = s.key ? `${I}const ${s.name} = ({ ${s.key}: ${marked} }).${s.key};` : `${I}const ${s.name} = ${marked};`;
      if (s.via === "forof") return `${def}\n${I}for (const y of ${s.name}()) log.push("${s.name}:" + String(y));`;
      return `${def}\n${delegateStmt(I, s.v, `${s.name}()`)}`;
    }
    case "closure":
      return s.mut ? `${I}fns.push(() => (${s.mut} = String(${s.mut}).length + ${printExpr(s.e)}));` : `${I}fns.push(() => ${printExpr(s.e)});`;
    case "callfns":
      return `${I}log.push("${s.tag}:" + fns.map((f) => String(f())).join(","));`;
    case "decl":
      return `${I}${s.kind} ${s.name}: any = ${printExpr(s.e)};`;
    case "if":
      return `${I}if (${printExpr(s.c)}) {\n${printBlock(s.then, J)}\n${I}}` + (s.else ? ` else {\n${printBlock(s.else, J)}\n${I}}` : "");
    case "for": {
      const test = s.hy?.test ? `${s.v} < ${s.n} && (${printExpr(s.hy.test)}, true)` : `${s.v} < ${s.n}`;
      const update = s.hy?.update ? `${s.v} = ${s.v} + 1 + (${printExpr(s.hy.update)} ? 0 : 0)` : `${s.v}++`;
      return `${I}${lbl(s)}for (let ${s.v} = 0; ${test}; ${update}) {\n${printBlock(s.body, J)}\n${I}}`;
    }
    case "while":
      return `${I}let ${s.v} = 0;\n${I}${lbl(s)}while (${s.v}++ < ${s.n}) {\n${printBlock(s.body, J)}\n${I}}`;
    case "do":
      return `${I}let ${s.v} = 0;\n${I}${lbl(s)}do {\n${printBlock(s.body, J)}\n${I}} while (${s.v}++ < ${s.n});`;
    case "forof":
      if (s.forin) return `${I}${lbl(s)}for (const ${s.v} in { ${s.items.map((k, j) => `k${j}_${k}: ${k}`).join(", ")} }) {\n${printBlock(s.body, J)}\n${I}}`;
      return `${I}${lbl(s)}for (const ${s.v} of ${s.gen != null ? `sub(${s.gen})` : `[${s.items.join(", ")}]`}) {\n${printBlock(s.body, J)}\n${I}}`;
    case "switch":
      return (
        `${I}switch (${printExpr(s.d)} % 3) {\n` +
        s.cases.map((c) => `${J}${c.key === null ? "default" : `case ${c.key}`}: {\n${printBlock(c.body, J + "  ")}\n${J}}`).join("\n") +
        `\n${I}}`
      );
    case "try":
      return (
        `${I}try {\n${printBlock(s.block, J)}\n${I}}` +
        (s.handler ? ` catch (${s.param}: any) {\n${printBlock(s.handler, J)}\n${I}}` : "") +
        (s.finalizer ? ` finally {\n${printBlock(s.finalizer, J)}\n${I}}` : "")
      );
    case "lblock":
      return `${I}${s.label}: {\n${printBlock(s.body, J)}\n${I}}`;
    case "delegate": {
      const call = s.callee === "array" ? `[${s.items.join(", ")}]` : s.callee === "subTry" ? `subTry(log, ${s.n})` : `sub(${s.n})`;
      return delegateStmt(I, s.v, call);
    }
    case "break":
      return `${I}break${s.label ? " " + s.label : ""};`;
    case "continue":
      return `${I}continue${s.label ? " " + s.label : ""};`;
    case "return":
      if (MODE === "agen") return s.arg ? `${I}{\n${J}void ${printExpr(s.arg)};\n${J}return;\n${I}}` : `${I}return;`;
      return `${I}return${s.arg ? " " + printExpr(s.arg) : ""};`;
    case "throw":
      return `${I}throw new Error("${s.tag}");`;
    default:
      throw new Error(`bad stmt ${JSON.stringify(s)}`);
  }
}

/**
 * `generator(function* (log, a) { ... })` for one program; `mode` "agen" / "coro": the same body as
 * `coroutine(async function* ...)` / `coroutine(async function ...)` (see MODE).
 */
export function printProgram(p, ind = "", mode = "gen") {
  const head = { gen: "generator(function* ", agen: "coroutine(async function* ", coro: "coroutine(async function " }[mode];
  MODE = mode;
  try {
    return (
      `${ind}${head}(log: any[], a: any): any {\n` +
      `${ind}  let v0: any = a, v1: any = 0, v2: any = 1;\n` +
      `${ind}  const fns: (() => any)[] = [];\n` +
      `${ind}  const o: any = { p: 0, q: [0, 0], r: 1 };\n` +
      printBlock(p.body, ind + "  ") +
      `\n${ind}})`
    );
  } finally {
    MODE = "gen";
  }
}

/** One module exporting `programs`, an array of the given programs (in order), printed as `mode`. */
export function printModule(programs, mode = "gen") {
  return `${PRELUDE}\nexport const programs: any[] = [\n${programs.map((p) => `  // seed ${p.seed}\n` + printProgram(p, "  ", mode) + ",").join("\n")}\n];\n`;
}

/** Early errors a program can be given (each is a SyntaxError for V8 at the top of the body). */
export const EARLY_FORMS = {
  break: "break;",
  continue: "continue;",
  label: "break nowhere;",
  duplabel: "Q: Q: ;",
  duplet: "let v0: any = 1;",
  deletename: "delete v1;",
  constinit: "const cz: any;",
  await: "await 1;",
  yieldNested: "const yf = function () { return yield 1; };",
};

/** `p` with an early error planted at a random place of its body's top level. */
export function plantEarlyError(p, seed) {
  const r = makeRng(seed);
  const form = r.pick(Object.keys(EARLY_FORMS));
  const body = [...p.body];
  body.splice(r.int(body.length + 1), 0, { s: "early", form });
  return { ...p, body, early: form };
}
