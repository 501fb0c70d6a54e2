// The driver: one loop that resumes, throws into and closes chains of delegating frames.
//
// Why this file exists: CPython resumes a `yield from` chain by re-entering every frame on every
// resume and recurses through `_gen_throw` / `gen_close_iter` for throw and close, so it costs
// O(depth) per value and C stack per level. pycoro keeps the chain in an explicit `Stack`
// (DESIGN.md §3): an operation on the base frame runs the leaf directly, and a frame that finishes
// is popped and its parent resumed in the same loop. No JavaScript stack grows with the depth, in
// any of send, throw or close. What the loop computes is exactly what CPython 3.11's
// `gen_send_ex2`, `_gen_throw`, `gen_close` and `gen_close_iter` (Objects/genobject.c) compute:
//
// - send: the value goes to the leaf; a finished frame resumes its delegator with its return value
//   (m = 0) or its exception (m = 1). A closed frame in a chain "returns" None (YF-06).
// - throw: the leaf gets it. throw(GeneratorExit) into a delegator instead closes the whole
//   sub-chain first and then raises it in the base (YF-11). Argument errors are raised where CPython
//   raises them: before anything is touched, or, in a delegating chain, in the delegator of the
//   frame that would have received the exception.
// - close: the leaf is closed first, then GeneratorExit (or the error the child's close raised) is
//   raised in each delegator going down the stack (YF-10/12). A frame that yields while being
//   closed makes its close fail with "generator ignored GeneratorExit" and stays suspended (GEN-12).
//   A frame's return value on close is discarded (3.11, GEN-11).
//
// Levels `closeLo..closeTop` of the stack are "being closed": when the frame at closeTop finishes,
// its close is resolved and delivered to the level below. Levels above closeTop (frames a closing
// frame delegated to from its `finally`) run normally.
//
// The chain is linked by parent pointers, not held in an array (frame.ts `Stack`): the base's
// `$own` is its Stack, every other frame's `$own` is its delegator (the level below it), and `$yf`
// leads up. So a push is `c.$own = f`, a pop `f.$own = null`, and the Stack only counts the levels
// (`n`). Measured (bench `delegation` source, one fresh process per build, alternating, CPU time,
// load 5-13; s7-deleg, issue 12): build + enter + unwind of `chain(1000, 0)`, 24.5-25.9 ns per level
// with the stack array (13.6% of the profile was V8 growing it) against 18.6-18.7; the bench's
// amortised D = 1000 (steady state sampled first, as the bench child does), medians of 5-8
// processes, 10.05 -> 9.07 ns per value; steady state and D = 1 unchanged (6.3, 4.0). The price:
// finding the stack of a frame in the middle of a chain walks down to the base (`ownerOf`), which
// only `gi_running`-style questions, a frame driven behind its stack's back and `drive`'s entry
// (`topOf`) pay.
//
// Running state (GEN-04/05, YF-13) is derived, never stored per frame: a frame is running if its
// step is on the JavaScript stack (`$s === -2`) or it belongs to a stack whose loop is running.

import { StopIteration, StopAsyncIteration, GeneratorExit, RuntimeError, ValueError, RecursionError, signal } from "./errors.js";
import { recursionLimit } from "./recursion.js";
import { Frame, Stack, DELEGATE, CREATED, CLOSED, RUNNING } from "./frame.js";
import type { ForeignFrame } from "./yield-from.js";
import { endedInFrame, passedThrough, raisedHere } from "./traceback.js";
import { forgetLocals } from "./lowering-helpers.js";

/** Operations of `drive` (and of `runStack`: those up to OP_DELEGATED first push the chain below the top). */
export const OP_SEND = 0;
export const OP_THROW = 1;
export const OP_CLOSE = 2;
/** The top frame just returned DELEGATE from a step run outside the loop (a fast path). */
export const OP_DELEGATED = 3;
/** The top frame just returned / raised (value in `v`) from a step run outside the loop. */
const OP_RETURNED = 4;
const OP_RAISED = 5;

/** True while `f` executes: its own step runs, or it is part of a chain whose loop runs. */
export function isRunning(f: Frame): boolean {
  const s = f.$s;
  if (s === RUNNING) return true;
  if (s === CLOSED) return false;
  const o = ownerOf(f);
  return o !== null && o.running;
}

