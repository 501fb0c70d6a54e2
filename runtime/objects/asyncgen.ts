// Async generators (PEP 525): `coroutine(async function* ...)` on top of compiled frames.
//
// Why this file exists: an async generator's frame is driven like any other (DESIGN.md §7): its own
// `yield v` is an ordinary yield of the step, and each `await` is a delegation (or an inline run) whose
// leaf yields pass through the driver. What makes it an async generator is the objects around it:
// `asend(v)` / `__anext__()` return an `async_generator_asend` awaitable and `athrow()` / `aclose()`
// an `async_generator_athrow`. Each awaitable drives the generator frame through the driver and
// sorts out what came back, as CPython 3.11's Objects/genobject.c does:
//
// - the generator produced a value (its frame is suspended at its own yield: `$yf === null`): the
//   awaitable completes with that value (Python: StopIteration(value));
// - an await inside the body yielded (the frame is suspended delegating: `$yf !== null`): the value
//   passes through to whoever drives the awaitable (the event loop), and the awaitable stays
//   suspended;
// - the generator finished: StopAsyncIteration (asend, athrow) or None (aclose).
//
// The awaitables are frames themselves (foreign: the driver neither converts their exceptions nor
// raises GeneratorExit in them), so a coroutine that awaits `anext(ag)` delegates to the awaitable
// without an adapter, and resuming it is O(1) like any other await.
//
// State a generator keeps beyond its frame (one small-integer field, `$ag`): `ag_running_async`
// (an awaitable is in flight: AG-07, `ag_running`), `ag_closed` (set by aclose() and by
// StopAsyncIteration / GeneratorExit escaping: the 3.11 second-aclose quirk of AG-11), and whether
// the asyncgen hooks were called (AG-18).

import { StopIteration, StopAsyncIteration, GeneratorExit, RuntimeError, signal } from "../core/errors.js";
import { showRepr } from "../core/repr.js";
import { Frame, RAISE, CLOSED, frameKind, type FrameMeta } from "../core/frame.js";
import { isRunning } from "../core/driver.js";
import {
  resume,
  throwArgs,
  throwInto,
  frameInfo,
  codeInfo,
  awaitedBy,
  nameOf,
  setNameOf,
  qualnameOf,
  setQualnameOf,
  type ThrowArgs,
  type GeneratorFrameInfo,
  type CodeInfo,
} from "./generator.js";
import { SEND_RESULT, handedOut } from "./coroutine.js";
import { getAsyncgenHooks, host } from "./host.js";

/** `$ag` flags. */
const RUNNING_ASYNC = 1; // ag_running_async: an asend/athrow awaitable is in flight
const AG_CLOSED = 2; // ag_closed
const HOOKED = 4; // ag_hooks_inited

/** Awaitable states (`$s` of the awaitable frames; closed is the frame's CLOSED, -1): CPython's names. */
const AWAITABLE_STATE_INIT = 1;
const AWAITABLE_STATE_ITER = 2;

const ASEND_REUSE = "cannot reuse already awaited __anext__()/asend()";
const ATHROW_REUSE = "cannot reuse already awaited aclose()/athrow()";

/**
 * An async generator. Compiled `coroutine(async function* ...)` functions return instances of
 * subclasses of this class (one per function, implementing `$step`; DESIGN.md §7).
 */
export abstract class AsyncGenerator<Y = unknown, S = unknown> extends Frame {
  /** Describes the compiled function (emitted as a static field on each subclass). */
  declare static $meta: FrameMeta;
  /** Flags: RUNNING_ASYNC, AG_CLOSED, HOOKED. */
  declare $ag: number;
  /** Type-only: what the generator yields and is sent (no fields at run time). */
  declare readonly $types?: [Y, S];

  constructor() {
    super();
    this.$ag = 0;
  }

  /** `asend(v)`: an awaitable that resumes the generator with `v` and completes with the next value. */
  asend(v?: S | null): AsyncGenASend<Y> {
    hooks(this);
    return new AsyncGenASend<Y>(this, v);
  }

  /** `__anext__()`: `asend(None)`. */
  __anext__(): AsyncGenASend<Y> {
    hooks(this);
    return new AsyncGenASend<Y>(this, undefined);
  }

