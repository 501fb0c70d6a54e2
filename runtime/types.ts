// The types users see for pycoro's objects.
//
// Why this file exists: marked functions are ordinary TypeScript for editors and `tsc --noEmit`
// (SURFACE.md §1), so `generator(function* ...)` must give a precise type to what a call returns.
// A Python generator's `throw` returns the next yielded value, not an IteratorResult, so these are
// pycoro's own interfaces rather than extensions of `Iterator`. Coroutines and async generator
// awaitables are PromiseLike, so `await` types them by their result, in marked code (where pycoro
// runs them inline) as in plain async code (where they run as tasks).

import type { GeneratorFrameInfo } from "./objects/generator.js";

export type { GeneratorFrameInfo };

/** An Error class, as accepted by `throw(ErrorClass, value?)`. */
export type ErrorClass = abstract new (...args: never[]) => Error;

/** A Python-semantics generator object: Y yielded, R returned, S sent. */
export interface PyGenerator<Y = unknown, R = unknown, S = unknown> {
  /** Resume with a value (none / undefined / null is Python's None); the next yielded value, or StopIteration. */
  send(value?: S | null): Y;
  /** Raise at the suspension point; the next yielded value, or StopIteration. */
  throw(exc: Error | ErrorClass, value?: unknown): Y;
  /** Raise GeneratorExit at the suspension point; errors other than GeneratorExit propagate. */
  close(): undefined;
  /** JavaScript iterator protocol: `send` as an IteratorResult. */
  next(...args: [] | [S]): IteratorResult<Y, R>;
  /**
   * JavaScript iterator protocol: closes the generator. `value` is not optional, as in lib's
   * Generator: TypeScript adds return()'s parameter type to what `yield*` of the object gives.
   */
  return(value: R): IteratorResult<Y, R>;
  /** The generator itself (`iter(g) is g`), typed as the JavaScript iterator it is for `for...of`. */
  [Symbol.iterator](): PyIterator<Y, R, S>;
  readonly gi_running: boolean;
  readonly gi_suspended: boolean;
  /** The generator or iterator this one delegates to (`yield*`), else null. */
  readonly gi_yieldfrom: unknown;
  readonly gi_frame: GeneratorFrameInfo | null;
  __name__: string;
  __qualname__: string;
}

/**
 * A pycoro generator seen as a JavaScript iterator (what `for...of`, spread and `yield*` in
 * unmarked code use). It has no JavaScript-style `throw`: a pycoro generator's `throw` is
 * Python's, returning the next yielded value rather than an IteratorResult.
 */
export interface PyIterator<Y = unknown, R = unknown, S = unknown> {
  next(...args: [] | [S]): IteratorResult<Y, R>;
  return(value: R): IteratorResult<Y, R>;
  [Symbol.iterator](): PyIterator<Y, R, S>;
}

/**
 * A generator-based coroutine, `coroutine(function* ...)` (Python's `@types.coroutine`): a
 * generator that is also awaitable, and a thenable (plain async code awaiting it runs it as a task).
 */
export interface PyGeneratorCoroutine<Y = unknown, R = unknown, S = unknown> extends PyGenerator<Y, R, S>, PromiseLike<R> {}

/** The iterator `coro.__await__()` returns (CPython's `coroutine_wrapper`, CO-16). */
export interface PyCoroutineWrapper<R = unknown> {
  /** JavaScript protocol: `send(v)` as an IteratorResult. */
  next(value?: unknown): IteratorResult<unknown, R>;
  send(value?: unknown): unknown;
  throw(exc: Error | ErrorClass, value?: unknown): unknown;
  close(): undefined;
  return(value: R): IteratorResult<unknown, R>;
  [Symbol.iterator](): PyCoroutineWrapper<R>;
}

/** What `cr_code` / `ag_code` / `gi_code` describe: the compiled function. */
export interface CodeInfo {
  readonly name: string;
  readonly qualname: string;
  readonly file: string;
  /** The line of the definition. */
  readonly line: number;
}

/**
 * A native coroutine object, `coroutine(async function ...)`. Awaitable in marked code (`await`
 * runs it inline), a thenable for plain async code (awaiting it runs it as a task on the pycoro
 * loop), and, for `yield*` in a generator-based coroutine, typed as an iterator returning R (only
 * a declaration: a coroutine is not iterable at run time, CO-01).
 */
