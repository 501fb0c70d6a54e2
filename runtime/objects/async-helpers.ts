// `async for`, `async with` and the async builtins: the protocols around `await`.
//
// Why this file exists: the compiler lowers `for await (x of ait)` (Python's `async for`) and
// `await using v = cm` (`async with`) to plain awaits around calls of the helpers below (DESIGN.md
// §8); they make the protocol checks CPython's GET_AITER / GET_ANEXT / BEFORE_ASYNC_WITH make, with
// its messages (AW-01..06). Users get the builtins `aiter` / `anext` (AG-16), `asyncList` (Python's
// async comprehension), contextlib's `aclosing` / `closing`, and a base class for async context
// managers that type-checks under `await using`.
//
// Special methods (`__aiter__`, `__anext__`, `__aenter__`, `__aexit__`, `__await__`) are looked up
// on the object's class, as Python does: an own property of an object literal is not one.
// Extensions (JavaScript objects Python has no notion of): an object without `__aiter__` but with
// `Symbol.asyncIterator` is iterated by `async for` (its `next()` promise is awaited; `done` ends
// the loop); an object without `__aenter__` / `__aexit__` but with `Symbol.asyncDispose` (or
// `Symbol.dispose`) works under `async with`: it is bound as is, and disposed on exit, never
// suppressing an exception.

import { StopAsyncIteration, StopIteration, signal, typeName } from "../core/errors.js";
import { CLOSED, CREATED, DELEGATE, frameKind } from "../core/frame.js";
import { Coroutine } from "./coroutine.js";
import { AsyncGenAwaitable, AsyncGenerator } from "./asyncgen.js";
import { anextAwaitable, awaitValue, isAwaitable, isThenable, special } from "./await.js";

// ---- async for (emitted code) ----

/** `async for`: the async iterator of `x` (GET_AITER; AW-04, AW-05). */
export function forAwaitIter(x: unknown): unknown {
  if (x instanceof AsyncGenerator) return x;
  const m = special(x, "__aiter__");
  if (m === undefined) {
    const js = jsAsyncIterator(x);
    if (js !== null) return js;
    throw new TypeError(`'async for' requires an object with __aiter__ method, got ${typeName(x)}`);
  }
  const it = callSpecial(m, x);
  if (special(it, "__anext__") === undefined) {
    throw new TypeError(`'async for' received an object from __aiter__ that does not implement __anext__: ${typeName(it)}`);
  }
  return it;
}

/**
 * `async for`: the awaitable of the next item (GET_ANEXT; AW-06). A StopAsyncIteration raised
 * here, or by the awaitable, ends the loop (the emitted code catches it around the await).
 */
export function forAwaitNext(ait: unknown): unknown {
  if (ait instanceof AsyncGenerator) return ait.__anext__();
  const m = special(ait, "__anext__");
  if (m === undefined) throw new TypeError(`'async for' requires an iterator with __anext__ method, got ${typeName(ait)}`);
  return anextAwaitable(callSpecial(m, ait));
}

function callSpecial(m: unknown, self: unknown, ...args: unknown[]): unknown {
  if (typeof m !== "function") throw new TypeError(`'${typeName(m)}' object is not callable`);
  return m.apply(self, args);
}

/** A JavaScript async iterable (`Symbol.asyncIterator`) as a Python async iterator, else null. */
function jsAsyncIterator(x: unknown): JsAsyncIterator | null {
  if (x === null || x === undefined) return null;
  const m = (x as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator];
  if (typeof m !== "function") return null;
  const it: unknown = m.call(x);
  if (Object(it) !== it) throw new TypeError("Result of the Symbol.asyncIterator method is not an object");
  return new JsAsyncIterator(it as AsyncIterator<unknown>);
}

/** A JavaScript async iterator seen as a Python one: `__anext__()` is its `next()` promise. */
class JsAsyncIterator {
  constructor(readonly it: AsyncIterator<unknown>) {}

  __aiter__(): this {
    return this;
  }

  __anext__(): Promise<unknown> {
    return Promise.resolve(this.it.next()).then(jsNextValue);
  }
}

