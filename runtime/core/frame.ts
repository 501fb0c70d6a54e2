// The frame data model shared by the driver, the delegation adapter and the generator classes.
//
// Why this file exists: DESIGN.md §1–3 fix what a frame is (one object per call, three base
// fields, a `$step` method) and what a delegation `Stack` is. Everything that walks or resumes
// frames imports these definitions from here, so the layout lives in exactly one place.
// There is no behaviour here beyond the constructor and the class linking (`frameClass`,
// `frameKind`).

/** What a compiled frame class describes about its function (DESIGN.md §2, `static $meta`). */
export interface FrameMeta {
  /** The function's name (`__name__`). */
  readonly name: string;
  /** The qualified name (`__qualname__`, e.g. `A.items` for a method). */
  readonly qualname: string;
  /** Source file the function comes from. */
  readonly file: string;
  /** Source line of the function's definition. */
  readonly line: number;
  /**
   * The compiler's kind: `"generator"`, `"generator-coroutine"`, `"coroutine"`, `"async-generator"`.
   * Informational: the runtime goes by the base class.
   */
  readonly kind: string;
  /** `[field, userName]` for each hoisted local the frame holds, in source order. */
  readonly locals: readonly (readonly [string, string])[];
  /** Source line of each resume point: `lines[N]` is where state N is suspended (`lines[0]`: entry). */
  readonly lines: readonly number[];
  /**
   * The resume states inside a try block (a catch or finally there would see the GeneratorExit of
   * a close). Emitted by the compiler since session 5; absent (older compiled code, hand-written
   * frames) means "unknown": close() then always raises GeneratorExit. See generator.ts `close`.
   */
  readonly handled?: readonly number[];
}

/**
 * Returned by `yieldFrom` from a step when the frame now delegates (`$yf` set). A frame never yields
 * this object: the driver intercepts it.
 */
export const DELEGATE: unique symbol = Symbol("pycoro.DELEGATE");
export type Delegate = typeof DELEGATE;

/**
 * `x[RAISE](exc)`: raise `exc` at the suspension point of a generator, coroutine or awaitable, as
 * `throw(exc)` does, but without validating `exc` and reported as an IteratorResult (no
 * StopIteration). The runtime re-raises with it what some JavaScript code threw or rejected —
 * a task waking with its future's exception, a delegating frame forwarding a throw it already
 * checked — and JavaScript may throw any value: `throw "s"` or `Promise.reject(undefined)` must
 * arrive as `"s"` / `undefined` (docs/DESIGN.md, "Thrown values"). Only the public `throw()` /
 * `athrow()` / `setException()` check their argument as CPython does.
 */
export const RAISE: unique symbol = Symbol.for("pycoro.raise") as never;

/** State values of `$s` other than resume points (which are > 0): the compiler/runtime contract. */
export { CREATED, CLOSED, RUNNING } from "../../compiler/ir/contract.js";

/**
 * The base of every frame: compiled generator frames and the adapter frames that wrap foreign
 * iterators under `yield*`. The constructor sets `$s`, `$yf`, `$own` in that order and nothing
 * else, so a compiled frame with k hoisted locals has exactly 3 + k fields.
 */
export abstract class Frame {
  /** State: 0 created, > 0 suspended at resume point N, -1 closed, -2 running (its step is on the JS stack). */
  declare $s: number;
  /** The frame this one delegates to while suspended at a `yield*`, else null. */
  declare $yf: Frame | null;
  /**
   * Where this frame sits in a delegation chain (DESIGN.md §3): the chain's `Stack` if it is the
   * base, its delegator (the level below it) if it is any other level, null if it is in no chain.
   */
  declare $own: Stack | Frame | null;

  constructor() {
    this.$s = 0;
    this.$yf = null;
    this.$own = null;
  }

  /**
   * Run from resume point `s` with sent value `v` (m <= 0) or exception `v` to raise there (m = 1).
   * A send from the driver passes m = 0; an inline run under `await` passes m = -d, d being how
   * many inline runs are nested on the JavaScript stack with this one (DESIGN.md §6).
   * Yield: set `$s = N > 0`, return the value. Delegate: set `$s = N`, return `yieldFrom(...)`.
   * Return: set `$s = -1`, return the value. Raise: throw.
   */
  abstract $step(s: number, v: unknown, m: number): unknown;
}

/**
 * Which Python object a frame class plays, and the words its messages use. Set on prototypes
 * (see objects/generator.ts, yield-from.ts), so instances carry no extra field.
 */
