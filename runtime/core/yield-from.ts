// `yield*` (Python's `yield from`, PEP 380): what the operand becomes.
//
// Why this file exists: emitted code calls `yieldFrom($f, it, N)` at every `yield*`. It validates
// the operand where the delegator can still catch the error (it runs inside the delegator's step),
// and links a frame under the delegator for the driver to run: a pycoro generator directly, or
// any other JavaScript iterable through an adapter frame that gives a foreign iterator Python's
// forwarding rules (research §5.3 items 2–4, DESIGN.md §3):
//
// - send(None) -> it.next(); send(v) -> it.send(v) if it has `send`, else it.next(v)
// - throw(e) -> it.throw(e) if it has `throw`; else e is raised in the delegator and the iterator
//   is left as it is, not closed (YF-09)
// - close -> it.return() if it has `return`, else it.close() if it has a Python-style `close`
//   (YF-10, YF-12)
//
// Results: `next()` returns an IteratorResult (it is a JavaScript iterator). An iterator that has
// a `send` method is a Python-style generator-like object (a hand-written coroutine-like class, or
// a pycoro generator of another copy of the runtime): its `send` and `throw` return the value
// itself, as Python's do. Without `send`, `throw` returns an IteratorResult, as a JavaScript
// generator's does. An IteratorResult with done: true ends the delegation with its value; so does a
// StopIteration thrown by next/send/throw (how a Python-style iterator returns a value, YF-03).

import { StopIteration, typeName } from "./errors.js";
import { Frame, DELEGATE, RAISE, CLOSED, frameKind, type Delegate } from "./frame.js";

/** The JavaScript iterator a foreign `yield*` operand produced (methods looked up on each use). */
export interface ForeignIterator {
  next(v?: unknown): unknown;
  send?: ((v: unknown) => unknown) | null;
  throw?: ((e: unknown) => unknown) | null;
  return?: ((v?: unknown) => unknown) | null;
  close?: (() => unknown) | null;
}

function result(frame: ForeignFrame, res: unknown): unknown {
  if (Object(res) !== res) throw new TypeError(`Iterator result ${String(res)} is not an object`);
  const r = res as IteratorResult<unknown, unknown>;
  if (r.done) {
    frame.$s = CLOSED;
    return r.value;
  }
  frame.$s = 1;
  return r.value;
}

/**
 * Adapter frame around a foreign iterator. Internal: never returned to users (`gi_yieldfrom`
 * shows the iterator). It is only ever a leaf; the driver pops it when it finishes and calls
 * `$closeIter` instead of raising GeneratorExit in it.
 */
export class ForeignFrame extends Frame {
  declare it: ForeignIterator;
  /** The iterator has `send`: Python's protocol for send/throw results (see the header). */
  declare py: boolean;

  constructor(it: ForeignIterator) {
    super();
    this.it = it;
    this.py = typeof it.send === "function";
    this.$s = 1; // always "suspended": started by the first send(None) like any sub-iterator
  }

  $step(_s: number, v: unknown, m: number): unknown {
    const it = this.it;
    try {
      if (m === 0) {
        if (v == null) return result(this, it.next());
        const send = it.send;
        if (send == null) return result(this, it.next(v));
        const r = send.call(it, v);
        if (this.py) {
          this.$s = 1;
          return r;
        }
        return result(this, r);
      }
      // A pycoro awaitable takes the (already checked) exception as it is: its throw() would check
      // it again and turn a thrown non-Error value into a TypeError (frame.ts RAISE).
      const ra = (it as { [RAISE]?: (e: unknown) => IteratorResult<unknown> })[RAISE];
      if (ra !== undefined) return result(this, ra.call(it, v));
      const th = it.throw;
      if (th != null) {
        const r = th.call(it, v);
        if (this.py) {
          this.$s = 1;
          return r;
        }
        return result(this, r);
      }
    } catch (e) {
      if (e instanceof StopIteration) {
        this.$s = CLOSED;
        return e.value;
      }
      throw e;
    }
    // No `throw`: raised in the delegator, the iterator is not closed (YF-09). Outside the try:
    // a StopIteration thrown in this way stays an exception.
    throw v;
  }

  /**
   * Whether a throw() reaching this frame is handed to the iterator (it has `throw`) rather than
   * raised in the delegator: decides where invalid throw() arguments are reported (driver.ts).
   */
  get $throws(): boolean {
    return this.it.throw != null;
  }

  /** Python's gen_close_iter for a foreign iterator: `return()`, or a Python-style `close()`. */
  $closeIter(): void {
    const it = this.it;
    const ret = it.return;
    if (ret != null) ret.call(it);
    else if (this.py && it.close != null) it.close.call(it);
  }
}
frameKind(ForeignFrame, { kind: "iterator", foreign: true });

/**
 * `yield* x` in the step of `frame`, resuming at state `n`: link the delegate as `frame.$yf`, set
 * `frame.$s = n` and return DELEGATE, which the step returns to the driver
 * (`return __pycoro.yieldFrom($f, x, N);`). Raises TypeError inside the delegator for a
 * non-iterable (YF-02) and for a native coroutine under a plain generator (YF-07).
 * `x[Symbol.iterator]` is called exactly once, here, while the frame is still running; the state
 * changes only on success. (Without `n`, the caller has set `$s` already: the older form
 * `$f.$s = N; return __pycoro.yieldFrom($f, x);`, which shows the frame as suspended while
 * `x` and its iterator are evaluated.)
 */
export function yieldFrom(frame: Frame, x: unknown, n?: number): Delegate {
  if (x instanceof Frame) {
    // A pycoro generator (adapters never escape). Native coroutines (kind "coroutine", a later
    // issue) may only be delegated to from generator-based coroutines.
    if (x.$kind === "coroutine" && !frame.$yieldsFromCoroutines) {
      throw new TypeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
    }
    frame.$yf = x;
    if (n !== undefined) frame.$s = n;
    return DELEGATE;
  }
  if (x != null) {
    const method = (x as { [Symbol.iterator]?: unknown })[Symbol.iterator];
    if (typeof method === "function") {
      const it: unknown = method.call(x);
      if (Object(it) !== it) throw new TypeError("Result of the Symbol.iterator method is not an object");
      frame.$yf = new ForeignFrame(it as ForeignIterator);
      if (n !== undefined) frame.$s = n;
      return DELEGATE;
    }
  }
  throw new TypeError(`'${typeName(x)}' object is not iterable`);
}