function jsNextValue(r: IteratorResult<unknown>): unknown {
  if (Object(r) !== r) throw new TypeError(`Iterator result ${String(r)} is not an object`);
  if (r.done) throw signal(StopAsyncIteration);
  return r.value;
}

// ---- async with (emitted code) ----

/** The exit of an async-disposable JavaScript object under `async with` (the extension above). */
const DISPOSE = function dispose(): never {
  throw new TypeError("dispose");
};

// The declarations name Symbol.asyncDispose / Symbol.dispose (so that `await using` of a pycoro
// context manager type-checks); declared here too, as @types/node declares them, so that a user
// with lib ES2022 and no ESNext.Disposable can still type-check against the package (issue 8
// item 11). Identical declarations merge with the lib's.
declare global {
  interface SymbolConstructor {
    readonly dispose: unique symbol;
    readonly asyncDispose: unique symbol;
  }
}

const asyncDispose: symbol = (Symbol as { asyncDispose?: symbol }).asyncDispose ?? Symbol.for("Symbol.asyncDispose");
const syncDispose: symbol = (Symbol as { dispose?: symbol }).dispose ?? Symbol.for("Symbol.dispose");

function disposer(mgr: unknown): unknown {
  if (mgr === null || (typeof mgr !== "object" && typeof mgr !== "function")) return undefined;
  const o = mgr as Record<symbol, unknown>;
  return o[asyncDispose] ?? o[syncDispose];
}

/**
 * `async with mgr`: check the protocol and return `mgr`'s `__aexit__` (BEFORE_ASYNC_WITH, AW-01),
 * looked up before `__aenter__` runs.
 */
export function aexitOf(mgr: unknown): unknown {
  if (special(mgr, "__aenter__") === undefined) {
    if (special(mgr, "__aexit__") === undefined && typeof disposer(mgr) === "function") return DISPOSE;
    throw new TypeError(`'${typeName(mgr)}' object does not support the asynchronous context manager protocol`);
  }
  const exit = special(mgr, "__aexit__");
  if (exit === undefined) {
    throw new TypeError(`'${typeName(mgr)}' object does not support the asynchronous context manager protocol (missed __aexit__ method)`);
  }
  return exit;
}

/** `async with mgr`: the awaitable of `mgr.__aenter__()` (AW-02). */
export function aenter(mgr: unknown): unknown {
  const enter = special(mgr, "__aenter__");
  if (enter === undefined) return new Ready(mgr); // an async-disposable object (aexitOf checked)
  const aw = callSpecial(enter, mgr);
  if (!isAwaitable(aw)) {
    throw new TypeError(`'async with' received an object from __aenter__ that does not implement __await__: ${typeName(aw)}`);
  }
  return aw;
}

/**
 * `async with mgr`: the awaitable of `exit(type(exc), exc, tb)` — `exc` undefined on a normal exit
 * (all three None). A truthy result suppresses the exception (AW-02, AW-03).
 */
export function aexit(exit: unknown, mgr: unknown, exc: unknown): unknown {
  if (exit === DISPOSE) {
    const d = disposer(mgr) as () => unknown;
    const r = d.call(mgr);
    return isThenable(r) ? Promise.resolve(r).then(falsy) : new Ready(false);
  }
  const aw = exc === undefined ? callSpecial(exit, mgr, undefined, undefined, undefined) : callSpecial(exit, mgr, excType(exc), exc, undefined);
  if (!isAwaitable(aw)) {
    throw new TypeError(`'async with' received an object from __aexit__ that does not implement __await__: ${typeName(aw)}`);
  }
  return aw;
}

function falsy(): boolean {
  return false;
}

/** `type(exc)`: the error's constructor. */
function excType(exc: unknown): unknown {
  if (exc === null || exc === undefined) return undefined;
  return (Object(exc) as { constructor?: unknown }).constructor;
}

/** An awaitable whose await completes at once with `value` (no suspension). */
class Ready<T> {
  constructor(readonly value: T) {}
  __await__(): this {
    return this;
  }
  next(): IteratorResult<unknown, T> {
    return { value: this.value, done: true };
  }
}

// ---- public builtins ----

/** The awaitable types the helpers below accept and return. */
export type AwaitableLike<T> = PromiseLike<T> | { __await__(): { next(...args: never[]): IteratorResult<unknown, T> } };

