// Generator objects: the Python generator API on top of compiled frames.
//
// Why this file exists: a compiled generator frame *is* the Python generator object (DESIGN.md §1),
// so the base classes the compiler extends carry the public protocol (§4): send/throw/close, the
// JavaScript iterator protocol, and the gi_* introspection properties. The common case — `send`
// to a suspended frame that does not delegate — runs the frame's step right here without touching
// the driver; everything else (delegation, close, errors, re-entrancy) goes to core/driver.ts.

import { StopIteration, GeneratorExit, signal, typeName } from "../core/errors.js";
import { showRepr } from "../core/repr.js";
import { passedThrough, raisedHere } from "../core/traceback.js";
import { Frame, DELEGATE, RAISE, CLOSED, CREATED, RUNNING, frameKind, type FrameMeta } from "../core/frame.js";
import { chain, drive, escaped, isRunning, resumeChain, OP_SEND, OP_THROW, OP_CLOSE, OP_DELEGATED } from "../core/driver.js";
import type { ForeignFrame } from "../core/yield-from.js";
import type { CodeInfo } from "../types.js";
import { TDZ, generatorNext, forgetLocals } from "../core/lowering-helpers.js";

export type { CodeInfo };

/** The suspended frame of a generator, as `gi_frame` shows it. */
export interface GeneratorFrameInfo {
  /** Function name (`f_code.co_name`). */
  readonly name: string;
  /** Qualified name (`co_qualname`). */
  readonly qualname: string;
  readonly file: string;
  /** The line the frame is suspended at (the definition line before it starts or while it runs). */
  readonly line: number;
  /** The frame's locals by the user's names (unset locals, i.e. `undefined`, are left out). */
  readonly locals: Record<string, unknown>;
}

/** `__name__` / `__qualname__` assigned by users (rare: kept off the frame to keep it small). */
const renamed = new WeakMap<Frame, { name?: string; qualname?: string }>();

/**
 * Send `v` into `g` (m = 0) or raise `v` in it (m = 1). Returns the value yielded, or the return
 * value when `g.$s === CLOSED` afterwards. The fast path runs a non-delegating suspended frame's
 * step inline: no allocation, no driver. Shared by every frame class with Python's protocol
 * (generators, coroutines, async generators and their awaitables).
 */
export function resume(g: Frame, v: unknown, m: number): unknown {
  const s = g.$s;
  if ((s > 0 && g.$yf === null) || (s === CREATED && m === 0 && v == null)) {
    g.$s = RUNNING;
    if (m === 1) passedThrough(v, g, s); // the exception is raised in this frame: its traceback entry
    let r: unknown;
    try {
      r = g.$step(s, v, m);
    } catch (e) {
      g.$s = CLOSED;
      if (m === 1 && e !== v) chain(e, v); // raised while the thrown-in exception was handled
      if (m !== 1 || e !== v) raisedHere(e);
      // PEP 479 is for bodies; a foreign frame (an asend/athrow awaitable) passes its exception on,
      // as the driver does for one in a chain.
      throw g.$foreign ? e : escaped(g, e);
    }
    if (r === DELEGATE) return drive(g, OP_DELEGATED, undefined, null, false);
    if (g.$s <= 0) g.$s = CLOSED;
    return r;
  }
  if (s > 0) return resumeChain(g, v, m); // delegating: run the chain's leaf
  return m === 0 ? drive(g, OP_SEND, v, null, false) : drive(g, OP_THROW, v, null, false);
}

/**
 * The exception a generator's `$step` threw, as its caller must see it: the frame is closed, its
 * traceback entry recorded, PEP 479 applied. Called by the per-class `$next` the compiler emits
 * (compiler/passes/emit.ts, `nextMethod`), which is `resume`'s fast path for m = 0.
 */
export function stepError(g: object, e: unknown): unknown {
  (g as Frame).$s = CLOSED;
  raisedHere(e);
  return escaped(g as Frame, e);
}

/** The per-class `$next` ran a step that started a delegation (`yield*`): the driver takes over. */
export function delegated(g: object): unknown {
  return drive(g as Frame, OP_DELEGATED, undefined, null, false);
}

/**
 * `resume` for the per-class `$next`, whose slow path it is: typed for `this` of an emitted class
 * (whose fields TypeScript does not see as a Frame's, in `pycoro build --emit ts` output). `$next`
 * has run the frame's own step already where `resume`'s fast path would, so what reaches here is
 * mostly a delegating frame: it goes to `resumeChain` directly. A small function of its own, not
 * `resume` itself: V8 inlines it into each `$next`, and `resumeChain` and the leaf's `$step` into
 * it, where `resume`'s dead fast path used up the inlining budget (delegation, D = 1000, steady
 * state: 10.5 → 7.3 ns per value with driver.ts's other changes; D = 1 unchanged, 5.1).
 */
export function resumeFrame(g: object, v: unknown, m: number): unknown {
  const f = g as Frame;
  if (f.$s > 0 && f.$yf !== null) return resumeChain(f, v, m);
  return resume(f, v, m);
}

