// asyncio.gather.
//
// Why this file exists: gather's failure and cancellation policy is its own (GA-01..10) and easy
// to get subtly wrong, so this is tasks.py's gather transcribed: results in argument order; the
// first exception goes to the awaiter at once while the other children keep running; a cancelled
// child counts as a CancelledError; cancelling the gather cancels every child and the gather then
// ends cancelled even if a child swallowed it; duplicates are wrapped once. The outer future is
// completed from the children's done callbacks, which is why awaiting a gather costs one more
// iteration than awaiting a task (ORD-10).

import { CancelledError, typeName } from "../core/errors.js";
import { Future, SharedDoneCall, getLoopOf, hasException } from "./futures.js";
import { _snapshot } from "../objects/contextvars.js";
import { Task, ensureFuture } from "./tasks.js";
import type { Awaitable } from "./loop-coroutine.js";
import { isPlainObject } from "../core/repr.js";
import { ARGS_ARRAY } from "../core/lowering-helpers.js";
import { getEventLoop } from "./state.js";
import type { EventLoop } from "./events.js";

export interface GatherOptions {
  /** Put exceptions (and CancelledError for cancelled children) in the result list instead of raising. */
  returnExceptions?: boolean;
}

/** A finished gather's children (none: see gatherArray). */
const NO_CHILDREN: Future<unknown>[] = Object.freeze([]) as unknown as Future<unknown>[];

/** The future gather returns: cancel() cancels the children instead of itself (asyncio's _GatheringFuture). */
export class _GatheringFuture<T = unknown[]> extends Future<T> {
  /** @internal */ _children: Future<unknown>[];
  /** @internal */ _cancelRequested = false;

  constructor(children: Future<unknown>[], loop: EventLoop) {
    super({ loop });
    this._children = children;
  }

  /** Cancel every child that is not done; True if any was. The gather ends when they all have. */
  override cancel(msg?: unknown): boolean {
    if (this.done()) return false;
    let ret = false;
    for (const child of this._children) if (child.cancel(msg)) ret = true;
    if (ret) this._cancelRequested = true;
    return ret;
  }
}
export { _GatheringFuture as GatheringFuture };

function isOptions(x: unknown): x is GatherOptions {
  return isPlainObject(x) && Object.keys(x).every((k) => k === "returnExceptions");
}

type Results<T extends readonly unknown[]> = { -readonly [K in keyof T]: T[K] };

/**
 * asyncio.gather(*aws, return_exceptions=False): run awaitables concurrently; a Future of their
 * results in argument order. Options go last: `gather(a, b, { returnExceptions: true })`.
 */
export function gather<T extends readonly unknown[]>(...aws: { [K in keyof T]: Awaitable<T[K]> }): _GatheringFuture<Results<T>>;
export function gather(...args: [...Awaitable<unknown>[], GatherOptions]): _GatheringFuture<unknown[]>;
export function gather(...args: unknown[]): Future<unknown[]> {
  return gatherArgs(args);
}

/**
 * gather's arguments as one array it may keep (its rest parameter, or the array literal compiled
 * code builds for `gather(...x)`: lowering-helpers.ts `callArgs`, no spread limit).
 */
function gatherArgs(args: unknown[]): Future<unknown[]> {
  let returnExceptions = false;
  if (args.length > 0 && isOptions(args[args.length - 1])) {
    returnExceptions = !!(args.pop() as GatherOptions).returnExceptions;
  }
  return gatherArray(args, returnExceptions);
}
(gather as unknown as { [ARGS_ARRAY]: typeof gatherArgs })[ARGS_ARRAY] = gatherArgs;

