// The floor of the delegation family: a hand-written minimal O(1) delegation, the lower bound of
// what pycoro's design (DESIGN.md §3) can cost per value, so that the report shows how far pycoro
// is from it rather than only from its target (issue 12: "where a target cannot be met, the note
// shows the floor measured for it and why").
//
// What it keeps of pycoro: the frames exactly as the compiler emits `leaf`, `wrap` and `endless`
// (fields `$s`/`$yf`/`$own` + locals, a `$step` switch, a per-class `$next` that runs a lone
// frame's step inline), classes linked under a base prototype after the fact (runtime/core/frame.ts
// `frameClass`), the chain linked by parent pointers (the base's `$own` is the chain's Stack, every
// other level's `$own` its delegator) with a level count, the leaf remembered, a running flag,
// the return value passed up level by level with each delegator's step resumed, and `send` raising
// a StopIteration at the end. What it leaves out — all of which pycoro needs for PEP 380's
// observable semantics but this workload never exercises: validating the remembered leaf (a frame
// driven from outside its chain), the `instanceof` test of a `yield*` operand and foreign
// iterators, the recursion limit, throw/close and their error paths, tracebacks, PEP 479, and the
// running state of frames in the middle of a chain.
// Exports the same names as the family's source (delegation.mjs `source`).
//
// History. s6-deleg measured this floor with a stack array per chain (the design then): D=1 3.4 ns,
// D=1000 8.1 -> 2.35x; pycoro 4.1 / 10.85 -> 2.65x; per level (build + enter + unwind of
// chain(1000, 0)) floor 23-25 ns, pycoro 27-31, both 88.6 bytes per level (56 for the frame, 32.6
// for the array's growth). s7-deleg moved pycoro to parent pointers, and this floor with it
// (one fresh process per variant, alternating, CPU time, load 2-8): per level the array floor 19-21
// ns, this one 11.0-11.4; D=1000 amortised 7.4 -> 6.6 ns per value (D=1 3.4): 2.2x -> 1.95x.
// In one bench run (`node bench/run.mjs --rounds 3 --only delegation,send`, load 1-11): this floor
// 1.89x (D=1 3.68, D=1000 6.97), pycoro 2.37x (3.98 / 9.42; 2.64x, 4.02 / 10.6 before the change).
// What pycoro pays above it per value at D=1000: the checks of the remembered leaf and the
// try/catch around its step (steady state 6.3 against 4.4 ns), and per level 18.7 against 11 ns
// (the `yield*` operand's checks, the fresh-delegate and recursion-limit tests, the compiled
// frames' try/catch that forgets their locals on a raise).

const DELEGATE = Symbol("floor.DELEGATE");

class Stack {
  constructor() {
    this.$base = null;
    this.n = 1;
    this.leaf = null;
    this.running = false;
  }
}

class StopIteration extends Error {
  constructor(value) {
    super();
    this.value = value;
  }
}
StopIteration.prototype.name = "StopIteration";

/** The base prototype: the Python and JavaScript protocols over the per-class `$next`. */
class Gen {
  send(v) {
    const r = this.$next(v);
    if (this.$s === -1) {
      const limit = Error.stackTraceLimit;
      Error.stackTraceLimit = 0;
      const e = new StopIteration(r);
      Error.stackTraceLimit = limit;
      throw e;
    }
    return r;
  }
  next(v) {
    const r = this.$next(v);
    return { value: r, done: this.$s === -1 };
  }
}

function yieldFrom(f, x, n) {
  f.$yf = x;
  f.$s = n;
  return DELEGATE;
}

/** A delegating frame resumed: run the remembered leaf; its yield is the common case. */
function chainNext(g, v) {
  const st = g.$own;
  const leaf = st.leaf;
  const s = leaf.$s;
  st.running = true;
  leaf.$s = -2;
  const r = leaf.$step(s, v, 0);
  if (typeof r !== "symbol" && leaf.$s > 0) {
    st.running = false;
    return r;
  }
  return loop(st, leaf, r);
}