function isErrorClass(x: unknown): x is new (...a: unknown[]) => Error {
  return typeof x === "function" && (x === Error || x.prototype instanceof Error);
}

/** The arguments of a `throw(e, value?)` call, normalized as CPython's `_gen_throw` does. */
export interface ThrowArgs {
  /** The exception to raise (when `bad` is null). */
  exc: unknown;
  /** The TypeError invalid arguments raise, or null. */
  bad: TypeError | null;
  /** The first argument is GeneratorExit (class or instance): CPython tests it before validating. */
  ge: boolean;
}

/**
 * Normalize `throw(e, value?)` (`n` = arguments.length): an Error instance, or an Error class
 * instantiated here (with `value` as argument if given; a `value` that already is an instance of
 * the class is used as is). Raises at once when there is no argument at all.
 */
export function throwArgs(n: number, e: unknown, value: unknown, what = "throw"): ThrowArgs {
  if (n === 0) throw new TypeError(`${what} expected at least 1 argument, got 0`);
  let exc: unknown = undefined;
  let bad: TypeError | null = null;
  if (e instanceof Error) {
    if (value != null) bad = new TypeError("instance exception may not have a separate value");
    else exc = e;
  } else if (isErrorClass(e)) {
    exc = value instanceof e ? value : value == null ? new e() : new e(value);
  } else {
    bad = new TypeError(`exceptions must be classes or instances deriving from BaseException, not ${typeName(e)}`);
  }
  const ge = e instanceof GeneratorExit || (isErrorClass(e) && (e === GeneratorExit || e.prototype instanceof GeneratorExit));
  return { exc, bad, ge };
}

/** The ThrowArgs of an exception the runtime re-raises: any JavaScript value, never checked. */
export function raised(exc: unknown): ThrowArgs {
  return { exc, bad: null, ge: exc instanceof GeneratorExit };
}

/**
 * `throw` on frame `g` with normalized arguments: the value yielded next, or the return value when
 * `g.$s === CLOSED` afterwards. `ge` (CPython's close_on_genexit): a GeneratorExit closes the
 * sub-chain `g` delegates to before it is raised in `g`; false (athrow/aclose of an async
 * generator) raises it at the leaf like any other exception.
 */
export function throwInto(g: Frame, a: ThrowArgs, ge: boolean = a.ge): unknown {
  const bad = a.bad;
  if (bad === null && g.$s > 0 && (g.$yf === null || !ge)) return resume(g, a.exc, 1);
  // Without a sub-iterator to forward to, CPython validates before anything else.
  if (bad !== null && (g.$yf === null || isRunning(g))) throw bad;
  return drive(g, OP_THROW, a.exc, bad, ge);
}

/** The `$meta` of a compiled frame's class. */
export function meta(g: Frame): FrameMeta {
  return (g.constructor as typeof Generator).$meta;
}

/** `gi_frame` / `cr_frame` / `ag_frame`: the frame's name, file, current line and locals; null once closed. */
export function frameInfo(g: Frame): GeneratorFrameInfo | null {
  const s = g.$s;
  if (s === CLOSED) return null;
  const mt = meta(g);
  const line = s >= 0 && s < mt.lines.length ? mt.lines[s] : mt.line;
  return { name: mt.name, qualname: mt.qualname, file: mt.file, line, locals: frameLocals(g) };
}


export function codeInfo(g: Frame): CodeInfo {
  const mt = meta(g);
  return { name: mt.name, qualname: mt.qualname, file: mt.file, line: mt.line };
}

/** `gi_yieldfrom` / `cr_await` / `ag_await`: what a suspended frame delegates to (null while running). */
export function awaitedBy(g: Frame): unknown {
  const yf = g.$yf;
  if (yf === null || g.$s <= 0 || isRunning(g)) return null;
  return yf.$foreign ? (yf as ForeignFrame).it : yf;
}

/** `__name__` of a frame (as assigned, else the function's). */
export function nameOf(g: Frame): string {
  return renamed.get(g)?.name ?? meta(g).name;
}

export function setNameOf(g: Frame, v: unknown): void {
  if (typeof v !== "string") throw new TypeError("__name__ must be set to a string object");
  renamed.set(g, { ...renamed.get(g), name: v });
}

/** `__qualname__` of a frame (as assigned, else the function's). */
export function qualnameOf(g: Frame): string {
  return renamed.get(g)?.qualname ?? meta(g).qualname;
}

export function setQualnameOf(g: Frame, v: unknown): void {
  if (typeof v !== "string") throw new TypeError("__qualname__ must be set to a string object");
  renamed.set(g, { ...renamed.get(g), qualname: v });
}

/**
 * A Python generator. Compiled generator functions return instances of subclasses of this class
 * (one per function, emitted by the compiler, implementing `$step`).
 */
export abstract class Generator extends Frame {
  /** Describes the compiled function (emitted as a static field on each subclass). */
  declare static $meta: FrameMeta;

