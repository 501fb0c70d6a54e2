// The host seam: everything the object layer (and the loop's lower modules) need from an event
// loop, installed by the loop when it loads.
//
// Why this file exists: CPython's generator objects know nothing of asyncio; asyncio reaches them
// only through `sys.set_asyncgen_hooks`, which it calls when a loop starts running. pycoro's objects
// need a little more from a loop (a coroutine object is a JavaScript thenable; `await` of a
// thenable parks a task on a loop future; `await fut` has a fast path), so this module declares
// all of it in one interface, `Host`, with the answers of a process where no loop was ever loaded.
// runtime/loop/ modules install their parts with `installHost` as they load (futures.ts, events.ts,
// run.ts: each the module that defines what it installs), so runtime/objects/ and runtime/core/
// import nothing from runtime/loop/ and a program that only uses generators loads no loop module
// (test/runtime/layers.test.ts proves both). It replaces three registration setters that broke
// three import cycles (`_setCoroutineThen`, `_setRunFromJs`, `_setLoopFactory`) and the side-effect
// import of loop/run.ts that coroutine.ts had.
//
// The asyncgen hooks (PEP 525) are stored here too: CPython keeps them in the thread state (`sys`),
// below asyncio; the loop sets them around each batch, async generators read them.

import { typeName } from "../core/errors.js";
import type { Frame } from "../core/frame.js";

/** Python's coroutine protocol: what `coroutineThen` runs as a task. */
export interface HostCoroutine {
  send(value?: unknown): unknown;
  throw(exc: unknown): unknown;
  close(): unknown;
}

/** A loop future as `await` sees it once the task resumes the awaiting frame. */
export interface HostFuture {
  done(): boolean;
  result(): unknown;
}

/** What an event loop provides to the layers below it (see the file header). */
export interface Host {
  /**
   * A coroutine object's `then` (plain async JavaScript awaiting a coroutine): run it as a task of
   * the active loop, or like asyncio.run(coro) when none runs (loop/run.ts `coroutineToPromise`).
   */
  coroutineThen(coro: HostCoroutine): PromiseLike<unknown>;
  /**
   * `await thenable` in a compiled coroutine: with a loop running, a future of that loop bridged
   * from the thenable and marked blocking (`_asyncio_future_blocking`), for the task to park on;
   * null when no loop runs (the awaiting frame then yields a pending thenable).
   */
  bridgeThenable(x: PromiseLike<unknown>): HostFuture | null;
  /** The `__await__` method whose objects may take `awaitFuture`'s fast path (a loop Future's own). */
  futureAwait: unknown;
  /** `await fut` for an object whose `__await__` is `futureAwait`: one small frame instead of an iterator and its adapter; null: no fast path. */
  awaitFuture(x: unknown): Frame | null;
  /** The event-loop policy's factory (`get_event_loop()` creating the current loop), for the loop modules below events.ts. */
  newEventLoop: (() => unknown) | null;
}

/** No loop loaded: the first `await coro` from plain JavaScript loads it (then asks it again). */
function coroutineThenLoadingLoop(coro: HostCoroutine): PromiseLike<unknown> {
  return import("../loop/run.js").then(() => {
    if (host.coroutineThen === coroutineThenLoadingLoop) throw new Error("pycoro: runtime/loop/run.js did not install the host");
    return host.coroutineThen(coro);
  });
}

/** The current host: the loop's parts once installed, the no-loop answers before. */
export const host: Host = {
  coroutineThen: coroutineThenLoadingLoop,
  bridgeThenable: () => null,
  futureAwait: undefined,
  awaitFuture: () => null,
  newEventLoop: null,
};

/** Called by loop modules as they load: install the parts of the host they define. */
export function installHost(parts: Partial<Host>): void {
  Object.assign(host, parts);
}

// ---- sys.set_asyncgen_hooks ----

/** The hooks a loop installs while it runs (PEP 525): async generators call them. */
export interface AsyncGenHooks {
  /** Called by an async generator on its first iteration. */
  firstiter: ((agen: object) => void) | null;
  /** Called when an unfinished async generator is finalised (garbage collected). */
  finalizer: ((agen: object) => void) | null;
}

let hooks: AsyncGenHooks = { firstiter: null, finalizer: null };

/** sys.get_asyncgen_hooks() */
export function getAsyncgenHooks(): AsyncGenHooks {
  return hooks;
}

/** sys.set_asyncgen_hooks(); returns the previous hooks. */
export function setAsyncgenHooks(h: Partial<AsyncGenHooks>): AsyncGenHooks {
  // sys.set_asyncgen_hooks: both are validated before either changes; an omitted one is kept,
  // None (null/undefined given explicitly) clears it.
  for (const key of ["firstiter", "finalizer"] as const) {
    const f = h[key];
    if (f != null && typeof f !== "function") throw new TypeError(`callable ${key} expected, got ${typeName(f)}`);
  }
  const prev = hooks;
  hooks = {
    firstiter: "firstiter" in h ? h.firstiter ?? null : prev.firstiter,
    finalizer: "finalizer" in h ? h.finalizer ?? null : prev.finalizer,
  };
  return prev;
}

/** Restore hooks saved by setAsyncgenHooks (the loop brackets every batch with these). */
export function _restoreAsyncgenHooks(h: AsyncGenHooks): void {
  hooks = h;
}
