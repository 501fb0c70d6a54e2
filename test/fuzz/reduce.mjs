// Greedy AST reduction of a failing fuzz program: delete statements, inline compound statements,
// simplify expressions, shrink loops, drop throws from the plan, as long as the failure persists.

const clone = (x) => JSON.parse(JSON.stringify(x));

/** Every block (statement array) in the program, as [holder, key] pairs, outermost first. */
function blocks(p) {
  const out = [[p, "body"]];
  const walk = (stmts) => {
    for (const s of stmts) {
      for (const k of ["then", "else", "body", "block", "handler", "finalizer"]) if (Array.isArray(s[k])) { out.push([s, k]); walk(s[k]); }
      if (s.s === "switch") for (const c of s.cases) { out.push([c, "body"]); walk(c.body); }
    }
  };
  walk(p.body);
  return out;
}

/** Every expression slot: [holder, key]. */
function exprSlots(p) {
  const out = [];
  const ex = (holder, key) => {
    const x = holder[key];
    if (!x || typeof x !== "object" || !x.e) return;
    out.push([holder, key]);
    for (const k of ["arg", "l", "rr", "c", "t", "f"]) if (x[k]) ex(x, k);
    for (const k of ["args", "parts", "items"]) if (Array.isArray(x[k])) x[k].forEach((_, i) => ex(x[k], i));
  };
  const walk = (stmts) => {
    for (const s of stmts) {
      for (const k of ["e", "arg", "c", "d"]) ex(s, k);
      if (s.target && s.target.arg) ex(s.target, "arg");
      if (s.hy) for (const k of ["test", "update"]) ex(s.hy, k);
      if (Array.isArray(s.items) && s.items.length && typeof s.items[0] === "object") s.items.forEach((_, i) => ex(s.items, i));
      for (const k of ["then", "else", "body", "block", "handler", "finalizer"]) if (Array.isArray(s[k])) walk(s[k]);
      if (s.s === "switch") for (const c of s.cases) walk(c.body);
    }
  };
  walk(p.body);
  return out;
}

/** Candidate programs, each a little smaller than `p`. Generated lazily. */
function* candidates(p) {
  if (p.throws) yield { ...clone(p), throws: false };
  if (p.mode === "forof") yield { ...clone(p), mode: "steps" };
  if (p.arg !== 0) yield { ...clone(p), arg: 0 };
  // Delete whole statements (larger blocks first: big wins early).
  const nb = blocks(p).length;
  for (let b = 0; b < nb; b++) {
    const len = blocks(p)[b][0][blocks(p)[b][1]].length;
    for (let i = 0; i < len; i++) {
      const q = clone(p);
      const [h, k] = blocks(q)[b];
      h[k].splice(i, 1);
      yield q;
    }
  }
  // Inline compound statements (their sub-blocks replace them), drop else/catch/finally.
  for (let b = 0; b < nb; b++) {
    const len = blocks(p)[b][0][blocks(p)[b][1]].length;
    for (let i = 0; i < len; i++) {
      const s = blocks(p)[b][0][blocks(p)[b][1]][i];
      const subs = s.s === "switch" ? s.cases.map((c) => c.body) : ["then", "else", "body", "block", "handler", "finalizer"].filter((k) => Array.isArray(s[k])).map((k) => s[k]);
      if (subs.length) {
        const q = clone(p);
        const [h, k] = blocks(q)[b];
        h[k].splice(i, 1, ...clone(subs.flat()));
        yield q;
      }
      for (const [key, ok] of [["else", true], ["handler", !!s.finalizer], ["finalizer", !!s.handler]]) {
        if (s[key] && ok) {
          const q = clone(p);
          const [h, k] = blocks(q)[b];
          h[k][i][key] = null;
          if (key === "handler") h[k][i].param = null;
          yield q;
        }
      }
      if (s.s === "switch" && s.cases.length > 1)
        for (let c = 0; c < s.cases.length; c++) {
          const q = clone(p);
          const [h, k] = blocks(q)[b];
          h[k][i].cases.splice(c, 1);
          yield q;
        }
      if (typeof s.n === "number" && s.n > 0) {
        const q = clone(p);
        const [h, k] = blocks(q)[b];
        h[k][i].n--;
        yield q;
      }
      if (Array.isArray(s.items) && s.items.length > 0 && typeof s.items[0] === "number") {
        const q = clone(p);
        const [h, k] = blocks(q)[b];
        h[k][i].items.pop();
        yield q;
      }
      if (s.label) {
        const q = clone(p);
        const [h, k] = blocks(q)[b];
        if (h[k][i].s !== "lblock") h[k][i].label = null; // jumps to it then fail to build: rejected
        yield q;
      }
    }
  }
  // Simplify expressions: a sub-expression, or a constant.
  const ns = exprSlots(p).length;
  for (let j = 0; j < ns; j++) {
    const x = exprSlots(p)[j][0][exprSlots(p)[j][1]];
    const repl = [];
    if (x.e !== "num") repl.push({ e: "num", v: 0 });
    for (const k of ["arg", "l", "rr", "c", "t", "f"]) if (x[k]) repl.push(x[k]);
    for (const k of ["args", "parts", "items"]) if (Array.isArray(x[k])) repl.push(...x[k]);
    for (const r of repl) {
      const q = clone(p);
      const [h, k] = exprSlots(q)[j];
      h[k] = clone(r);
      yield q;
    }
  }
}

const size = (p) => JSON.stringify(p).length;

/**
 * Reduce `p` while `stillFails(q)` (async) holds. `onBetter(q)` is told each improvement.
 * Stops after `maxChecks` checks or `deadline` (ms since epoch).
 */
export async function reduce(p, stillFails, { maxChecks = 3000, deadline = Infinity, onBetter = () => {} } = {}) {
  let best = p;
  let checks = 0;
  for (let improved = true; improved && checks < maxChecks && Date.now() < deadline; ) {
    improved = false;
    for (const q of candidates(best)) {
      if (checks++ >= maxChecks || Date.now() >= deadline) break;
      if (size(q) >= size(best) && q.throws === best.throws && q.mode === best.mode && q.arg === best.arg) continue;
      if (await stillFails(q)) {
        best = q;
        onBetter(best);
        improved = true;
        break;
      }
    }
  }
  return { program: best, checks };
}
