// Coroutine objects for the loop's own coroutines (sleep, wait, wait_for ...), and the checks
// asyncio makes on coroutines and awaitables.
//
// Why this file exists: the runtime is plain TypeScript, not compiled by pycoro, yet asyncio's
// `sleep`, `wait` and `wait_for` are coroutines: `create_task(sleep(1))` must work and a task must
// be able to throw CancelledError into them at their await point. `LoopCoroutine` gives a JavaScript
// generator function Python's coroutine protocol (send / throw / close, `__await__`, CPython's error
// messages); inside, `yield* fut.__await__()` is `await fut`. JavaScript's own `yield*` forwards
// next/throw/return exactly as PEP 380 needs for the loop's well-behaved iterators; foreign
// awaitables go through `delegateTo`, which applies Python's forwarding rules instead.

import { RuntimeError, StopIteration, ValueError, typeName } from "../core/errors.js";
import { GeneratorCoroutine } from "../objects/generator.js";
import { RAISE } from "../core/frame.js";
import type { PyGenerator } from "../types.js";
import { Future, FutureIter, wrapFuture } from "./futures.js";
import { CoroutineWrapper, handedOut, handedOutResult } from "../objects/coroutine.js";
import { host } from "../objects/host.js";

/** `_st` of a LoopCoroutine: inspect.getcoroutinestate's four states (not a frame's `$s`, core/frame.ts). */
const CORO_CREATED = 0;
const CORO_SUSPENDED = 1;
const CORO_RUNNING = 2;
const CORO_CLOSED = 3;

/** Python's coroutine protocol (what a Task drives). */
export interface CoroutineLike {
  send(value?: unknown): unknown;
  throw(exc: unknown): unknown;
  close(): unknown;
}

/**
 * The iterator an `__await__()` returns: JavaScript's protocol (next/throw return IteratorResults),
 * or, if it has `send`, Python's (send/throw return the value and raise StopIteration at the end).
 */
export interface AwaitIterator {
  next(value?: unknown): IteratorResult<unknown, unknown>;
  send?(value: unknown): unknown;
  throw?(exc: unknown): unknown;
  return?(value?: unknown): IteratorResult<unknown, unknown>;
}

/**
 * What `await` accepts, as a type: thenables (compiled coroutines, futures, tasks, promises), objects
 * with `__await__`, and generator-based coroutines. Used to infer result types.
 */
export type Awaitable<T> = PromiseLike<T> | { __await__(): { next(...args: never[]): IteratorResult<unknown, T> } } | PyGenerator<unknown, T, unknown>;

/**
 * Optional fast path of the coroutine protocol: `coro[SEND_RESULT](v)` is `coro.send(v)` reported as
 * an IteratorResult (a return is `{ done: true, value }`) instead of raising StopIteration, whose
 * stack trace costs microseconds. A Task uses it when the coroutine has it (LoopCoroutine does;
 * compiled coroutine classes may implement it under this `Symbol.for` key).
 */
export const SEND_RESULT: unique symbol = Symbol.for("pycoro.sendResult") as never;

/**
 * A coroutine object made from a JavaScript generator: `new LoopCoroutine(body(), "sleep")`.
 * It is awaitable (`__await__`), delegable from generator-based coroutines (`yield*`), and a
 * thenable (plain async code awaiting it runs it as a task).
 */
export class LoopCoroutine<R = unknown> implements CoroutineLike {
  /** @internal */ _g: Generator<unknown, R, unknown>;
  /** @internal */ _st = CORO_CREATED;
  /** @internal what the body awaits while suspended (`cr_await`): set by `delegateTo`, else the future it yielded, else null */
  _aw: unknown = null;
  __name__: string;
  __qualname__: string;

  /** `qualname` defaults to `name`: `new LoopCoroutine(getBody(q), "get", "Queue.get")`. */
  constructor(body: Generator<unknown, R, unknown>, name: string, qualname: string = name) {
    this._g = body;
    this.__name__ = name;
    this.__qualname__ = qualname;
  }