/**
 * `asyncio.gather(*aws, **options)` for any number of awaitables: `gatherAll(tasks)` is
 * `gather(...tasks)` without JavaScript's argument-spread limit (V8 throws RangeError when a call
 * spreads ~120,000 arguments or more; Python's `*aws` has no such limit — issue 12 gathered
 * 200,000 tasks). Compiled code needs it only for `ns.gather(...x)`: there `gather(...x)` passes
 * its arguments as one array (`callArgs`, fixture asyncio/gather-spread); plain JavaScript needs
 * it for any gather past the limit. The iterable is read once, in order.
 */
export function gatherAll<T>(aws: Iterable<Awaitable<T>>, options: GatherOptions = {}): _GatheringFuture<T[]> {
  if (aws === null || aws === undefined || typeof (aws as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== "function") {
    throw new TypeError(`gatherAll() takes an iterable of awaitables, got ${typeName(aws)}`);
  }
  if (!isOptions(options)) throw new TypeError("gatherAll() options are { returnExceptions }");
  return gatherArray(Array.from(aws), !!options.returnExceptions) as _GatheringFuture<T[]>;
}

/** Is `cb` one of `fut`'s done callbacks? */
function hasCallback(fut: Future<unknown>, cb: Function): boolean {
  return fut._hasCallback(cb);
}

/**
 * `args` is gather's own array (its rest parameter, or gatherAll's copy): in the usual case (every
 * argument a pending Task or Future of one loop) it becomes the children list itself (issue 12:
 * no second array of 50,000 entries when 50,000 tasks are gathered).
 */
function gatherArray(args: unknown[], returnExceptions: boolean): Future<unknown[]> {
  if (args.length === 0) {
    const outer = getEventLoop().createFuture<unknown[]>();
    outer.setResult([]);
    return outer;
  }

  let nfuts = 0;
  let nfinished = 0;
  let loop: EventLoop | undefined;
  let outer: _GatheringFuture<unknown[]> | null = null;
  let children: Future<unknown>[] = args as Future<unknown>[];

  const doneCallback = (fut: Future<unknown>): void => {
    nfinished += 1;
    if (outer === null || outer.done()) {
      if (!fut.cancelled()) fut.exception(); // mark the exception retrieved
      return;
    }
    if (!returnExceptions) {
      if (fut.cancelled()) {
        outer._setException(fut._makeCancelledError());
        return;
      }
      if (hasException(fut)) {
        outer._setException(fut.exception());
        return;
      }
    }
    if (nfinished === nfuts) {
      const results: unknown[] = early ?? [];
      for (let i = nearly; i < children.length; i++) {
        const f = children[i];
        let r: unknown;
        if (f._state === "FINISHED" && !f._hasException && (f.constructor === Task || f.constructor === Future)) {
          r = f._result; // what result() returns, without its checks (nothing to retrieve)
        } else if (f.cancelled()) {
          // Not _makeCancelledError(): the child's own message, '' when it has none (GA-04).
          r = new CancelledError(f._cancelMessage === undefined || f._cancelMessage === null ? "" : String(f._cancelMessage));
        } else if (hasException(f)) {
          r = f.exception();
        } else {
          r = f.result();
        }
        if (i < results.length) results[i] = r; // (`early` has every slot)
        else results.push(r);
      }
      // Every child is done and its callback has run: the gather forgets them (CPython 3.14's
      // `_done_callback` discards each from the awaiting task's awaited-by set the same way; a
      // done gather's cancel() never reads them). The finished gather itself stays referenced
      // from the stack while its waiter steps on (the wake-up's argument, as in CPython's
      // task_wakeup), so it must not keep every child, its coroutine and its result alive for
      // that whole step (issue 12: gathering 50,000 tasks in a loop kept the previous 50,000
      // alive during the next spawn, and the scavenger copied and promoted them: CPU per spawned
      // task 519 -> 341 ns, same process, 12 alternating pairs).
      outer._children = NO_CHILDREN;
      if (outer._cancelRequested) {
        // The gather was cancelled: raise CancelledError whatever the children did (GA-06).
        outer._setException(fut._makeCancelledError());
      } else {
        outer._setResult(results);
      }
    }
  };
  Object.defineProperty(doneCallback, "__qualname__", { value: "gather.<locals>._done_callback" });

  // A child that finishes with a result while others are still pending, with nothing for
  // doneCallback to do but count it (an exception or a cancellation always queues its call: it
  // may fail the gather, or be retrieved there), is counted when it finishes instead
  // of when its callback would have run: nothing is queued for it (futures.ts SharedDoneCall).
  // Only while every child is a plain pending Task/Future registered below (no user code ran
  // between), so that the callbacks still queued are exactly those that would have run after the
  // skipped ones, in the same order: the last child to finish queues the call that completes the
  // gather (nfinished === nfuts then), a failing or cancelled child queues the one that fails it.
  let ndone = 0;
  let canSkip = true;
  const skip = (fut: Future<unknown>): boolean => {
    if (!canSkip || outer === null || outer._state !== "PENDING") return false;
    if (++ndone >= nfuts) return false; // the last one: its callback completes the gather
    if (fut._state !== "FINISHED" || fut._hasException) return false;
    nfinished += 1;
    // Children finishing in argument order (the usual case: tasks step in the order they were
    // created) have their results collected now, while they are in the cache, not in one more
    // pass over every child at the end (issue 12: that pass was 8% of spawning and gathering 50,000
    // tasks, a cache miss per child). A result never changes once set; the rest is read at the end.
    if (nearly < children.length && children[nearly] === fut) {
      // the result list, made at its full length at once (a copy of the children, each slot
      // overwritten with its result by the end; issue 12: growing it by push was 17 bytes of
      // garbage per child)
      if (early === null) early = children.slice();
      do early[nearly++] = fut._result;
      while (nearly < children.length && children[nearly] === fut);
    }
    return true;
  };
  /** The result list once a child's result was collected as it finished (`skip`): children[0 .. nearly) done. */
  let early: unknown[] | null = null;
  let nearly = 0;
  let shared: SharedDoneCall | null = null;

  // Duplicates are gathered once (CPython's arg_to_fut). A pending Task or Future (the classes
  // themselves) of this loop, the usual argument, needs no Map: it was seen iff doneCallback is
  // among its callbacks (issue 12: the Map was most of gather's 11% of spawning 50,000 tasks, and
  // its table garbage). The first argument of any other kind — which may run user code (__await__,
  // then, a task factory, a subclass's methods) that could finish a future seen before — moves
  // everything to the Map, seeded with what was seen so far, and children into an array of its own.
  let argToFut: Map<unknown, Future<unknown>> | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (argToFut === null) {
      const C = arg !== null && typeof arg === "object" ? arg.constructor : undefined;
      if ((C === Task || C === Future) && (arg as Future<unknown>)._state === "PENDING" && (loop === undefined || (arg as Future<unknown>)._loop === loop)) {
        const f = arg as Future<unknown>;
        if (!hasCallback(f, doneCallback)) {
          if (loop === undefined) loop = f._loop;
          nfuts += 1;
          // one callback entry for every child: context = a copy of the current one (add_done_callback's default)
          f._addSharedCallback((shared ??= new SharedDoneCall(doneCallback, _snapshot(), skip)));
        }
        continue; // (children[i] is args[i])
      }
      argToFut = new Map<unknown, Future<unknown>>();
      canSkip = false;
      children = args.slice(0, i) as Future<unknown>[];
      for (const f of children) argToFut.set(f, f);
    }
    let fut = argToFut.get(arg);
    if (fut === undefined) {
      fut = ensureFuture<unknown>(arg, { loop });
      if (loop === undefined) loop = getLoopOf(fut);
      nfuts += 1;
      argToFut.set(arg, fut);
      fut.addDoneCallback(doneCallback);
    }
    children.push(fut);
  }
  outer = new _GatheringFuture<unknown[]>(children, loop!);
  return outer;
}