  /**
   * `athrow(e, value?)`: an awaitable that raises `e` at the generator's yield and completes with
   * the next value (StopAsyncIteration if it finishes; None if it had finished already, AG-09).
   * Arguments are checked when it is awaited (AG-14, without 3.11's stuck generator).
   */
  athrow(e?: unknown, value?: unknown): AsyncGenAThrow<Y> {
    hooks(this);
    const n = arguments.length;
    return new AsyncGenAThrow<Y>(this, { n, e, value });
  }

  /** `aclose()`: an awaitable that raises GeneratorExit at the yield and completes with None. */
  aclose(): AsyncGenAThrow<undefined> {
    hooks(this);
    return new AsyncGenAThrow<undefined>(this, null);
  }

  /** The async iterator is the generator itself. */
  __aiter__(): this {
    return this;
  }

  /**
   * JavaScript interop: `for await (const x of ag)` in plain async code. Each `next()` runs
   * `__anext__()` as a task on the pycoro loop (or through `run()` if none is running).
   */
  [Symbol.asyncIterator](): AsyncIterator<Y, undefined, S> {
    return new AsyncGenJsIterator<Y, S>(this);
  }

  /** True while an asend/athrow/aclose awaitable is in flight (3.11: `ag_running_async`). */
  get ag_running(): boolean {
    return (this.$ag & RUNNING_ASYNC) !== 0;
  }

  /** What the generator awaits while suspended inside an `await`, else null. */
  get ag_await(): unknown {
    return awaitedBy(this);
  }

  /** The frame (name, file, current line, locals), or null once the generator has finished. */
  get ag_frame(): GeneratorFrameInfo | null {
    return frameInfo(this);
  }

  /** The compiled function (name, qualified name, file, definition line). */
  get ag_code(): CodeInfo {
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


  __repr__(): string {
    return `<async_generator object ${this.__qualname__}>`;
  }
}
frameKind(AsyncGenerator, { kind: "async_generator", noun: "async generator" });
showRepr(AsyncGenerator.prototype);

/** CPython's async_gen_init_hooks: the first asend/__anext__/athrow/aclose calls `firstiter` (AG-18). */
function hooks(ag: AsyncGenerator): void {
  if (ag.$ag & HOOKED) return;
  ag.$ag |= HOOKED;
  const first = getAsyncgenHooks().firstiter;
  if (first !== null) first(ag);
}

/** The exception of a `throw()` reaching an awaitable frame from its delegator (already normalized). */
function thrown(v: unknown): ThrowArgs {
  return { exc: v, bad: null, ge: v instanceof GeneratorExit };
}

/** CPython's async_gen_unwrap_value for an exception: remember the end, the awaitable is over. */
function unwrapError(ag: AsyncGenerator, e: unknown): void {
  if (e instanceof StopAsyncIteration || e instanceof GeneratorExit) ag.$ag |= AG_CLOSED;
  ag.$ag &= ~RUNNING_ASYNC;
}

/**
 * The base of `async_generator_asend` and `async_generator_athrow`: an awaitable that is its own
 * `__await__` iterator, and a frame a coroutine's await delegates to. Python's protocol (`send`,
 * `throw`, `close`; StopIteration carries the result) and JavaScript's (`next`, `return`,
 * `Symbol.iterator`); a thenable for plain async code.
 */
export abstract class AsyncGenAwaitable<T = unknown> extends Frame {
  /** The generator this awaitable drives. */
  declare readonly ag: AsyncGenerator;
  /** Type-only: the result. */
  declare readonly $result?: T;

  constructor(ag: AsyncGenerator) {
    super();
    this.$s = AWAITABLE_STATE_INIT;
    (this as { ag: AsyncGenerator }).ag = ag;
  }

  /**
   * An error CPython 3.11 raises on a send without finishing the awaitable (it can be sent to
   * again), or null. The frame protocol never gets here with such a send: a delegator's first send
   * is None, and an error raised into a delegator ends that await anyway.
   */
  protected abstract $sendError(v: unknown): RuntimeError | null;