  /** Resume with a value (None to start); the next value yielded to the driver, or StopIteration. */
  send(value?: unknown): unknown {
    const r = this._resume(false, value);
    if (r.done) throw new StopIteration(r.value);
    return handedOut(r.value);
  }

  /** `send` without StopIteration (the loop's fast path, see SEND_RESULT). */
  [SEND_RESULT](value?: unknown): IteratorResult<unknown, R> {
    return this._resume(false, value);
  }

  /** Raise `exc` at the await point; the next value yielded, or StopIteration. */
  throw(exc: unknown, value?: unknown): unknown {
    if (typeof exc === "function" && (exc === Error || exc.prototype instanceof Error)) {
      const C = exc as new (v?: unknown) => Error;
      exc = value instanceof C ? value : value == null ? new C() : new C(value);
    }
    const r = this._resume(true, exc);
    if (r.done) throw new StopIteration(r.value);
    return handedOut(r.value);
  }

  /** `throw(exc)` for a value the runtime re-raises, unchecked, as an IteratorResult (frame.ts RAISE). */
  [RAISE](exc: unknown): IteratorResult<unknown, R> {
    return this._resume(true, exc);
  }

  /** Raise GeneratorExit at the await point (runs `finally` blocks); None. */
  close(): undefined {
    const st = this._st;
    if (st === CORO_RUNNING) throw new ValueError("coroutine already executing");
    if (st !== CORO_SUSPENDED) {
      this._st = CORO_CLOSED;
      return undefined;
    }
    this._st = CORO_RUNNING;
    let r: IteratorResult<unknown, R>;
    try {
      r = this._g.return(undefined as R);
    } catch (e) {
      this._st = CORO_CLOSED;
      throw e;
    }
    if (!r.done) {
      this._st = CORO_SUSPENDED;
      throw new RuntimeError("coroutine ignored GeneratorExit");
    }
    this._st = CORO_CLOSED;
    return undefined;
  }

  /** @internal One step; a return is reported as `done`, never as StopIteration (exceptions cost a stack trace). */
  _resume(isThrow: boolean, v: unknown): IteratorResult<unknown, R> {
    const st = this._st;
    if (st === CORO_RUNNING) throw new ValueError("coroutine already executing");
    if (st === CORO_CLOSED) throw new RuntimeError("cannot reuse already awaited coroutine");
    if (st === CORO_CREATED && !isThrow && v != null) {
      throw new TypeError("can't send non-None value to a just-started coroutine");
    }
    this._st = CORO_RUNNING;
    this._aw = null;
    const outer = resuming;
    resuming = this;
    let r: IteratorResult<unknown, R>;
    try {
      r = isThrow ? this._g.throw(v) : this._g.next(v);
    } catch (e) {
      resuming = outer;
      this._st = CORO_CLOSED;
      if (e instanceof StopIteration) {
        const err = new RuntimeError("coroutine raised StopIteration", { cause: e });
        err.context = e;
        throw err;
      }
      throw e;
    }
    resuming = outer;
    this._st = r.done ? CORO_CLOSED : CORO_SUSPENDED;
    // (a future yielded by the body itself, `yield* fut.__await__()`: what it awaits)
    if (this._aw === null && r.done !== true && r.value instanceof Future) this._aw = r.value;
    return r;
  }

  /**
   * The object this coroutine awaits while suspended (CO-07), else None: what its body delegates
   * to through `awaitValue` (a coroutine, a generator-based coroutine, a future; an `__await__`
   * iterator of another kind as it is), else the future it yielded itself (pycoro shows the future
   * where CPython shows the FutureIter over it, as for every `await fut`). CPython's versions of
   * these coroutines may await through helper coroutines of their own (`asyncio.wait`'s `_wait`)
   * that pycoro's bodies run inline: the end of the chain is the same.
   */
  get cr_await(): unknown {
    return this._st === CORO_SUSPENDED ? this._aw : null;
  }

  /** The awaitable protocol: an iterator over this coroutine (CPython's coroutine_wrapper). */
  __await__(): CoroutineAwaitIterator<R> {
    return new CoroutineAwaitIterator(this);
  }