/**
 * `ownerOf`'s last answer: `frame` belonged to `stack` (weak references: the memo keeps no chain
 * alive). Every link of a frame into a chain (`$own` set) forgets it (`relinked`). Unlinking
 * needs no such care: only a chain's top, or a whole sub-chain from some level up, is unlinked,
 * so every frame still linked keeps its stack, and an unlinked frame answers null before the memo
 * is read.
 */
let memo: { frame: WeakRef<Frame>; stack: WeakRef<Stack> | null } | null = null;

/**
 * The stack `f` belongs to, or null: its `$own` if it is a base, else found by following `$own`
 * down to the base, O(depth of f). The last answer is remembered until a frame is linked
 * anywhere, so reading the levels of a chain one after another, base first (`gi_yieldfrom` after
 * `gi_yieldfrom`, deep.test.ts over 100,000 levels), costs O(1) per level, not O(depth).
 * Without the memo: the frames of a chain would each need a pointer to their stack (the stack
 * array design) or every resume a write to a global "some stack runs" counter; that counter
 * measured +1.3 ns per value on the resume fast path (6.3 -> 7.6 ns at D = 1000, s7-deleg).
 */
function ownerOf(f: Frame): Stack | null {
  let o = f.$own;
  if (o === null || o instanceof Stack) return o;
  const m = memo === null ? undefined : memo.frame.deref();
  if (m === f) return memo!.stack?.deref() ?? null;
  while (o !== null && !(o instanceof Stack)) {
    if (o === m) {
      o = memo!.stack?.deref() ?? null;
      break;
    }
    o = o.$own;
  }
  memo = { frame: new WeakRef(f), stack: o === null ? null : new WeakRef(o) };
  return o;
}

/** A frame was just linked into a chain: `ownerOf`'s memo may be stale. */
function relinked(): void {
  if (memo !== null) memo = null;
}

/**
 * PEP 479: a StopIteration escaping a body becomes RuntimeError, with cause and context set; so
 * does a StopAsyncIteration escaping an async generator's body (P479-05).
 */
export function escaped(f: Frame, e: unknown): unknown {
  let what: string;
  if (e instanceof StopIteration) what = "StopIteration";
  else if (e instanceof StopAsyncIteration && f.$kind === "async_generator") what = "StopAsyncIteration";
  else return e;
  endedInFrame(e);
  const err = new RuntimeError(`${f.$noun} raised ${what}`, { cause: e });
  err.context = e;
  return err;
}

/**
 * Implicit chaining (`__context__`, GEN-24, TASK-18): an error raised by a frame while it handles
 * the exception thrown into it gets that exception as its `context`, unless it has one already —
 * the GeneratorExit of a close (GEN-13, YF-11), an exception raised at an await (a failed task, a
 * cancellation). An approximation: pycoro does not track which exception a frame is handling, so
 * an error raised later in the same resumption, after the handler, gets it too; an error raised
 * while handling an exception that never left the step (a synchronous throw caught in the same
 * step) gets none.
 */
export function chain(e: unknown, handled: unknown): void {
  if (e !== handled && typeof e === "object" && e !== null && (e as { context?: unknown }).context === undefined) {
    if ((handled as { context?: unknown } | null)?.context === e) return; // no cycle
    try {
      (e as { context?: unknown }).context = handled;
    } catch {
      // a frozen error object: leave it
    }
  }
}

function alreadyExecuting(f: Frame): ValueError {
  return new ValueError(`${f.$noun} already executing`);
}

/**
 * Put `x` on top of `top`, the top frame of the running stack `st`, taking it over from any other
 * stack (which becomes invalid).
 */
function take(st: Stack, top: Frame, x: Frame): void {
  if (x.$own !== null) {
    const o = ownerOf(x);
    if (o !== st && o !== null) o.$base = null;
  }
  x.$own = top;
  relinked();
  st.n++;
}

/**
 * Push the chain hanging below `top`, the top frame of `st` (following `$yf`), and return the new
 * top. Stops at a running frame: the top then still has `$yf` set ("blocked"), and anything sent
 * to that child fails with ValueError in the top, as CPython's SEND into an executing generator
 * does. A child still linked under `top` came along with a frame this stack just took over from
 * another one: it is this stack's now, and running only if its own step is.
 */