/** `g`'s step just delegated: a new stack, then push / start / pop until a frame yields. */
function enter(g) {
  const st = new Stack();
  st.$base = g;
  g.$own = st;
  st.running = true;
  return loop(st, g, DELEGATE);
}

/** Push (`c.$own = f`), start, pop (`f.$own = null`, back to the delegator) until a frame yields. */
function loop(st, f, r) {
  let s, v;
  for (;;) {
    if (typeof r === "symbol") {
      const c = f.$yf;
      c.$own = f;
      st.n++;
      f = c;
      s = c.$s;
      v = undefined;
    } else if (f.$s > 0) {
      st.leaf = f;
      st.running = false;
      return r;
    } else {
      f.$s = -1;
      const p = f.$own;
      f.$own = null;
      if (p === st) {
        st.running = false;
        return r;
      }
      st.n--;
      f = p;
      f.$yf = null;
      s = f.$s;
      v = r;
    }
    f.$s = -2;
    r = f.$step(s, v, 0);
  }
}

class Leaf {
  constructor(n) {
    this.$s = 0;
    this.$yf = null;
    this.$own = null;
    this.n = n;
    this.i = void 0;
  }
  $step($s, $v, $m) {
    const $f = this;
    if ($m > 0) throw $v;
    for (;;)
      switch ($s) {
        case 0:
          $f.i = 0;
        case 1:
          if (!($f.i < $f.n)) return $f.n;
          $f.$s = 4;
          return $f.i;
        case 4:
          $f.i++;
          $s = 1;
          continue;
      }
  }
  // The per-class `$next` as emitted (one copy per class, so each has its own type feedback).
  $next(v) {
    const s = this.$s;
    if ((s > 0 && this.$yf === null) || s === 0) {
      this.$s = -2;
      const r = this.$step(s, v, 0);
      if (typeof r === "symbol") return enter(this);
      if (this.$s < 0) this.$s = -1;
      return r;
    }
    return chainNext(this, v);
  }
}

class Wrap {
  constructor(it) {
    this.$s = 0;
    this.$yf = null;
    this.$own = null;
    this.it = it;
  }
  $step($s, $v, $m) {
    const $f = this;
    if ($m > 0) throw $v;
    switch ($s) {
      case 0:
        return yieldFrom($f, $f.it, 1);
      case 1:
        $f.it = void 0;
        return $v;
    }
  }
  // The per-class `$next` as emitted (one copy per class, so each has its own type feedback).
  $next(v) {
    const s = this.$s;
    if ((s > 0 && this.$yf === null) || s === 0) {
      this.$s = -2;
      const r = this.$step(s, v, 0);
      if (typeof r === "symbol") return enter(this);
      if (this.$s < 0) this.$s = -1;
      return r;
    }
    return chainNext(this, v);
  }
}

class Endless {
  constructor() {
    this.$s = 0;
    this.$yf = null;
    this.$own = null;
    this.i = void 0;
  }
  $step($s, $v, $m) {
    const $f = this;
    if ($m > 0) throw $v;
    for (;;)
      switch ($s) {
        case 0:
          $f.i = 0;
        case 1:
          $f.$s = 4;
          return $f.i;
        case 4:
          $f.i = ($f.i + 1) & 127;
          $s = 1;
          continue;
      }
  }
  // The per-class `$next` as emitted (one copy per class, so each has its own type feedback).
  $next(v) {
    const s = this.$s;
    if ((s > 0 && this.$yf === null) || s === 0) {
      this.$s = -2;
      const r = this.$step(s, v, 0);
      if (typeof r === "symbol") return enter(this);
      if (this.$s < 0) this.$s = -1;
      return r;
    }
    return chainNext(this, v);
  }
}

for (const C of [Leaf, Wrap, Endless]) Object.setPrototypeOf(C.prototype, Gen.prototype);

export const leaf = (n) => new Leaf(n);
export const wrap = (it) => new Wrap(it);
export const endless = () => new Endless();

export function chain(d, n) {
  let g = leaf(n);
  for (let k = 1; k < d; k++) g = wrap(g);
  return g;
}

export function endlessChain(d) {
  let g = endless();
  for (let k = 1; k < d; k++) g = wrap(g);
  return g;
}