/** Python's `aiter(x)`: `x.__aiter__()` (AG-16); a JavaScript async iterable is adapted. */
export function aiter<T = unknown>(x: AsyncIterable<T> | { __aiter__(): { __anext__(): AwaitableLike<T> } }): PyAsyncIterator<T>;
export function aiter(x: unknown): unknown {
  const m = special(x, "__aiter__");
  if (m === undefined) {
    const js = jsAsyncIterator(x);
    if (js !== null) return js;
    throw new TypeError(`'${typeName(x)}' object is not an async iterable`);
  }
  const it = callSpecial(m, x);
  if (special(it, "__anext__") === undefined) throw new TypeError(`aiter() returned not an async iterator of type '${typeName(it)}'`);
  return it;
}

/** What `aiter` returns: something with `__anext__`. */
export interface PyAsyncIterator<T> {
  __anext__(): AwaitableLike<T>;
}

/**
 * Python's `anext(ait)`: the awaitable of `ait.__anext__()`; with a default, an awaitable that
 * gives the default instead of raising StopAsyncIteration (AG-16).
 */
export function anext<T>(ait: { __anext__(): PromiseLike<T> | AwaitableLike<T> }): PromiseLike<T>;
export function anext<T, const D>(ait: { __anext__(): PromiseLike<T> | AwaitableLike<T> }, dflt: D): PromiseLike<T | D>;
export function anext(ait: unknown, ...rest: unknown[]): unknown {
  const m = special(ait, "__anext__");
  if (m === undefined) throw new TypeError(`'${typeName(ait)}' object is not an async iterator`);
  const aw = callSpecial(m, ait);
  if (rest.length === 0) return aw;
  return new AnextAwaitable(aw, rest[0]);
}

const HELPERS = "pycoro/runtime/objects/async-helpers.ts";

/** `anext(ait, default)`'s awaitable: await the item; StopAsyncIteration gives the default. */
class AnextAwaitable extends Coroutine {
  declare aw: unknown;
  declare d: unknown;
  constructor(aw: unknown, d: unknown) {
    super();
    this.aw = aw;
    this.d = d;
  }
  $step(s: number, v: unknown, m: number): unknown {
    if (s === 0 && m <= 0) {
      try {
        // (an awaited coroutine that runs inline returns its result, or raises, right here)
        v = awaitValue(this, this.aw, 1, m);
        if (v === DELEGATE) return v;
        m = 0;
      } catch (e) {
        v = e;
        m = 1;
      }
    }
    if (m <= 0) return v;
    if (v instanceof StopAsyncIteration) return this.d;
    throw v;
  }

  /**
   * CPython's anext_awaitable.throw() throws into the `__anext__()` awaitable even before the first
   * send (a coroutine would raise at once, without running): its StopIteration(v) completes this
   * awaitable with v, StopAsyncIteration completes it with the default, and if the generator
   * suspends in an await, this awaitable goes on delegating to it.
   */
  override throw(e?: unknown, value?: unknown): unknown {
    const inner = this.aw;
    const args = arguments.length === 1 ? [e] : [e, value];
    if (this.$s !== CREATED || !(inner instanceof AsyncGenAwaitable)) return super.throw(...(args as [unknown, unknown?]));
    this.$s = CLOSED;
    let y: unknown;
    try {
      y = inner.throw(...(args as [unknown, unknown?]));
    } catch (x) {
      if (x instanceof StopAsyncIteration) throw signal(StopIteration, this.d);
      throw x; // its StopIteration(v) is this awaitable's result too
    }
    this.$yf = inner;
    this.$s = 1;
    return y;
  }

  static $meta = { name: "anext_awaitable", qualname: "anext_awaitable", file: HELPERS, line: 0, kind: "coroutine", locals: [], lines: [0, 0] };
}
frameKind(AnextAwaitable, { kind: "anext_awaitable", noun: "coroutine", reuse: "cannot reuse already awaited coroutine" });

/**
 * `[x async for x in ait]`: a coroutine that drains the async iterator `ait` into an array (an
 * async generator runs to exhaustion, so its `finally` runs, AG-17). `await asyncList(ag)` in a
 * marked function; from plain async code, awaiting it runs it as a task.
 */