function extend(st: Stack, top: Frame): Frame {
  for (let c = top.$yf; c !== null; c = top.$yf) {
    if (c.$own === top) {
      if (c.$s === RUNNING) break;
      st.n++;
    } else {
      if (isRunning(c)) break;
      take(st, top, c);
    }
    top = c;
  }
  return top;
}

/**
 * Drop `x`, at level n, and the levels above it from the stack; those frames keep their state and
 * their own `$yf` links.
 */
function detach(st: Stack, x: Frame, n: number): void {
  let p = x.$own;
  for (let c: Frame | null = x; c !== null && c.$own === p; ) {
    const next: Frame | null = c.$yf;
    c.$own = null;
    p = c;
    c = next;
  }
  st.n = n;
}

/** Let go of the frames still linked above `g` (walking up `$yf` while the links hold). */
function release(g: Frame): void {
  let p = g;
  for (let c = g.$yf; c !== null && c.$own === p; ) {
    const next: Frame | null = c.$yf;
    c.$own = null;
    p = c;
    c = next;
  }
}

/**
 * The stack whose base is `g`: its current one if still valid, else rebuilt (O(depth), only after
 * the chain was driven from elsewhere). Only `g` is on it here; `topOf` and `extend` take the rest
 * once the stack is marked running (so that a cycle back into it is seen as "already executing").
 */
function stackOf(g: Frame): Stack {
  const o = g.$own;
  let st: Stack;
  if (o === null) st = new Stack();
  else if (o instanceof Stack) {
    st = o;
    if (st.$base === g) return st;
    // Reuse the invalid stack of this base: release the frames it still holds, then rebuild.
    release(g);
  } else {
    // g is in the middle of another chain: that stack is invalid now, g becomes a base
    const other = ownerOf(g);
    if (other !== null) other.$base = null;
    st = new Stack();
  }
  st.$base = g;
  g.$own = st;
  relinked();
  st.n = 1;
  return st;
}

/** The top frame of the stack whose base is `g` (the frames linked above g), counting them. O(depth). */
function topOf(st: Stack, g: Frame): Frame {
  let top = g;
  let n = 1;
  for (let c = g.$yf; c !== null && c.$own === top; c = top.$yf) {
    top = c;
    n++;
  }
  st.n = n;
  return top;
}

/**
 * Run operation `op` on the base frame `g` and return what its caller gets: the value the chain
 * yielded (g suspended), or g's return value (then `g.$s === -1`; the caller raises StopIteration
 * or reports done). Exceptions propagate. For OP_THROW, `v` is the normalized exception, `bad` the
 * argument error (if the arguments were invalid) and `ge` whether the first argument was a
 * GeneratorExit (class or instance) — CPython tests that before validating.
 */
export function drive(g: Frame, op: number, v: unknown, bad: Error | null, ge: boolean): unknown {
  if (op !== OP_DELEGATED) {
    if (isRunning(g)) {
      if (bad !== null) throw bad;
      throw alreadyExecuting(g);
    }
    const s = g.$s;
    if (s === CLOSED) {
      if (op === OP_THROW) throw bad ?? v; // GEN-19: re-raised as-is
      return undefined; // send: bare StopIteration (GEN-07); close: no-op (GEN-15)
    }
    if (s === CREATED) {
      if (op === OP_SEND) {
        if (v != null) throw new TypeError(`can't send non-None value to a just-started ${g.$noun}`);
      } else if (op === OP_THROW) {
        if (bad !== null) throw bad;
        g.$s = CLOSED; // GEN-20/22: raised before the body runs, PEP 479 still applies
        forgetLocals(g);
        throw escaped(g, v);
      } else {
        g.$s = CLOSED; // GEN-09: the body never runs
        forgetLocals(g);
        return undefined;
      }
    }
  }
  const st = stackOf(g);
  st.running = true;
  st.leaf = null; // set again only if this operation ends with a frame of the stack yielding
  const top = topOf(st, g);
  // g's step just started a delegation: push and start the delegate in the send loop
  // (both loops clear `st.running` when they end, however they end: no try/finally here, see sendLoop)
  if (op === OP_DELEGATED && top === g) return sendLoop(st, g, DELEGATE);
  return runStack(st, top, op, v, bad, ge);
}