  /** `yield*` from a generator-based coroutine (Python's `yield from coro` under @types.coroutine). */
  [Symbol.iterator](): CoroutineAwaitIterator<R> {
    return new CoroutineAwaitIterator(this);
  }

  /** Awaiting from plain async JavaScript runs the coroutine as a task on the loop. */
  then<T1 = R, T2 = never>(
    onfulfilled?: ((value: R) => T1 | PromiseLike<T1>) | null,
    onrejected?: ((reason: unknown) => T2 | PromiseLike<T2>) | null,
  ): Promise<T1 | T2> {
    return Promise.resolve(host.coroutineThen(this) as PromiseLike<R>).then(onfulfilled, onrejected);
  }

  get cr_running(): boolean {
    return this._st === CORO_RUNNING;
  }

  get cr_suspended(): boolean {
    return this._st === CORO_SUSPENDED;
  }

  __repr__(): string {
    return `<coroutine object ${this.__qualname__}>`;
  }
}
Object.defineProperty(LoopCoroutine.prototype, "$kind", { value: "coroutine", writable: true, configurable: true });

/**
 * `coro.__await__()`: the coroutine seen as a JavaScript iterator (done: true carries the return
 * value); `next(v)` sends v, `throw(e)` raises e at the await point, `return()` closes.
 */
export class CoroutineAwaitIterator<R> implements Iterator<unknown, R, unknown> {
  private readonly coro: LoopCoroutine<R>;
  constructor(coro: LoopCoroutine<R>) {
    this.coro = coro;
  }
  /** @internal the coroutine it drives (`cr_await` of a body delegating to it) */
  get _coro(): LoopCoroutine<R> {
    return this.coro;
  }
  // (public: what `send`/`throw` would give, a parked wait's future, objects/coroutine.ts handedOutResult)
  next(v?: unknown): IteratorResult<unknown, R> {
    return handedOutResult(this.coro._resume(false, v));
  }
  // No `send`: with one, pycoro's `yield*` would expect Python-style results from `throw` too.
  throw(e: unknown): IteratorResult<unknown, R> {
    return handedOutResult(this.coro._resume(true, e));
  }
  return(v?: unknown): IteratorResult<unknown, R> {
    this.coro.close();
    return { value: v as R, done: true };
  }
  /** The runtime's own send (`delegateTo`): a parked wait's frame kept. */
  [SEND_RESULT](v?: unknown): IteratorResult<unknown, R> {
    return this.coro._resume(false, v);
  }
  [Symbol.iterator](): this {
    return this;
  }
}

/** `asyncio.iscoroutine` (3.11): anything with send/throw/close, generators included (TASK-04). */
export function isCoroutine(x: unknown): x is CoroutineLike {
  if (x === null || typeof x !== "object") return false;
  const o = x as Record<string, unknown>;
  return typeof o.send === "function" && typeof o.throw === "function" && typeof o.close === "function";
}

/** `inspect.isawaitable`: a coroutine or an object with `__await__`. */
export function isAwaitable(x: unknown): boolean {
  if (x === null || (typeof x !== "object" && typeof x !== "function")) return false;
  return typeof (x as { __await__?: unknown }).__await__ === "function" || x instanceof GeneratorCoroutine;
}

/** A JavaScript thenable (a Promise or anything with `then`). */
export function isThenable(x: unknown): x is PromiseLike<unknown> {
  return x !== null && (typeof x === "object" || typeof x === "function") && typeof (x as { then?: unknown }).then === "function";
}

/**
 * What `await x` iterates, with CPython's checks: `x.__await__()` (which must return a non-coroutine
 * iterator), or a generator-based coroutine itself.
 */
export function awaitIter(x: unknown): AwaitIterator {
  if (x instanceof GeneratorCoroutine) return x as unknown as AwaitIterator;
  const aw = x === null || x === undefined ? undefined : (x as { __await__?: unknown }).__await__;
  if (typeof aw !== "function") throw new TypeError(`object ${typeName(x)} can't be used in 'await' expression`);
  const it = aw.call(x) as unknown;
  if (isCoroutine(it) && typeof (it as { __await__?: unknown }).__await__ === "function") {
    throw new TypeError("__await__() returned a coroutine");
  }
  if (it === null || typeof it !== "object" || typeof (it as { next?: unknown }).next !== "function") {
    throw new TypeError(`__await__() returned non-iterator of type '${typeName(it)}'`);
  }
  return it as AwaitIterator;
}

