// Native coroutine objects (PEP 492): `coroutine(async function ...)` on top of compiled frames.
//
// Why this file exists: a compiled coroutine frame *is* the Python coroutine object, exactly as a
// generator frame is the generator (DESIGN.md §1, §6). It shares the generator's machine — the same
// step contract, the same driver, the same send/throw/close helpers (generator.ts) — and differs in
// what users see: it is awaitable (`__await__`, and `await` delegates to it directly) but not
// iterable (CO-01), a finished coroutine cannot be resumed again (CO-04), its attributes are
// `cr_*`, and its messages say `coroutine`. It is also a JavaScript thenable, so plain async code
// can `await` it: that runs it as a task on the pycoro event loop (runtime/loop), reached through
// the host seam (host.ts) so that this file loads no loop module.

import { StopIteration, RuntimeError, signal } from "../core/errors.js";
import { showRepr } from "../core/repr.js";
import { Frame, RAISE, CLOSED, frameKind, type FrameMeta } from "../core/frame.js";
import { drive, isRunning, OP_CLOSE } from "../core/driver.js";
import {
  Generator,
  GeneratorCoroutine,
  resume,
  throwArgs,
  throwInto,
  raised,
  frameInfo,
  codeInfo,
  awaitedBy,
  nameOf,
  setNameOf,
  qualnameOf,
  setQualnameOf,
  type GeneratorFrameInfo,
} from "./generator.js";
import type { CodeInfo } from "../types.js";
import { host } from "./host.js";

/** `coro[SEND_RESULT](v)`: `send(v)` as an IteratorResult, without StopIteration (runtime/loop/loop-coroutine.ts). */
export const SEND_RESULT: unique symbol = Symbol.for("pycoro.sendResult") as never;

const REUSE = "cannot reuse already awaited coroutine";

/**
 * What a frame yielded, as the caller of a public `send`/`throw` receives it: a wait of the event
 * loop's that yielded itself for its task to claim (loop/waiters.ts ParkingCoroutine, a Coroutine
 * with a `$handOut`) is handed out as the Future CPython's wait yields; anything else as it is.
 * Only the public methods convert (send/throw here; JavaScript's next/throw through
 * `handedOutResult`): a task drives its coroutine by the internal path (loop/tasks.ts `sendNone`,
 * the `SEND_RESULT`/`RAISE` protocol, the driver), which keeps the frame, so a task parks on the
 * wait with no future (issue 12). The check costs a send nothing measurable: a yielded
 * value that is not an object fails `instanceof` at once.
 */
export function handedOut(r: unknown): unknown {
  return typeof r === "object" && r instanceof Coroutine && r.$handOut !== undefined ? r.$handOut() : r;
}

/**
 * `handedOut` for a public JavaScript `next(v)`: SURFACE.md §2 makes it `send(v)` reported as an
 * IteratorResult, so it hands out what `send` would (CPython's `__next__` is `send(None)`: a
 * loop wait yields its future through `next(coro.__await__())` too). `r` is fresh from an
 * internal step, so it is updated in place.
 */
export function handedOutResult<T>(r: IteratorResult<unknown, T>): IteratorResult<unknown, T> {
  if (r.done !== true) r.value = handedOut(r.value);
  return r;
}

function reuseError(): RuntimeError {
  return new RuntimeError(REUSE);
}

/**
 * The frame a task's coroutine shows as awaited while it is parked at a bare `await sleep(0)`
 * (loop/sleep.ts `PARKED_SLEEP0`, installed by `_installParkedSleep0`): one shared object instead
 * of the coroutine's own sleep frame, so that the task's step neither reads nor writes a frame per
 * switch (loop/tasks.ts `sendNone`). Only the task's fast path may see it: every other way into
 * the coroutine (send, throw, close, `cr_await`, the task's slow step) first gives the coroutine a
 * sleep frame of its own in the same state (`unparkSleep0`), so identity and state stay per
 * coroutine wherever they can be observed.
 */
export let PARKED_SLEEP0: unknown = Symbol("pycoro: no parked sleep(0) frame");
let ownSleep0: () => Frame = () => {
  throw new Error("pycoro: internal error: parked sleep(0) before loop/sleep.ts loaded");
};

/** @internal loop/sleep.ts: the shared parked frame, and how to make a coroutine's own copy of it. */
export function _installParkedSleep0(frame: Frame, own: () => Frame): void {
  PARKED_SLEEP0 = frame;
  ownSleep0 = own;
}

/** @internal Give `c`, parked at a bare `await sleep(0)` on the shared frame, a frame of its own. */
export function unparkSleep0(c: Frame): void {
  if (c.$yf === PARKED_SLEEP0) c.$yf = ownSleep0();
}

/**
 * A native coroutine. Compiled `coroutine(async function ...)` functions return instances of
 * subclasses of this class (one per function, implementing `$step`; DESIGN.md §6).
 */