// Actions of the loop in `runStack` (see its header).
const ACT_RESUME = 0; // resume F[t] with (m, v)
const ACT_CLOSE = 1; // close level t (CPython gen_close / gen_close_iter on F[t])
const ACT_CLOSE_DONE = 2; // the close of level t finished: ok, or failed with `v`
const ACT_FINISHED = 3; // F[t] finished: returned r, or raised r

/**
 * After the top frame `f` returned DELEGATE: push the chain below it and return the new top. That
 * top is then started with send(None) (`pushedError` null), or, if its child is running
 * ("blocked"), gets the ValueError in `pushedError`.
 */
function pushed(st: Stack, f: Frame): Frame {
  const n = st.n;
  const top = extend(st, f);
  if (st.n > recursionLimit.value) {
    pushedError = tooDeep(st, f, n);
    return f;
  }
  const c = top.$yf;
  if (c === null) {
    pushedError = null;
    return top;
  }
  top.$yf = null;
  pushedError = alreadyExecuting(c);
  return top;
}
/** The second result of `pushed` (one loop at a time runs `pushed`; read right after the call). */
let pushedError: Error | null = null;

/**
 * The delegation that made the chain longer than the recursion limit fails in the delegator `f`
 * (level n - 1), as a call past `sys.getrecursionlimit()` raises RecursionError in the
 * caller: the frames it would have brought in are let go, untouched. Without this, unbounded
 * recursion through `await` or `yield*` grows the heap until V8 aborts (the chain lives in the
 * heap, not on the JavaScript stack).
 */
function tooDeep(st: Stack, f: Frame, n: number): RecursionError {
  detach(st, f.$yf!, n);
  f.$yf = null;
  return new RecursionError("maximum recursion depth exceeded");
}

/**
 * The hot path of a delegating generator: `g` is suspended with `$yf` set. If g's stack is valid
 * and its leaf is suspended, run the leaf's step right here (O(1) at any depth) and return what
 * it yields; any other outcome, or any other situation, goes through `drive`'s general loop.
 * `m` = 1 is a throw of a valid, non-GeneratorExit exception.
 *
 * The plain outcomes of a send stay in this loop too (`sendLoop`): the leaf delegating to a fresh or
 * suspended generator nobody else holds (pushed, started with send(None)), and a frame returning
 * to its delegator (popped, the delegator resumed with the value). That is all a recursive
 * `yield*` walk does between two values; runStack's general loop handles closing, blocked and
 * foreign frames and errors. The leaf yielding stays first and outside the loop: through the loop
 * it cost 21 ns per value at D = 1000 (steady state, bench `delegation`) against 12.4 directly.
 * Measured (bench `programs`, all four programs warmed in one process, CPU time, load ~19): the
 * recursive tree walk 0.73× native generators before this loop and the per-class `$next`, 0.32×
 * after; the fresh delegation of a `$next` (drive OP_DELEGATED) starts here too.
 *
 * The leaf is the one the stack remembers from its last yield (`Stack.leaf`): every run of the
 * stack clears it first and sets it only when it ends with the top frame yielding, so while it is
 * set the frames below it have not moved. What can happen to it from outside the stack is caught
 * here: driven directly, it finished (`$s` not > 0) or delegated (`$yf` set; its `drive` also
 * invalidated this stack), or another stack took it over (invalid: `base` null). Those go to the
 * general loop.
 * Per value at D = 1000, steady state (bench `delegation` source, one fresh process per build,
 * alternating, CPU time, load 8–11; issue 12): 13.3 ns → 7.3 (D = 1: 5.1), from four changes
 * found in perf profiles: (1) `st.leaf` instead of `st.f[st.f.length - 1]`, two dependent loads
 * fewer before the leaf's map check, where the samples piled up; (2) `st.$base !== g` and
 * `st.running === true`, pointer compares, instead of `!st.valid` (V8 compiled a generic ToBoolean:
 * a boolean field is typed as any heap object) and `st.f[0] !== g`; (3) `typeof r !== "symbol"`
 * before `r !== DELEGATE`: that compare saw numbers and a symbol, so its feedback was "any" and
 * every value called V8's StrictEqual builtin (4% of the profile); (4) the rare outcomes in
 * `leafRaised`/`leafDone`, so that this function is small enough for V8 to inline into the
 * per-class `$next` (with generator.ts `resumeFrame`), leaving the inlining budget for the leaf's
 * `$step`. Later (s7-deleg): the three calls into the driver became one small `chainSlow`, and the
 * `st.running` test went (see below): 306 -> 251 bytes of bytecode. The consumer's loop, the
 * `send`, this function and the leaf's steps share one cumulative inlining budget (920 bytes in
 * V8 11.3); with 306 it ran out in 3 of 8 processes of the bench's D = 1000 (11.5 ns per value
 * there against 9.0), with 251 in none of 8.
 */