function step(f: () => unknown): IteratorResult<unknown, unknown> {
  let r: unknown;
  try {
    r = f();
  } catch (e) {
    if (e instanceof StopIteration) return { value: e.value, done: true };
    throw e;
  }
  if (r === null || typeof r !== "object") throw new TypeError(`Iterator result ${String(r)} is not an object`);
  return r as IteratorResult<unknown, unknown>;
}

/**
 * `yield from it` for any iterator, with PEP 380's rules: send(None) is next(); a sent value goes
 * to `send` (else `next(v)`); a thrown exception to `throw` (without one it is raised here and the
 * iterator is left alone); closing this generator calls `it.return()` (else a Python `close()`).
 * As in pycoro's `yield*` (runtime/core/yield-from.ts), an iterator with `send` is Python-style: its send
 * and throw return the value itself.
 */
/** The LoopCoroutine whose body is running (`_resume`), for `delegateTo` to say what it awaits. */
let resuming: LoopCoroutine | null = null;

/** What `cr_await` shows for a body delegating to `it` (CO-07): the coroutine behind a coroutine's iterator, a future's future. */
function awaitedOf(it: AwaitIterator): unknown {
  if (it instanceof CoroutineWrapper) return it.cr;
  if (it instanceof CoroutineAwaitIterator) return it._coro;
  if (it instanceof FutureIter) return it._fut ?? it;
  const c = (it as { $cr?: unknown }).$cr; // (a FrameCoroutine's JavaScript iterator: frame-coroutine.ts iterate)
  return c !== undefined ? c : it;
}

export function* delegateTo(it: AwaitIterator): Generator<unknown, unknown, unknown> {
  const owner = resuming; // (the body's first step runs inside its LoopCoroutine's `_resume`)
  const py = typeof it.send === "function";
  const pyStep = (f: () => unknown) => step(() => ({ value: f(), done: false }));
  // A pycoro iterator's internal send (a coroutine's `__await__()`, a wait's own iterator): a loop
  // wait awaited here yields its frame, which this LoopCoroutine's task parks on as on a compiled
  // await (its public next() would hand out the wait's Future: objects/coroutine.ts
  // handedOutResult); this LoopCoroutine's own public send/next convert it for a hand.
  const sr = (it as { [SEND_RESULT]?: (v: unknown) => IteratorResult<unknown, unknown> })[SEND_RESULT];
  let res = step(() => (sr !== undefined ? sr.call(it, undefined) : it.next()));
  for (;;) {
    if (res.done) return res.value;
    let thrown = false;
    let v: unknown;
    let closing = true;
    if (owner !== null) owner._aw = awaitedOf(it);
    try {
      v = yield res.value;
      closing = false;
    } catch (e) {
      thrown = true;
      v = e;
      closing = false;
    } finally {
      if (closing) {
        if (typeof it.return === "function") it.return();
        else if (typeof (it as { close?: unknown }).close === "function") (it as unknown as { close(): unknown }).close();
      }
    }
    if (thrown) {
      const th = it.throw;
      if (typeof th !== "function") throw v;
      res = py ? pyStep(() => th.call(it, v)) : step(() => th.call(it, v));
    } else if (sr !== undefined) {
      res = step(() => sr.call(it, v));
    } else if (v == null) {
      res = step(() => it.next());
    } else {
      const send = it.send;
      res = typeof send === "function" ? pyStep(() => send.call(it, v)) : step(() => it.next(v));
    }
  }
}

/**
 * `await x` inside a LoopCoroutine body: `const r = yield* awaitValue(x)`. A JavaScript thenable
 * (not awaitable in Python terms) is bridged through a Future of the running loop.
 */
export function awaitValue(x: unknown): Generator<unknown, unknown, unknown> {
  if (!isAwaitable(x) && isThenable(x)) return delegateTo(wrapFuture(x).__await__());
  return delegateTo(awaitIter(x));
}