  /**
   * Send `v`: the value yielded, or the return value with `$s === CLOSED` afterwards. Compiled
   * classes override it with their own copy (emit.ts `nextMethod`: monomorphic, `$step` inlined);
   * this is the fallback for frame classes the compiler did not emit.
   */
  $next(v?: unknown): unknown {
    return resume(this, v, 0);
  }

  /** Resume with `v` (None = undefined or null); return the next yielded value or raise StopIteration. */
  send(v?: unknown): unknown {
    const r = this.$next(v);
    if (this.$s === CLOSED) throw signal(StopIteration, r);
    return r;
  }

  /**
   * Raise an exception at the suspension point; return the next yielded value or raise
   * StopIteration. `e` is an Error instance, or an Error class instantiated here (with `value` as
   * argument if given; a `value` that already is an instance of the class is used as is).
   */
  throw(e?: unknown, value?: unknown): unknown {
    const r = throwInto(this, throwArgs(arguments.length, e, value));
    if (this.$s === CLOSED) throw signal(StopIteration, r);
    return r;
  }

  /** `throw(exc)` for a value the runtime re-raises, unchecked, as an IteratorResult (frame.ts RAISE). */
  [RAISE](exc: unknown): IteratorResult<unknown, unknown> {
    const r = throwInto(this, raised(exc));
    return { value: r, done: this.$s === CLOSED };
  }

  /** Raise GeneratorExit at the suspension point (closing any sub-iterator first); return None. */
  close(): undefined {
    // Suspended outside every try block, delegating to nothing: the GeneratorExit would leave the
    // frame untouched, so the frame is just finished (CPython 3.12's gen_close does the same). The
    // JavaScript protocol's return() and an early-stopping `const [a, b] = g` or for-of `break` come
    // here. Measured (one process, CPU time, load ~9): closing such a frame ~700 ns -> ~10 ns; a
    // GeneratorExit costs ~350 ns to construct in V8 even with stackTraceLimit 0 (s5-iter; small
    // edit in s5-deleg's file).
    const s = this.$s;
    if (s > 0 && this.$yf === null && this.$own === null) {
      const handled = meta(this).handled;
      if (handled !== undefined && !handled.includes(s)) {
        this.$s = CLOSED;
        forgetLocals(this);
        return undefined;
      }
    }
    drive(this, OP_CLOSE, undefined, null, false);
    return undefined;
  }

  /** JavaScript iterator protocol: `send(v)` as an IteratorResult (no StopIteration). */
  next(v?: unknown): IteratorResult<unknown, unknown> {
    const r = this.$next(v);
    return { value: r, done: this.$s === CLOSED };
  }

  /** JavaScript iterator protocol: close the generator (runs its `finally` blocks). */
  return(v?: unknown): IteratorResult<unknown, unknown> {
    this.close();
    return { value: v, done: true };
  }

  [Symbol.iterator](): this {
    return this;
  }

  get gi_running(): boolean {
    return isRunning(this);
  }

  get gi_suspended(): boolean {
    return this.$s > 0 && !isRunning(this);
  }

  /** The object this generator delegates to while suspended in `yield*` (None while running). */
  get gi_yieldfrom(): unknown {
    return awaitedBy(this);
  }

  /** The frame (name, file, current line, locals), or null once the generator is closed. */
  get gi_frame(): GeneratorFrameInfo | null {
    return frameInfo(this);
  }

  /** The compiled function (name, qualified name, file, definition line). */
  get gi_code(): CodeInfo {
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

  /** `<generator object outer.<locals>.inner>` (CPython's repr without the address, as the coroutine's). */
  __repr__(): string {
    return frameRepr(this);
  }
}
showRepr(Generator.prototype);

/** `repr()` of a generator, as CPython writes it minus the address; never the compiled class's name (`f$`). */
function frameRepr(g: Frame): string {
  return `<${g.$kind} object ${qualnameOf(g)}>`;
}

/**
 * A generator-based coroutine (`coroutine(function* ...)`, Python's `@types.coroutine`): the same
 * machine as a generator, and CPython reports it as a `generator` in every message. It may
 * `yield*` a native coroutine (YF-07) and is awaitable (`await` delegates to it); coroutine.ts
 * makes it a thenable too.
 */
export abstract class GeneratorCoroutine extends Generator {}

/** True for a pycoro generator object (including generator-based coroutines). */
export function isGenerator(x: unknown): x is Generator {
  return x instanceof Generator;
}

/** The hoisted locals of a live frame, by the user's names; `undefined` and uninitialized (TDZ) ones are omitted. */
export function frameLocals(g: Frame): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (g.$s === CLOSED) return out;
  const self = g as unknown as Record<string, unknown>;
  for (const [field, name] of meta(g).locals) {
    const x = self[field];
    if (x !== undefined && x !== TDZ) out[name] = x;
  }
  return out;
}

frameKind(Generator, { kind: "generator" });
// A lowered for-of drives an iterator whose `next` is this one through its `$next` (lowering-helpers.ts).
generatorNext.fn = Generator.prototype.next;
frameKind(GeneratorCoroutine, { kind: "generator", yieldsFromCoroutines: true });