export function resumeChain(g: Frame, v: unknown, m: number): unknown {
  // (g in the middle of a chain has its delegator there, a Frame: it has no `$base`, frame.ts)
  const st = g.$own as Stack | null;
  if (st === null || st.$base !== g) return chainSlow(g, v, m);
  // A running stack has no leaf (`drive` clears it) or a RUNNING one (this path): both go to the
  // driver, which raises "already executing"; so `st.running` needs no test of its own here.
  const leaf = st.leaf;
  if (leaf === null) return chainSlow(g, v, m);
  const s = leaf.$s;
  if (s <= 0 || leaf.$yf !== null) return chainSlow(g, v, m);
  st.running = true;
  leaf.$s = RUNNING;
  if (m === 1) passedThrough(v, leaf, s); // the exception is raised in this frame: its traceback entry
  let r: unknown;
  try {
    r = leaf.$step(s, v, m);
  } catch (e) {
    return leafRaised(st, leaf, e, v, m);
  }
  if ((typeof r !== "symbol" || r !== DELEGATE) && leaf.$s > 0) {
    st.running = false; // yielded: the common case, kept out of the loop below
    return r;
  }
  return leafDone(st, leaf, r);
}

/** resumeChain's other situations: the driver's general entry. */
function chainSlow(g: Frame, v: unknown, m: number): unknown {
  return drive(g, m === 0 ? OP_SEND : OP_THROW, v, null, false);
}

/** resumeChain's leaf raised `e` (resumed with (m, v)): the general loop takes the exception on. */
function leafRaised(st: Stack, leaf: Frame, e: unknown, v: unknown, m: number): unknown {
  st.leaf = null;
  leaf.$s = CLOSED;
  if (m === 1 && e !== v) chain(e, v); // raised while the thrown-in exception was handled
  if (m !== 1 || e !== v) raisedHere(e);
  return runStack(st, leaf, OP_RAISED, leaf.$foreign ? e : escaped(leaf, e), null, false);
}

/** resumeChain's leaf delegated or returned (outcome `r`): the send loop goes on from there. */
function leafDone(st: Stack, leaf: Frame, r: unknown): unknown {
  st.leaf = null;
  return sendLoop(st, leaf, r);
}

/**
 * `f`, the top of the running stack `st`, has just run a step with outcome `r` (DELEGATE, or
 * returned: `$s` not > 0). Go on through plain delegations and returns (see resumeChain) until a
 * frame yields; anything else is handed to runStack with the outcome at hand (OP_DELEGATED,
 * OP_RETURNED, OP_RAISED).
 * It ends the run itself (`st.running = false`) when a frame yields; every other way out is
 * through runStack, which ends it in its `finally`; nothing else here throws (a step's exception
 * is caught). So its callers need no try/finally: inlined into one (drive's), this loop measured
 * 27.5 ns per level against 20 (build + enter + unwind of chain(1000, 0), s7-deleg).
 */