export abstract class Coroutine<R = unknown> extends Frame {
  /** Describes the compiled function (emitted as a static field on each subclass). */
  declare static $meta: FrameMeta;
  /** Type-only: what the coroutine returns (no field at run time). */
  declare readonly $result?: R;
  /** A loop wait's: what a public send/throw hands out for it yielded (`handedOut`); undefined for others. */
  $handOut?(): unknown;

  /**
   * Resume with `v` (None = undefined or null); the next value yielded to the driver (the event
   * loop), or StopIteration carrying the return value.
   */
  send(v?: unknown): unknown {
    if (this.$s === CLOSED) throw reuseError();
    unparkSleep0(this);
    const r = resume(this, v, 0);
    if (this.$s === CLOSED) throw signal(StopIteration, r);
    return handedOut(r);
  }

  /** Raise an exception at the await point (the innermost awaited iterator gets it first, CO-17). */
  throw(e?: unknown, value?: unknown): unknown {
    const a = throwArgs(arguments.length, e, value);
    if (this.$s === CLOSED) {
      if (a.bad !== null) throw a.bad;
      throw reuseError();
    }
    unparkSleep0(this);
    const r = throwInto(this, a);
    if (this.$s === CLOSED) throw signal(StopIteration, r);
    return handedOut(r);
  }

  /** `throw(exc)` for a value the runtime re-raises, unchecked, as an IteratorResult (frame.ts RAISE). */
  [RAISE](exc: unknown): IteratorResult<unknown, R> {
    if (this.$s === CLOSED) throw reuseError();
    unparkSleep0(this);
    const r = throwInto(this, raised(exc));
    return { value: r, done: this.$s === CLOSED } as IteratorResult<unknown, R>;
  }

  /** Raise GeneratorExit at the await point (closing the awaited chain first); None. A no-op once finished. */
  close(): undefined {
    unparkSleep0(this);
    drive(this, OP_CLOSE, undefined, null, false);
    return undefined;
  }

  /** `send(v)` reported as an IteratorResult: the event loop's fast path (no StopIteration). */
  [SEND_RESULT](v?: unknown): IteratorResult<unknown, R> {
    if (this.$s === CLOSED) throw reuseError();
    unparkSleep0(this);
    const r = resume(this, v, 0);
    return { value: r, done: this.$s === CLOSED } as IteratorResult<unknown, R>;
  }

  /** The awaitable protocol: an iterator driving this coroutine (CPython's `coroutine_wrapper`). */
  __await__(): CoroutineWrapper<R> {
    return new CoroutineWrapper(this);
  }

  /**
   * JavaScript interop: `await coro` in plain async code (or `Promise.resolve(coro)`) runs the
   * coroutine as a task on the running pycoro loop, or, with none running, like `run(coro)`.
   */
  then<T1 = R, T2 = never>(
    onfulfilled?: ((value: R) => T1 | PromiseLike<T1>) | null,
    onrejected?: ((reason: unknown) => T2 | PromiseLike<T2>) | null,
  ): Promise<T1 | T2> {
    return Promise.resolve(host.coroutineThen(this) as PromiseLike<R>).then(onfulfilled, onrejected);
  }

  /** The object this coroutine awaits while suspended (a coroutine, an `__await__` iterator...), else null (CO-07). */
  get cr_await(): unknown {
    unparkSleep0(this);
    const a = awaitedBy(this);
    // A recyclable sleep(0) frame (await.ts `sleep0`) handed out here is kept as it is from now on.
    if (a !== null && (a as { $tmp?: boolean }).$tmp === true) (a as { $tmp: boolean }).$tmp = false;
    return a;
  }

  get cr_running(): boolean {
    return isRunning(this);
  }

  get cr_suspended(): boolean {
    return this.$s > 0 && !isRunning(this);
  }

  /** The frame (name, file, current line, locals), or null once the coroutine has finished. */
  get cr_frame(): GeneratorFrameInfo | null {
    return frameInfo(this);
  }

  /** The compiled function (name, qualified name, file, definition line). */
  get cr_code(): CodeInfo {
    return codeInfo(this);
  }

  get __name__(): string {
    return nameOf(this);
  }
  set __name__(v: string) {
    setNameOf(this, v);
  }

  get __qualname__(): string {
    return qualnameOf(this);
  }
  set __qualname__(v: string) {
    setQualnameOf(this, v);
  }


  /** `<coroutine object f at ...>` without an address. */
  __repr__(): string {
    return `<coroutine object ${this.__qualname__}>`;
  }
}
frameKind(Coroutine, { kind: "coroutine", reuse: REUSE });
showRepr(Coroutine.prototype);

/**
 * `coro.__await__()`: the coroutine as an iterator (CO-16). Python's protocol — `send` and `throw`
 * return the next yielded value and raise StopIteration with the result, `close()` closes — plus
 * JavaScript's: `next(v)` is `send(v)` as an IteratorResult, `return()` closes, and it is its own
 * iterator.
 */