  /**
   * The awaitable's state after a direct send (m = 0) or throw (m = 1) that started in state `s0`
   * and `ended` (raised or completed) or not, as CPython 3.11's async_gen_asend_send/throw and
   * async_gen_athrow_send/throw leave it (not every outcome finishes the awaitable there).
   */
  protected abstract $after(s0: number, m: number, ended: boolean): number;

  /**
   * A direct send (m = 0) or throw (m = 1): the value yielded (pass-through), or the result with
   * `done` set (the awaitable completed). Exceptions propagate.
   */
  private go(v: unknown, m: number): { r: unknown; done: boolean } {
    const s0 = this.$s;
    if (s0 === CLOSED) throw new RuntimeError(this.$reuse!);
    if (m === 0) {
      const err = this.$sendError(v);
      if (err !== null) throw err;
    }
    let r: unknown;
    try {
      r = resume(this, v, m);
    } catch (x) {
      this.$s = this.$after(s0, m, true);
      throw x;
    }
    const done = this.$s === CLOSED;
    this.$s = this.$after(s0, m, done);
    return { r, done };
  }

  send(v?: unknown): unknown {
    const { r, done } = this.go(v, 0);
    if (done) throw signal(StopIteration, r);
    return handedOut(r); // (a loop wait awaited inside: its future, as from a coroutine's send)
  }

  throw(e?: unknown, value?: unknown): unknown {
    if (this.$s === CLOSED) throw new RuntimeError(this.$reuse!);
    const a = throwArgs(arguments.length, e, value);
    if (a.bad !== null) {
      // gen_throw rejects the arguments (async_gen_unwrap_value: the generator is not running)
      unwrapError(this.ag, a.bad);
      this.$s = this.$after(this.$s, 1, true);
      throw a.bad;
    }
    const { r, done } = this.go(a.exc, 1);
    if (done) throw signal(StopIteration, r);
    return handedOut(r);
  }

  /** `throw(exc)` for a value the runtime re-raises, unchecked, as an IteratorResult (frame.ts RAISE). */
  [RAISE](exc: unknown): IteratorResult<unknown, T> {
    if (this.$s === CLOSED) throw new RuntimeError(this.$reuse!);
    const { r, done } = this.go(exc, 1);
    return { value: r, done } as IteratorResult<unknown, T>;
  }

  /** Marks the awaitable finished; the generator is left as it is (CPython 3.11). */
  close(): undefined {
    this.$s = CLOSED;
    return undefined;
  }

  /** JavaScript's `send(v)` (SURFACE.md §2): a loop wait awaited inside hands out its future, as `send` does. */
  next(v?: unknown): IteratorResult<unknown, T> {
    const { r, done } = this.go(v, 0);
    return { value: done ? r : handedOut(r), done } as IteratorResult<unknown, T>;
  }

  return(v?: unknown): IteratorResult<unknown, T> {
    this.close();
    return { value: v as T, done: true };
  }

  /** The task's path: `next(v)` with a wait's frame kept for the task to park on (issue 12). */
  [SEND_RESULT](v?: unknown): IteratorResult<unknown, T> {
    const { r, done } = this.go(v, 0);
    return { value: r, done } as IteratorResult<unknown, T>;
  }

  /** The awaitable is its own iterator (AG-04). */
  __await__(): this {
    return this;
  }

  [Symbol.iterator](): this {
    return this;
  }

  /** Plain async JavaScript: awaiting it runs it as a task (see Coroutine.then). */
  then<T1 = T, T2 = never>(
    onfulfilled?: ((value: T) => T1 | PromiseLike<T1>) | null,
    onrejected?: ((reason: unknown) => T2 | PromiseLike<T2>) | null,
  ): Promise<T1 | T2> {
    return Promise.resolve(host.coroutineThen(this) as PromiseLike<T>).then(onfulfilled, onrejected);
  }

  // ---- the frame protocol (the driver; DESIGN.md §7) ----

  /** Foreign frames show `it` as what the delegator awaits: the awaitable itself. */
  get it(): this {
    return this;
  }

  /** A throw() reaching this frame goes to the generator (invalid arguments: raised in the awaiter). */
  get $throws(): boolean {
    return true;
  }