function sendLoop(st: Stack, f: Frame, r: unknown): unknown {
  let s = 0, v: unknown = undefined, m = 0;
  for (;;) {
    if (typeof r === "symbol" && r === DELEGATE) {
      const c = f.$yf!;
      const cs = c.$s;
      // a frame nobody else holds, not delegating itself, startable by send(None)
      if (c.$own !== null || c.$yf !== null || cs < 0 || c.$foreign) return runStack(st, f, OP_DELEGATED, undefined, null, false);
      if (st.n >= recursionLimit.value) {
        // as `tooDeep`: the delegation fails in the delegator, the child is let go untouched
        f.$yf = null;
        s = f.$s;
        v = new RecursionError("maximum recursion depth exceeded");
        m = 1;
        passedThrough(v, f, s);
      } else {
        c.$own = f;
        relinked();
        st.n++;
        f = c;
        s = cs;
        v = undefined;
        m = 0;
      }
    } else if (f.$s > 0) {
      st.leaf = f;
      st.running = false;
      return r; // yielded
    } else {
      f.$s = CLOSED;
      const p = f.$own!;
      if (p === st || (p as Frame).$s <= 0) return runStack(st, f, OP_RETURNED, r, null, false);
      // returned to its delegator (suspended in its yield*): pop it, resume the delegator with the value
      f.$own = null;
      st.n--;
      f = p as Frame;
      f.$yf = null;
      s = f.$s;
      v = r;
      m = 0;
    }
    f.$s = RUNNING;
    try {
      r = f.$step(s, v, m);
    } catch (e) {
      f.$s = CLOSED;
      if (m === 1 && e !== v) chain(e, v); // raised while the thrown-in exception was handled
      if (m !== 1 || e !== v) raisedHere(e);
      return runStack(st, f, OP_RAISED, f.$foreign ? e : escaped(f, e), null, false);
    }
  }
}

/**
 * The driver's loop: carry out `op` on the stack `st`, whose top frame is `top` (its caller has set
 * `st.running`; this clears it when it ends), and return what the base's caller gets, or throw it. One iteration is one action
 * on the level `t`, whose frame is `f`:
 *
 * - ACT_CLOSE: close level t, as gen_close / gen_close_iter do: a foreign frame's `$closeIter()`;
 *   a created or finished frame just becomes CLOSED; any other gets GeneratorExit raised in it
 *   (continues as ACT_RESUME with m = 1). Closing the virtual blocked level fails ("already
 *   executing"). Then ACT_CLOSE_DONE.
 * - ACT_CLOSE_DONE: level t's close is over (`ok`, or failed with `v`) and level t is off the
 *   stack. At level 0 that is the answer. Else the level below (`below`) gets it: if that level is
 *   being closed too, a fresh GeneratorExit (or the close's error) is raised in it; otherwise this
 *   was throw(GeneratorExit) on a delegating base and the thrown exception is raised in the base.
 * - ACT_RESUME: run f.$step(s, v, m) (a finished or created frame answers without running, as
 *   gen_send_ex2 does). It delegated: push the new chain and resume its top with send(None) (or
 *   the "already executing" error of a blocked child). It yielded: return the value, unless a close
 *   is in progress ("ignored GeneratorExit", GEN-12 / YF-11). It returned or raised: ACT_FINISHED.
 * - ACT_FINISHED (the tail of the loop body): f finished with `r` (`raised` or returned). Pop
 *   it; if it was the frame being closed, its close is resolved (ok unless it raised something
 *   other than GeneratorExit / StopIteration: ACT_CLOSE_DONE); at level 0 return or throw `r`;
 *   else resume the level below with it (m = 1 if raised).
 *
 * Invariant: every frame of the stack belongs to `st` (the base's `$own === st`, every other
 *   frame's `$own` is the level below it) and is "running" (st.running), so a re-entrant
 *   send/throw/close on any of them fails with "already executing" (GEN-05, YF-13).
 * Invariant: levels 0..t-1 are suspended in a delegation to the level above (their `$yf`); f, at
 *   level t, is the frame acted on, and its `$yf` is null whenever it is resumed with a child's
 *   outcome.
 * Invariant: st.n === t + 1, except in ACT_CLOSE_DONE (level t already popped: st.n === t) and on
 *   the virtual blocked level (`virt`, t === st.n: the top, f, delegates to a running frame).
 * Invariant: a popped level has `$own === null`; it is CLOSED unless detached on purpose (an
 *   invalid throw() argument rejected above it, a frame that ignored GeneratorExit), and detached
 *   frames keep their state and their `$yf`.
 * Invariant: levels closeLo..closeTop are being closed (closeTop < 0: no close in progress; the
 *   frame at closeTop is `closeFrame`); levels above closeTop, which a closing frame delegated to
 *   from its `finally`, run normally.
 * Invariant: no action calls back into the driver for another level: depth costs no JavaScript
 *   stack, only iterations (t moves by one per finished frame).
 */
