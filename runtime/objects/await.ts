// `await x` (PEP 492) in a compiled coroutine or async generator: what the operand becomes.
//
// Why this file exists: every `await` in emitted code runs the fast path below or calls
// `awaitOther($f, x, N)`, inside the awaiting frame's step, so an error here is raised at the
// await where the frame can catch it.
// Python's `await x` is `yield from` over `x.__await__()` with CPython's checks (CO-10..17); in
// pycoro it links a frame under the awaiting frame for the driver (DESIGN.md §3, §6), as `yield*`
// does:
//
// - a native coroutine just created: run inline, in the awaiting step (below), so an await that
//   completes without suspending costs a step call, never a trip through the event loop or the
//   driver (the performance claim);
// - a native coroutine already started, a generator-based coroutine, an async generator's
//   asend/athrow awaitable: the object is a frame already; the driver delegates to it;
// - anything else with `__await__` on its class (never an own property: CO-12): its result must be
//   an iterator that is not a coroutine (CO-11); a pycoro generator is delegated to directly, any
//   other iterator through the foreign-iterator adapter of core/yield-from.ts (PEP 380 rules);
// - a JavaScript thenable (an extension: Python has no such thing): the awaiting frame suspends
//   until it settles. With an event loop running, the driver yields a loop Future bridged from it
//   (`wrapFuture`, reached through the host seam: host.ts), which the task waits on; without one,
//   it yields a pending, thenable object that a hand-written driver can `await` before resuming
//   the coroutine. Either way the await resumes with the value or raises the rejection reason.
// A loop Future awaited as it is takes a fast path the loop installs in the host
// (`host.awaitFuture`, loop/futures.ts).
// - else: TypeError `object <type> can't be used in 'await' expression` (CO-10).

import { RuntimeError, typeName } from "../core/errors.js";
import { Frame, DELEGATE, CREATED, CLOSED, RUNNING, frameKind, type Delegate } from "../core/frame.js";
import { INLINE_DEPTH } from "../../compiler/ir/contract.js";
import { escaped } from "../core/driver.js";
import { Generator, GeneratorCoroutine } from "./generator.js";
import { ForeignFrame, type ForeignIterator } from "../core/yield-from.js";
import { Coroutine } from "./coroutine.js";
import { AsyncGenAwaitable } from "./asyncgen.js";
import { host, type HostFuture } from "./host.js";

/**
 * A special method as Python looks it up: on the object's class (its prototype chain), never on
 * the object itself. Undefined when absent (or set to undefined).
 */
export function special(x: unknown, name: string): unknown {
  if (x === null || x === undefined) return undefined;
  const proto: object | null = Object.getPrototypeOf(typeof x === "object" || typeof x === "function" ? x : Object(x));
  return proto === null ? undefined : Reflect.get(proto, name, x);
}

/** A JavaScript thenable (an object or function with a `then` method). */
export function isThenable(x: unknown): x is PromiseLike<unknown> {
  return x !== null && (typeof x === "object" || typeof x === "function") && typeof (x as { then?: unknown }).then === "function";
}

/** True for a frame `await` delegates to as it is (a coroutine, a generator-based coroutine, an asend/athrow awaitable). */
function awaitableFrame(x: Frame): boolean {
  return x instanceof Coroutine || x instanceof GeneratorCoroutine || x instanceof AsyncGenAwaitable;
}

/**
 * `inspect.isawaitable` as `await` sees it, plus thenables: what `awaitValue` accepts without
 * raising CO-10's TypeError (it may still fail on what `__await__` returns).
 */
export function isAwaitable(x: unknown): boolean {
  if (x instanceof Frame) return awaitableFrame(x) || special(x, "__await__") !== undefined;
  return special(x, "__await__") !== undefined || isThenable(x);
}

/** How many inline runs may nest on the JavaScript stack before `await` hands over to the driver (the compiler/runtime contract). */
export { INLINE_DEPTH };

// `await x` in emitted code (DESIGN.md §6). The fast path — `x` is a coroutine just created — runs
// x's step inside the awaiting step. The compiler writes that path out at each await site, so the
// call `$w.$step(...)` is monomorphic there (an await site usually awaits one function) and V8 can
// inline it; a shared helper making the call would see every coroutine class of the program, and
// helper calls around it cost more than the work they do when V8 runs out of inlining budget:
//
//   if (($w = x) != null && $w.$s === 0 && $w instanceof __pycoro.Coroutine && $m > -64) {
//     $w.$s = -2;                                          // running
//     try { $v = $w.$step(0, void 0, $m - 1); } catch ($e) { throw __pycoro.awaitRaised($w, $e); }
//     if ($v === __pycoro.DELEGATE) { $f.$yf = $w; $f.$s = N; return $v; }   // x suspended: link it
//     $w.$s = -1;                                          // x finished: $v is its result
//   } else if (($v = __pycoro.awaitOther($f, $w, N)) === __pycoro.DELEGATE) return $v;
//   case N: ...
//
// The inline depth rides in the step's mode argument: the driver passes m = 0 (send) or 1
// (throw); an inline run passes its caller's m - 1, so -m is the number of inline runs nested on
// the JavaScript stack, and the bound costs a compare instead of a shared counter kept in memory.
// `awaitValue` below is the same sequence as one function, for the runtime's hand-written steps.

