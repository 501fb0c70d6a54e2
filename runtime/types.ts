// The types users see for pycoro's objects.
//
// Why this file exists: marked functions are ordinary TypeScript for editors and `tsc --noEmit`
// (SURFACE.md §1), so `generator(function* ...)` must give a precise type to what a call returns.
// A Python generator's `throw` returns the next yielded value, not an IteratorResult, so these are
// pycoro's own interfaces rather than extensions of `Iterator`. Only `PyGenerator` has a runtime
// implementation today; `PyCoroutine` and `PyAsyncGenerator` describe native coroutines and async
// generators (later issues) so that `coroutine(async function ...)` type-checks now.

import type { GeneratorFrameInfo } from "./generator.js";

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
  /** JavaScript iterator protocol: closes the generator. */
  return(value?: R): IteratorResult<Y, R>;
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
  return(value?: R): IteratorResult<Y, R>;
  [Symbol.iterator](): PyIterator<Y, R, S>;
}

/** A native coroutine object, `coroutine(async function ...)` (runtime: a later issue). */
export interface PyCoroutine<R = unknown> {
  send(value?: unknown): unknown;
  throw(exc: Error | ErrorClass, value?: unknown): unknown;
  close(): undefined;
  __await__(): Iterator<unknown, R>;
  then<T1 = R, T2 = never>(
    onfulfilled?: ((value: R) => T1 | PromiseLike<T1>) | null,
    onrejected?: ((reason: unknown) => T2 | PromiseLike<T2>) | null,
  ): PromiseLike<T1 | T2>;
}

/** An async generator object, `coroutine(async function* ...)` (runtime: a later issue). */
export interface PyAsyncGenerator<Y = unknown, S = unknown> extends AsyncIterable<Y> {
  asend(value?: S | null): PromiseLike<Y>;
  athrow(exc: Error | ErrorClass, value?: unknown): PromiseLike<Y>;
  aclose(): PromiseLike<undefined>;
  __aiter__(): PyAsyncGenerator<Y, S>;
  __anext__(): PromiseLike<Y>;
}