export interface Frame {
  /** Python type name (`generator`, `coroutine`, `async_generator`): `typeName` reports it. */
  readonly $kind: string;
  /**
   * The word the runtime's messages use for this kind of frame: `generator already executing`,
   * `coroutine raised StopIteration`, `async generator ignored GeneratorExit`. Equal to `$kind`
   * except for async generators (type `async_generator`, messages say `async generator`).
   */
  readonly $noun: string;
  /**
   * What resuming this frame raises once it has finished, or undefined where CPython returns None
   * (a generator, YF-06): `cannot reuse already awaited coroutine` (CO-04) and the async
   * generator awaitables' variants (AG-04).
   */
  readonly $reuse: string | undefined;
  /**
   * True for a frame the driver treats as an opaque iterator: an adapter around a foreign iterator
   * (never visible to users), or a runtime awaitable written as a frame (an async generator's
   * asend/athrow awaitable, a bridged thenable). Its exceptions are not converted by PEP 479 and
   * closing it calls `$closeIter()` instead of raising GeneratorExit in it.
   */
  readonly $foreign: boolean;
  /**
   * True for a generator-based coroutine (Python's `@types.coroutine`): the one kind of frame that
   * may `yield*` a native coroutine (YF-07). A flag rather than an `instanceof` so that `yieldFrom`
   * (core/yield-from.ts) needs no import of the object layer.
   */
  readonly $yieldsFromCoroutines: boolean;
}

/**
 * The delegation chain of one base frame (DESIGN.md §3). The chain itself is in the frames: the
 * base's `$own` is this Stack, each other level's `$own` is the level below it, and each level's
 * `$yf` the level above it (the leaf last). A stack is invalidated when another driver takes one
 * of its frames over; the next operation on its base rebuilds it from the `$yf` links.
 * Parent pointers rather than an array of the levels: a level costs two field writes, not an
 * array push that V8 grows by copying (driver.ts header, with the numbers); and a chain held
 * suspended is smaller: 256 -> 176 bytes for a generator delegating to one other, 100,000 held
 * (heapUsed after a major GC, s7-deleg).
 */
export class Stack {
  /**
   * The base while the stack is valid; null once another stack took over one of its frames. One
   * field for "valid" and "whose": the resume fast path tests both with one pointer compare
   * (driver.ts `resumeChain`). A `$` name, which no compiled frame field has (the compiler renames a
   * user's `$x` to `$x_`): that fast path reads it from a base's `$own` before knowing whether that
   * is a Stack or a delegator frame (`instanceof Stack` there cost 1.1 ns per value, s7-deleg).
   */
  $base: Frame | null;
  /** The number of levels (the base included): what the recursion limit is checked against. */
  n: number;
  /** True while a driver loop runs this stack: every frame in it is then "running". */
  running: boolean;
  /**
   * The top frame, if the last run of this stack ended with it yielding (null while the stack
   * runs and after any other ending): where driver.ts `resumeChain` resumes the chain.
   */
  leaf: Frame | null;

  constructor() {
    this.$base = null;
    this.n = 0;
    this.running = false;
    this.leaf = null;
  }
}

/**
 * Make `C`, a compiled frame class, a subclass of the runtime base `Base` after the fact: link its
 * prototype (and its statics) under `Base`'s. Returns `C`.
 *
 * Why not `class C extends Base`: in V8 (11.x, Node 20) constructing a derived class costs a
 * `super()` chain that is ~2.5× slower than a base class constructor, and a call of a compiled
 * function is exactly one construction. So the compiler emits a base class whose constructor sets
 * every field itself (section 1 of DESIGN.md: the base fields first, in the base constructors'
 * order), and the runtime links it here, once, before any instance exists.
 */
export function frameClass<C extends abstract new (...a: never[]) => object>(C: C, Base: abstract new (...a: never[]) => Frame): C {
  if (C.prototype instanceof Base) return C; // a hand-written frame class declared `extends Base`
  Object.setPrototypeOf(C.prototype, Base.prototype);
  Object.setPrototypeOf(C, Base);
  return C;
}

/** What `kind()` sets on a frame class's prototype (see the `Frame` interface). */
export interface FrameKind {
  kind: string;
  noun?: string;
  reuse?: string;
  foreign?: boolean;
  yieldsFromCoroutines?: boolean;
}

/**
 * Set `$kind`, `$noun`, `$reuse`, `$foreign`, `$yieldsFromCoroutines` on the prototype of a frame class (so instances carry
 * no extra field). Subclasses inherit them.
 */
export function frameKind(C: abstract new (...a: never[]) => Frame, k: FrameKind): void {
  const p = C.prototype;
  const def = (name: string, value: unknown) => Object.defineProperty(p, name, { value, writable: true, configurable: true });
  def("$kind", k.kind);
  def("$noun", k.noun ?? k.kind);
  def("$reuse", k.reuse);
  def("$foreign", k.foreign ?? false);
  def("$yieldsFromCoroutines", k.yieldsFromCoroutines ?? false);
}