// `await sleep(0)` with `sleep` an identifier is emitted as
//   `($w = sleep === __pycoro.SLEEP ? __pycoro.sleep0() : sleep(0)) != null && ...`
// so that the sleep coroutine of a switch is known to be reachable from nothing but this await:
// `sleep0()` (loop/sleep.ts `awaitedSleep0`) returns a frame the task recycles once it has resumed
// the awaiting coroutine past it (loop/tasks.ts `sendNone`), unless `cr_await` handed it out
// (coroutine.ts pins it). Any other callee, or the runtime's sleep not loaded, is the plain call.
// Issue 12: the sleep frame was the whole allocation of a `sleep(0)` switch (56 bytes).

/** The runtime's `sleep` once loop/sleep.ts has loaded; until then a value no callee equals. */
export let SLEEP: unknown = Symbol("pycoro: sleep not loaded");
/** `sleep(0)` for a compiled `await sleep(0)`: a recyclable frame (loop/sleep.ts `awaitedSleep0`). */
export let sleep0: () => Coroutine = () => {
  throw new Error("pycoro: internal error: sleep0() before loop/sleep.ts loaded");
};
/** Called once by loop/sleep.ts as it loads (this layer imports nothing from the loop). */
export function _installSleep(fn: unknown, make: () => Coroutine): void {
  SLEEP = fn;
  sleep0 = make;
}

/** The inline run of `x` raised `e`: `x` is finished; the exception to raise at the await (PEP 479 applied). */
export function awaitRaised(x: Frame, e: unknown): unknown {
  x.$s = CLOSED;
  return escaped(x, e);
}

/**
 * `await x` as one call, in the step of `frame` (called with mode `m`), resuming at state `n`:
 * either the awaited thing completed inline and its result is returned (the step goes on at once
 * at `n`, no return to the driver), or what `x` awaits is linked as `frame.$yf`, `frame.$s = n`,
 * and DELEGATE is returned. The state changes only on success; every check runs while the frame is
 * still running.
 */
export function awaitValue(frame: Frame, x: unknown, n: number, m: number): unknown {
  if (!(x instanceof Coroutine && x.$s === CREATED && m > -INLINE_DEPTH)) return awaitOther(frame, x, n);
  x.$s = RUNNING;
  let r: unknown;
  try {
    r = x.$step(CREATED, undefined, m - 1);
  } catch (e) {
    throw awaitRaised(x, e);
  }
  if (r === DELEGATE) {
    frame.$yf = x;
    frame.$s = n;
    return DELEGATE;
  }
  x.$s = CLOSED; // (a native coroutine never yields)
  return r;
}

/** `await x` for everything but a new coroutine run inline: link what `x` awaits as `frame.$yf`. */
export function awaitOther(frame: Frame, x: unknown, n: number): Delegate {
  let sub: Frame;
  if (x instanceof Coroutine) {
    // CO-06: a coroutine suspended in an await of its own is being awaited by someone else
    // (a finished one raises CO-04's error when the driver resumes it; a running one, ValueError)
    if (x.$yf !== null && x.$s > 0) throw new RuntimeError("coroutine is being awaited already");
    sub = x;
  } else if (x instanceof GeneratorCoroutine || x instanceof AsyncGenAwaitable) {
    sub = x; // (the other frames `awaitableFrame` accepts)
  } else if (x instanceof AnextAwaitable) {
    sub = x.iter;
  } else {
    sub = awaitIter(x);
  }
  frame.$yf = sub;
  frame.$s = n;
  return DELEGATE;
}

/**
 * `async for`'s GET_ANEXT check of what `__anext__()` returned (AW-06): its await iterator is made
 * here, once, as CPython's `_PyCoro_GetAwaitableIter` does at GET_ANEXT, and any failure — no
 * `__await__`, an `__await__` that raises or returns a non-iterator — becomes
 * `TypeError: 'async for' received an invalid object from __anext__: T` with the original as its
 * cause (`_PyErr_FormatFromCause`). The frames `await` takes as they are come back unchanged;
 * anything else comes back as an AnextAwaitable holding the ready iterator, so that the `await`
 * that follows does not call `__await__` a second time.
 */
export function anextAwaitable(aw: unknown): unknown {
  if (aw instanceof Coroutine || aw instanceof GeneratorCoroutine || aw instanceof AsyncGenAwaitable) return aw;
  try {
    return new AnextAwaitable(awaitIter(aw));
  } catch (e) {
    throw new TypeError(`'async for' received an invalid object from __anext__: ${typeName(aw)}`, { cause: e });
  }
}