function runStack(st: Stack, top: Frame, op: number, v: unknown, bad: Error | null, ge: boolean): unknown {
  try {
    return runLoop(st, top, op, v, bad, ge);
  } finally {
    st.running = false;
  }
}

/** runStack's loop (described there); runStack ends the run however this ends. */
function runLoop(st: Stack, top: Frame, op: number, v: unknown, bad: Error | null, ge: boolean): unknown {
  let m = 0;
  let act = ACT_RESUME;
  let ok = true;
  let closeLo = -1;
  let closeTop = -1;
  let closeFrame: Frame | null = null;
  const thrown = v; // the exception of an OP_THROW, raised in the base once its sub-chain is closed
  let r: unknown = undefined; // the result of the frame acted on (returned, raised or yielded value)
  let raised = false;
  let closing: GeneratorExit | null = null; // the GeneratorExit a close is about to raise in f
  let below: Frame | null = null; // in ACT_CLOSE_DONE: the frame at level t - 1

  // Set up the first action. Push the chain below the top, unless the top just finished (OP_RETURNED,
  // OP_RAISED). A top whose `$yf` is then still set delegates to a running frame ("blocked"): that
  // child is a virtual level t + 1 every operation on which fails.
  if (op <= OP_DELEGATED) top = extend(st, top);
  let t = st.n - 1;
  let f = top; // the frame acted on
  let virt = false;
  const blocked = f.$yf !== null;
  if (op === OP_RETURNED || op === OP_RAISED) {
    act = ACT_FINISHED;
    r = v;
    raised = op === OP_RAISED;
  } else if (op === OP_SEND || op === OP_DELEGATED) {
    if (blocked) {
      m = 1;
      v = alreadyExecuting(f.$yf!);
      f.$yf = null;
    } else if (op === OP_DELEGATED) {
      v = undefined;
    }
  } else if (op === OP_CLOSE) {
    closeLo = 0;
    act = ACT_CLOSE;
    if (blocked) {
      t++;
      virt = true;
    }
  } else if (ge && st.$base!.$yf !== null) {
    // throw(GeneratorExit) into a delegator: close the sub-chain (levels 1..), then raise in the base.
    closeLo = 1;
    act = ACT_CLOSE;
    if (blocked) {
      t++;
      virt = true;
    }
  } else if (bad !== null) {
    // Invalid throw() arguments reach the frame that would receive the exception, which rejects
    // them untouched; the TypeError is raised in its delegator.
    let recv: number;
    if (blocked) recv = t;
    else if (f.$foreign) recv = (f as ForeignFrame).$throws ? t - 1 : t - 2;
    else recv = t - 1;
    if (recv < 0) throw bad;
    let x = f;
    for (let k = t; k > recv; k--) x = x.$own as Frame; // down to level recv
    if (recv < t) detach(st, x.$yf!, recv + 1);
    x.$yf = null;
    t = recv;
    f = x;
    m = 1;
    v = bad;
  } else {
    m = 1;
    if (blocked) {
      v = alreadyExecuting(f.$yf!);
      f.$yf = null;
    }
  }

  for (;;) {
    if (act === ACT_CLOSE) {
      closeTop = t;
      act = ACT_CLOSE_DONE;
      if (virt) {
        // the virtual blocked level (f, the top, delegates to a running frame): closing it fails
        virt = false;
        closeFrame = null;
        v = alreadyExecuting(f.$yf!);
        below = f;
        ok = false;
        continue;
      }
      const x = f;
      closeFrame = x;
      if (x.$foreign) {
        below = x.$own as Frame;
        x.$own = null;
        st.n = t;
        try {
          (x as ForeignFrame).$closeIter();
          ok = true;
        } catch (e) {
          ok = false;
          v = e;
        }
        continue;
      }
      const s = x.$s;
      if (s === CLOSED || s === CREATED) {
        if (s === CREATED) forgetLocals(x);
        x.$s = CLOSED;
        below = x.$own as Frame;
        x.$own = null;
        st.n = t;
        ok = true;
        continue;
      }
      act = ACT_RESUME;
      m = 1;
      v = closing = signal(GeneratorExit);
      // fall through to ACT_RESUME below
    }

    if (act === ACT_CLOSE_DONE) {
      // Level t's close is over and level t is off the stack (st.n === t).
      const c = t;
      if (c === 0) {
        if (ok) return undefined;
        throw v;
      }
      const p = below!;
      t = c - 1;
      f = p;
      act = ACT_RESUME;
      m = 1;
      if (c - 1 >= closeLo) {
        // the delegator is being closed too: raise a fresh GeneratorExit (or the error) in it
        closeTop = c - 1;
        closeFrame = p;
        p.$yf = null;
        if (ok) v = closing = signal(GeneratorExit);
      } else {
        // throw(GeneratorExit) on the base: its sub-chain is closed, now raise in the base
        closeTop = -1;
        closeFrame = null;
        if (ok) {
          if (bad !== null) throw bad; // the base stays suspended on its (closed) child
          v = thrown;
        }
        p.$yf = null;
      }
      continue;
    }

    if (act === ACT_RESUME) {
      // ACT_RESUME f (level t) with (m, v); then handle its outcome.
      const s = f.$s;
      const ge = closing;
      closing = null;
      raised = false;
      if (s === CLOSED) {
        // A finished generator in a chain: send gives None; throw re-raises, and a StopIteration
        // raised that way resumes the delegator with its value (CPython's _PyGen_FetchStopIterationValue).
        // A finished coroutine (or async generator awaitable) raises its "cannot reuse" error (CO-04).
        const reuse = f.$reuse;
        if (reuse !== undefined) {
          raised = true;
          r = new RuntimeError(reuse);
        } else if (m === 0) r = undefined;
        else if (v instanceof StopIteration) r = v.value;
        else {
          raised = true;
          r = v;
        }
      } else if (s === CREATED && m === 0 && v != null) {
        raised = true; // the frame stays untouched
        r = new TypeError(`can't send non-None value to a just-started ${f.$noun}`);
      } else if (s === CREATED && m === 1) {
        f.$s = CLOSED;
        raised = true;
        r = escaped(f, v);
      } else {
        f.$s = RUNNING;
        if (m === 1) passedThrough(v, f, s); // the exception is raised in this frame: its traceback entry
        try {
          r = f.$step(s, v, m);
        } catch (e) {
          f.$s = CLOSED;
          raised = true;
          if (ge !== null) chain(e, ge);
          else if (m === 1 && e !== v) chain(e, v); // raised while the thrown-in exception was handled
          if (m !== 1 || e !== v) raisedHere(e);
          r = f.$foreign ? e : escaped(f, e);
        }
        if (!raised) {
          if (r === DELEGATE) {
            f = pushed(st, f);
            const err = pushedError;
            pushedError = null;
            t = st.n - 1;
            m = err === null ? 0 : 1;
            v = err ?? undefined;
            continue;
          }
          if (f.$s > 0) {
            // Yielded.
            if (closeTop < 0) {
              st.leaf = f;
              return r;
            }
            // A frame being closed yielded (itself, or a frame it delegated to): GEN-12 / YF-11.
            const c = closeTop;
            const cf = closeFrame!;
            v = new RuntimeError(`${cf.$noun} ignored GeneratorExit`);
            if (c === 0) {
              st.leaf = f;
              throw v; // the base stays suspended at its new yield, stack intact
            }
            below = cf.$own as Frame;
            detach(st, cf, c);
            t = c;
            ok = false;
            act = ACT_CLOSE_DONE;
            continue;
          }
          f.$s = CLOSED;
        }
      }
    }
    act = ACT_RESUME;

    // f (level t) finished: returned r, or raised r (or, still CREATED, rejected a value).
    const p = f.$own;
    f.$own = null;
    st.n = t;
    if (t === closeTop) {
      ok = !raised || r instanceof GeneratorExit || r instanceof StopIteration;
      v = r;
      below = p as Frame;
      act = ACT_CLOSE_DONE;
      continue;
    }
    if (t === 0) {
      if (raised) throw r;
      return r;
    }
    t--;
    f = p as Frame;
    f.$yf = null;
    m = raised ? 1 : 0;
    v = r;
  }
}