export function asyncList<T>(ait: AsyncIterable<T> | { __aiter__(): { __anext__(): AwaitableLike<T> } }): Coroutine<T[]> & PromiseLike<T[]>;
export function asyncList(ait: unknown): Coroutine<unknown[]> & PromiseLike<unknown[]> {
  return new AsyncList(ait) as Coroutine<unknown[]> & PromiseLike<unknown[]>;
}

class AsyncList extends Coroutine<unknown[]> {
  declare x: unknown;
  declare it: unknown;
  declare out: unknown[] | undefined;
  constructor(x: unknown) {
    super();
    this.x = x;
    this.it = undefined;
    this.out = undefined;
  }
  $step(s: number, v: unknown, m: number): unknown {
    if (m > 0) {
      if (s !== 0 && v instanceof StopAsyncIteration) return this.done();
      throw v;
    } else if (s === 0) {
      this.it = forAwaitIter(this.x);
      this.out = [];
    } else {
      this.out!.push(v);
    }
    for (;;) {
      try {
        // a StopAsyncIteration from __anext__, or from an awaited coroutine that ran inline
        v = awaitValue(this, forAwaitNext(this.it), 1, m);
      } catch (e) {
        if (e instanceof StopAsyncIteration) return this.done();
        throw e;
      }
      if (v === DELEGATE) return v;
      this.out!.push(v); // the item was ready: no suspension
    }
  }
  private done(): unknown[] {
    const out = this.out!;
    this.it = this.out = undefined;
    return out;
  }
  static $meta = { name: "asyncList", qualname: "asyncList", file: HELPERS, line: 0, kind: "coroutine", locals: [], lines: [0, 0] };
}

// ---- context managers ----

/**
 * Base class for async context managers used with `await using v = new MyCM()` in marked code
 * (Python's `async with MyCM() as v`): pycoro calls `__aenter__()` (v is what it resolves to) and
 * `__aexit__(excType, exc, tb)` (a truthy result suppresses the exception). `Symbol.asyncDispose`
 * is only declared, so that `await using` type-checks under plain tsc; pycoro never calls it.
 * (TypeScript types `v` as the manager itself: have `__aenter__` return `this` where that matters.)
 */
export abstract class AsyncContextManager<T = unknown> {
  abstract __aenter__(): AwaitableLike<T>;
  abstract __aexit__(excType: Function | undefined, exc: unknown, tb: unknown): AwaitableLike<unknown>;
  declare [Symbol.asyncDispose]: () => PromiseLike<void>;
}

/** contextlib.aclosing(agen): `await using ag = aclosing(gen())` acloses it on exit. */
export function aclosing<T extends { aclose(): unknown }>(thing: T): AClosing<T> {
  return new AClosing(thing);
}

/** What `aclosing()` returns. */
export class AClosing<T extends { aclose(): unknown }> extends AsyncContextManager<T> {
  constructor(readonly thing: T) {
    super();
  }
  __aenter__(): AwaitableLike<T> {
    return new Ready(this.thing);
  }
  __aexit__(): AwaitableLike<unknown> {
    return this.thing.aclose() as AwaitableLike<unknown>;
  }
}
// plain JavaScript `await using` (unmarked code) disposes by acloseing too
Object.defineProperty(AClosing.prototype, asyncDispose, {
  value: async function (this: AClosing<{ aclose(): unknown }>) {
    await (this.thing.aclose() as PromiseLike<unknown>);
  },
  writable: true,
  configurable: true,
});

/**
 * contextlib.closing(thing): `using c = closing(gen())` closes it at the end of the scope (in
 * JavaScript's `using`, `c` is this wrapper: the object is `c.thing`). Also Python's sync protocol
 * (`__enter__` returns the object, `__exit__` closes it).
 */
export function closing<T extends { close(): unknown }>(thing: T): Closing<T> {
  return new Closing(thing);
}

/** What `closing()` returns. */
export class Closing<T extends { close(): unknown }> {
  constructor(readonly thing: T) {}
  __enter__(): T {
    return this.thing;
  }
  __exit__(): boolean {
    this.thing.close();
    return false;
  }
  [Symbol.dispose](): void {
    this.thing.close();
  }
}