/** What `__anext__()` returned, already turned into the frame `await` runs (see anextAwaitable). */
class AnextAwaitable {
  constructor(readonly iter: Frame) {}
}

/** The frame that runs `x.__await__()`'s iterator, or the bridge of a thenable (CO-10..13). */
function awaitIter(x: unknown): Frame {
  const aw = special(x, "__await__");
  if (aw === host.futureAwait && aw !== undefined) {
    const f = host.awaitFuture(x);
    if (f !== null) return f;
  }
  if (aw === undefined) {
    if (isThenable(x)) return new ThenableAwait(x);
    throw new TypeError(`object ${typeName(x)} can't be used in 'await' expression`);
  }
  if (typeof aw !== "function") throw new TypeError(`'${typeName(aw)}' object is not callable`);
  const it: unknown = aw.call(x);
  if (it instanceof Coroutine || it instanceof GeneratorCoroutine || (isObject(it) && (it as { $kind?: unknown }).$kind === "coroutine")) {
    throw new TypeError("__await__() returned a coroutine");
  }
  if (!isObject(it) || typeof (it as { next?: unknown }).next !== "function") {
    throw new TypeError(`__await__() returned non-iterator of type '${typeName(it)}'`);
  }
  // (no coroutine gets here: of the frames `await` takes as they are, only the awaitables remain)
  if (it instanceof Generator || it instanceof AsyncGenAwaitable) return it;
  return new ForeignFrame(it as ForeignIterator);
}

function isObject(x: unknown): x is object {
  return x !== null && (typeof x === "object" || typeof x === "function");
}

/**
 * Awaiting a JavaScript thenable (DESIGN.md §6). A foreign frame (the driver does not apply PEP 479
 * to a rejection) that suspends the awaiting chain until the thenable settles:
 *
 * - with a pycoro event loop running, it yields a Future of that loop bridged from the thenable
 *   (`wrapFuture`), marked as blocking as a Future's own `__await__` does, so the task parks on it;
 * - otherwise it yields itself: a pending object a hand-written driver can `await` (it is
 *   thenable) before resuming the coroutine. Resumed while still pending, it yields again (a loop
 *   Future if a loop runs by then).
 *
 * Resumed after settling, the await returns the value or raises the reason.
 */
export class ThenableAwait extends Frame {
  /** The awaited thenable (what `cr_await` shows). */
  declare readonly x: PromiseLike<unknown>;
  /** The loop Future bridged from it, once one was yielded. */
  declare fut: HostFuture | null;
  /** Without a loop: the settled outcome (0 pending, 1 fulfilled, 2 rejected) and value. */
  declare st: number;
  declare v: unknown;
  declare p: Promise<unknown> | null;

  constructor(x: PromiseLike<unknown>) {
    super();
    this.$s = 1;
    (this as { x: PromiseLike<unknown> }).x = x;
    this.fut = null;
    this.st = 0;
    this.v = undefined;
    this.p = null;
  }

  $step(_s: number, v: unknown, m: number): unknown {
    if (m !== 0) throw v; // raised at the await (cancellation, throw(), close)
    const fut = this.fut;
    if (fut !== null) {
      // a loop Future was yielded: the task resumes us once it is done
      if (!fut.done()) throw new RuntimeError("await wasn't used with future");
      return fut.result();
    }
    if (this.st === 1) return this.v;
    if (this.st === 2) throw this.v;
    const f = host.bridgeThenable(this.p ?? this.x);
    if (f !== null) {
      this.fut = f;
      this.$s = 2;
      return f;
    }
    this.promise();
    this.$s = 2;
    return this;
  }

  /** The thenable as a native promise, watched so that the outcome is known when the frame resumes. */
  private promise(): Promise<unknown> {
    let p = this.p;
    if (p === null) {
      p = this.p = Promise.resolve(this.x);
      p.then(
        (r) => {
          this.st = 1;
          this.v = r;
        },
        (e) => {
          this.st = 2;
          this.v = e;
        },
      );
    }
    return p;
  }

  /** What `cr_await` shows: the awaited thenable. */
  get it(): PromiseLike<unknown> {
    return this.x;
  }

  /** A throw() reaching the await is raised there (invalid arguments: in the awaiting frame). */
  get $throws(): boolean {
    return true;
  }

  $closeIter(): void {
    this.$s = CLOSED;
  }

  /** For a hand-written driver: settles when the thenable does (with its outcome). */
  then<T1 = unknown, T2 = never>(
    onfulfilled?: ((value: unknown) => T1 | PromiseLike<T1>) | null,
    onrejected?: ((reason: unknown) => T2 | PromiseLike<T2>) | null,
  ): Promise<T1 | T2> {
    return this.promise().then(onfulfilled, onrejected);
  }

  __repr__(): string {
    return `<pending thenable ${typeName(this.x)}>`;
  }
}
frameKind(ThenableAwait, { kind: "thenable_await", foreign: true });