export interface PyCoroutine<R = unknown> extends PromiseLike<R> {
  /** Resume (None to start); the next value yielded to the driver, or StopIteration with the result. */
  send(value?: unknown): unknown;
  /** Raise at the await point; the next value yielded, or StopIteration. */
  throw(exc: Error | ErrorClass, value?: unknown): unknown;
  /** Raise GeneratorExit at the await point; None. */
  close(): undefined;
  __await__(): PyCoroutineWrapper<R>;
  /** What the coroutine awaits while suspended, else null. */
  readonly cr_await: unknown;
  readonly cr_running: boolean;
  readonly cr_suspended: boolean;
  readonly cr_frame: GeneratorFrameInfo | null;
  readonly cr_code: CodeInfo;
  __name__: string;
  __qualname__: string;
  /** Type-only (CO-01: not iterable at run time): `yield* coro` in a generator-based coroutine gives R. */
  [Symbol.iterator](): Iterator<unknown, R, unknown>;
}

/** An async generator's `asend()` / `__anext__()` / `athrow()` / `aclose()` awaitable. */
export interface PyAsyncGenAwaitable<T = unknown> extends PromiseLike<T> {
  send(value?: unknown): unknown;
  throw(exc: Error | ErrorClass, value?: unknown): unknown;
  close(): undefined;
  next(value?: unknown): IteratorResult<unknown, T>;
  return(value: T): IteratorResult<unknown, T>;
  __await__(): PyAsyncGenAwaitable<T>;
  [Symbol.iterator](): PyAsyncGenAwaitable<T>;
}

/** An async generator object, `coroutine(async function* ...)`: Y yielded, S sent. */
export interface PyAsyncGenerator<Y = unknown, S = unknown> extends AsyncIterable<Y> {
  /** An awaitable that resumes the generator with `value` and gives the next value (StopAsyncIteration at the end). */
  asend(value?: S | null): PyAsyncGenAwaitable<Y>;
  /** An awaitable that raises `exc` at the paused yield and gives the next value. */
  athrow(exc: Error | ErrorClass, value?: unknown): PyAsyncGenAwaitable<Y>;
  /** An awaitable that raises GeneratorExit at the paused yield (its `finally` may await); None. */
  aclose(): PyAsyncGenAwaitable<undefined>;
  __aiter__(): PyAsyncGenerator<Y, S>;
  __anext__(): PyAsyncGenAwaitable<Y>;
  /** True while an asend/athrow/aclose awaitable is in flight. */
  readonly ag_running: boolean;
  /** What the generator awaits while suspended inside an await, else null. */
  readonly ag_await: unknown;
  readonly ag_frame: GeneratorFrameInfo | null;
  readonly ag_code: CodeInfo;
  __name__: string;
  __qualname__: string;
  /** Plain async JavaScript `for await`: each step runs `__anext__()` as a task; leaving early acloses. */
  [Symbol.asyncIterator](): AsyncIterator<Y, undefined, S>;
}

/**
 * The return annotation of a decorated method's implementation. A decorator cannot change a
 * method's type, so a decorated method states what callers get in an overload signature and
 * annotates its body with one of these (the body is still a JavaScript generator to TypeScript):
 *
 *   class Feed {
 *     items(n: number): PyGenerator<number, void, string>;               // what callers see
 *     @generator *items(n: number): GeneratorMethod<number, void, string> { ... }
 *   }
 *   new Feed().items(3).send("x");                                        // no cast
 */
export type GeneratorMethod<Y = unknown, R = unknown, S = unknown> = globalThis.Generator<Y, R, S> | PyGenerator<Y, R, S>;
/** `@coroutine *m()` (generator-based coroutine) — see GeneratorMethod. */
export type GeneratorCoroutineMethod<Y = unknown, R = unknown, S = unknown> = globalThis.Generator<Y, R, S> | PyGeneratorCoroutine<Y, R, S>;
/** `@coroutine async *m()` (async generator) — see GeneratorMethod. */
export type AsyncGeneratorMethod<Y = unknown, S = unknown> = globalThis.AsyncGenerator<Y, void, S> | PyAsyncGenerator<Y, S>;