  /** gen_close_iter: `close()` marks the awaitable finished. */
  $closeIter(): void {
    this.$s = CLOSED;
  }
}

/** `async_generator_asend`: `asend(v)` / `__anext__()`. */
export class AsyncGenASend<Y = unknown> extends AsyncGenAwaitable<Y> {
  /** The value to send on the first step (None for `__anext__`). */
  declare val: unknown;

  constructor(ag: AsyncGenerator, val: unknown) {
    super(ag);
    this.val = val;
  }

  protected $sendError(): RuntimeError | null {
    if (this.$s === AWAITABLE_STATE_INIT && this.ag.$ag & RUNNING_ASYNC) return new RuntimeError("anext(): asynchronous generator is already running");
    return null;
  }

  protected $after(s0: number, m: number, ended: boolean): number {
    if (ended) return CLOSED;
    return m === 0 ? this.$s : s0; // (a throw passing through leaves the state as it was)
  }

  $step(s: number, v: unknown, m: number): unknown {
    const ag = this.ag;
    if (s === AWAITABLE_STATE_INIT && m === 0) {
      if (ag.$ag & RUNNING_ASYNC) throw new RuntimeError("anext(): asynchronous generator is already running");
      if (v == null) v = this.val;
    }
    if (m === 0) ag.$ag |= RUNNING_ASYNC; // (async_gen_asend_throw does not set it)
    let r: unknown;
    try {
      r = m === 0 ? resume(ag, v, 0) : throwInto(ag, thrown(v));
    } catch (e) {
      unwrapError(ag, e);
      throw e;
    }
    if (ag.$s === CLOSED) {
      // the generator returned: StopAsyncIteration
      ag.$ag = (ag.$ag | AG_CLOSED) & ~RUNNING_ASYNC;
      throw signal(StopAsyncIteration);
    }
    if (ag.$yf === null) {
      // the generator produced a value: the awaitable completes with it
      ag.$ag &= ~RUNNING_ASYNC;
      return r;
    }
    this.$s = AWAITABLE_STATE_ITER; // an await in the body yielded: pass it through
    return r;
  }
}
frameKind(AsyncGenASend, { kind: "async_generator_asend", noun: "async generator", reuse: ASEND_REUSE, foreign: true });

/** The arguments given to athrow(), checked when it is first awaited. */
interface AThrowArgs {
  n: number;
  e: unknown;
  value: unknown;
}

/** `async_generator_athrow`: `athrow(e, value?)`, or `aclose()` (args null). */
export class AsyncGenAThrow<Y = unknown> extends AsyncGenAwaitable<Y> {
  declare args: AThrowArgs | null;
  /** Set when a step must finish the awaitable whatever the call (see `$after`). */
  declare fin: boolean;

  constructor(ag: AsyncGenerator, args: AThrowArgs | null) {
    super(ag);
    this.args = args;
    this.fin = false;
  }

  protected $sendError(v: unknown): RuntimeError | null {
    const ag = this.ag;
    if (this.$s === AWAITABLE_STATE_INIT && v != null && ag.$s !== CLOSED && !(ag.$ag & (RUNNING_ASYNC | AG_CLOSED))) {
      return new RuntimeError("can't send non-None value to a just-started coroutine");
    }
    return null;
  }

  protected $after(s0: number, m: number, ended: boolean): number {
    if (this.fin) {
      // aclose()'s "ignored GeneratorExit", or a send after the generator had finished
      this.fin = false;
      return CLOSED;
    }
    if (m === 1) return s0; // a throw leaves the state as it was
    if (s0 === AWAITABLE_STATE_ITER && this.args !== null) return AWAITABLE_STATE_ITER; // athrow(): later sends do not finish it
    return ended ? CLOSED : this.$s;
  }