export class CoroutineWrapper<R = unknown> {
  /** The coroutine this iterator drives. */
  readonly cr: Coroutine<R>;

  constructor(cr: Coroutine<R>) {
    this.cr = cr;
  }

  next(v?: unknown): IteratorResult<unknown, R> {
    return handedOutResult(this.cr[SEND_RESULT](v));
  }

  send(v?: unknown): unknown {
    return this.cr.send(v);
  }

  throw(_exc?: unknown, _value?: unknown): unknown {
    // eslint-disable-next-line prefer-rest-params
    return (this.cr.throw as (...a: unknown[]) => unknown).apply(this.cr, arguments as unknown as unknown[]);
  }

  [RAISE](exc: unknown): IteratorResult<unknown, R> {
    return this.cr[RAISE](exc);
  }

  /** The runtime's own send (loop-coroutine.ts `delegateTo`): a parked wait's frame kept. */
  [SEND_RESULT](v?: unknown): IteratorResult<unknown, R> {
    return this.cr[SEND_RESULT](v);
  }

  close(): undefined {
    return this.cr.close();
  }

  return(v?: unknown): IteratorResult<unknown, R> {
    this.cr.close();
    return { value: v as R, done: true };
  }

  [Symbol.iterator](): this {
    return this;
  }
}
Object.defineProperty(CoroutineWrapper.prototype, "$kind", { value: "coroutine_wrapper", writable: true, configurable: true });

export type CoroutineState = "CORO_CREATED" | "CORO_RUNNING" | "CORO_SUSPENDED" | "CORO_CLOSED";

/** `inspect.getcoroutinestate`. */
export function coroutineState(c: Coroutine): CoroutineState {
  if (isRunning(c)) return "CORO_RUNNING";
  const s = c.$s;
  if (s > 0) return "CORO_SUSPENDED";
  if (s === CLOSED) return "CORO_CLOSED";
  return "CORO_CREATED";
}

/**
 * A generator-based coroutine is a thenable too (SURFACE.md §2: coroutine objects are): plain async
 * code awaiting one runs it as a task. Defined here rather than in generator.ts, which stays free of
 * the event loop.
 */
Object.defineProperty(GeneratorCoroutine.prototype, "then", {
  value: Coroutine.prototype.then,
  writable: true,
  configurable: true,
});

/**
 * A generator-based coroutine's `send`/`throw` hand out a loop wait's future as a coroutine's do
 * (`handedOut`: `yield from ev.wait()` under `@types.coroutine` yields the wait's future); a plain
 * generator's are left alone (the `send` micro-benchmark's path). Only a value yielded through a
 * delegation (`$yf` set: the wait is at the end of a `yield*` chain) is looked at: a generator's own
 * `yield x` never hands out a parked wait (a task-claimable frame reaches code only through this
 * conversion or the runtime's internal protocol). Measured, one process, both builds alternating,
 * 21 pairs, a send that yields a number: checking every value cost 3.99 -> 4.52 ns (1.14x); with
 * the `$yf` gate 0.99x. (Generator's send is spelled out, not called through `.call`: that was
 * 2.7x slower, 4.8 -> 13 ns.)
 */
Object.defineProperty(GeneratorCoroutine.prototype, "send", {
  value: function send(this: Generator, v?: unknown): unknown {
    const r = this.$next(v);
    if (this.$s === CLOSED) throw signal(StopIteration, r);
    return this.$yf === null ? r : handedOut(r);
  },
  writable: true,
  configurable: true,
});
/**
 * Its JavaScript `next(v)` is `send(v)` as an IteratorResult (SURFACE.md §2), so it hands out a
 * wait's future as `send` does (`for...of` over it, a user's `it.next()`); a task driving it uses
 * `[SEND_RESULT]` below instead, which keeps the wait's frame for the task to park on (issue 12).
 */
Object.defineProperty(GeneratorCoroutine.prototype, "next", {
  value: function next(this: Generator, v?: unknown): IteratorResult<unknown, unknown> {
    const r = this.$next(v);
    if (this.$s === CLOSED) return { value: r, done: true };
    return { value: this.$yf === null ? r : handedOut(r), done: false };
  },
  writable: true,
  configurable: true,
});
/** The task's path (loop/tasks.ts `_step`): `send(v)` as an IteratorResult, the wait's frame kept. */
Object.defineProperty(GeneratorCoroutine.prototype, SEND_RESULT, {
  value: Generator.prototype.next,
  writable: true,
  configurable: true,
});
Object.defineProperty(GeneratorCoroutine.prototype, "throw", {
  value: function throw_(this: Generator, _e?: unknown, _value?: unknown): unknown {
    // eslint-disable-next-line prefer-rest-params
    return handedOut((Generator.prototype.throw as (...a: unknown[]) => unknown).apply(this, arguments as unknown as unknown[]));
  },
  writable: true,
  configurable: true,
});