  $step(s: number, v: unknown, m: number): unknown {
    const ag = this.ag;
    const args = this.args;
    let a: ThrowArgs | null = null; // the exception to raise in the generator (null: send it v)
    if (m !== 0) {
      a = thrown(v);
    } else if (ag.$s === CLOSED) {
      this.fin = true;
      return undefined; // a finished generator: None (AG-09, AG-10)
    } else if (s === AWAITABLE_STATE_INIT) {
      if (ag.$ag & RUNNING_ASYNC) {
        throw new RuntimeError(`${args === null ? "aclose" : "athrow"}(): asynchronous generator is already running`);
      }
      if (ag.$ag & AG_CLOSED) throw signal(StopAsyncIteration); // the 3.11 quirk (AG-11)
      if (v != null) throw new RuntimeError("can't send non-None value to a just-started coroutine");
      if (args === null) {
        ag.$ag |= AG_CLOSED;
        a = { exc: signal(GeneratorExit), bad: null, ge: true };
      } else {
        a = throwArgs(args.n, args.e, args.value, "athrow");
      }
      ag.$ag |= RUNNING_ASYNC;
    }
    let r: unknown;
    try {
      // athrow()/aclose() themselves raise with close_on_genexit = 0: GeneratorExit never closes a
      // sub-chain; a throw() reaching the awaitable from its awaiter does (async_gen_athrow_throw)
      r = a === null ? resume(ag, v, 0) : throwInto(ag, a, m !== 0 && a.ge);
    } catch (e) {
      return this.failed(e);
    }
    if (ag.$s === CLOSED) {
      // the generator returned
      ag.$ag = (ag.$ag | AG_CLOSED) & ~RUNNING_ASYNC;
      if (args === null) return undefined; // aclose() is done
      throw signal(StopAsyncIteration);
    }
    if (ag.$yf === null) {
      // the generator produced a value
      ag.$ag &= ~RUNNING_ASYNC;
      if (args === null) {
        this.fin = true;
        throw new RuntimeError("async generator ignored GeneratorExit");
      }
      return r;
    }
    this.$s = AWAITABLE_STATE_ITER; // an await in the body yielded: pass it through
    return r;
  }

  /** The generator raised `e`: aclose() completes on StopAsyncIteration / GeneratorExit; else `e` propagates. */
  private failed(e: unknown): unknown {
    const ag = this.ag;
    unwrapError(ag, e);
    if (this.args === null && (e instanceof StopAsyncIteration || e instanceof GeneratorExit)) return undefined;
    throw e;
  }
}
frameKind(AsyncGenAThrow, { kind: "async_generator_athrow", noun: "async generator", reuse: ATHROW_REUSE, foreign: true });

/** `ag[Symbol.asyncIterator]()`: the generator for plain async JavaScript (`for await` outside marked code). */
class AsyncGenJsIterator<Y, S> implements AsyncIterator<Y, undefined, S> {
  constructor(private readonly ag: AsyncGenerator<Y, S>) {}

  async next(...args: [] | [S]): Promise<IteratorResult<Y, undefined>> {
    try {
      const v = (await (args.length === 0 ? this.ag.__anext__() : this.ag.asend(args[0]))) as Y;
      return { value: v, done: false };
    } catch (e) {
      if (e instanceof StopAsyncIteration) return { value: undefined, done: true };
      throw e;
    }
  }

  /** Leaving a JavaScript `for await` early closes the generator (JavaScript's protocol). */
  async return(): Promise<IteratorResult<Y, undefined>> {
    await this.ag.aclose();
    return { value: undefined, done: true };
  }

  async throw(e?: unknown): Promise<IteratorResult<Y, undefined>> {
    try {
      const v = (await this.ag.athrow(e)) as Y;
      return { value: v, done: false };
    } catch (x) {
      if (x instanceof StopAsyncIteration) return { value: undefined, done: true };
      throw x;
    }
  }
}

export type AsyncGenState = "AGEN_CREATED" | "AGEN_RUNNING" | "AGEN_SUSPENDED" | "AGEN_CLOSED";

/** The async generator's state (pycoro's own; Python 3.12's inspect.getasyncgenstate). */
export function asyncGenState(ag: AsyncGenerator): AsyncGenState {
  if (ag.$ag & RUNNING_ASYNC || isRunning(ag)) return "AGEN_RUNNING";
  const s = ag.$s;
  if (s > 0) return "AGEN_SUSPENDED";
  if (s === CLOSED) return "AGEN_CLOSED";
  return "AGEN_CREATED";
}
